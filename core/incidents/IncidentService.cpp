#include "incidents/IncidentService.h"

#include "common/Logging.h"

using namespace Qt::StringLiterals;

namespace wk::incidents {

IncidentService::IncidentService(
    const QString& path, std::shared_ptr<const Clock> clock, QObject* context, Done<void> opened, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
    , m_store(std::make_shared<std::optional<IncidentStore>>())
    , m_openError{ErrorCode::Io, u"the incident store is not open"_s, std::nullopt, 0}
{
    m_thread.setObjectName(u"wk-incidents"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // The opening is the first thing queued, so every call runs after it.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, guard, store = m_store, path, clock = std::move(clock), opened = std::move(opened)]() {
            auto result = IncidentStore::open(path, clock);
            Result<void> answer;
            if (result) {
                store->emplace(std::move(*result));
            } else {
                m_openError = result.error();
                answer = std::unexpected(result.error());
                logging::get("store")->error("cannot open the incident store: {}", result.error().detail);
            }
            QMetaObject::invokeMethod(
                this,
                [guard, opened, answer]() {
                    if (guard && opened)
                        opened(answer);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

IncidentService::~IncidentService()
{
    // Queued behind every call: they all run, then the connection closes on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [store = m_store]() {
            store->reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    m_worker.reset();
}

Error IncidentService::openError() const
{
    return m_openError;
}

void IncidentService::create(const NewIncident& draft, const QString& actor, QObject* context, Done<Incident> done)
{
    run<Incident>(
        context, [draft, actor](IncidentStore& s) { return s.create(draft, actor); }, std::move(done));
}

void IncidentService::changeStatus(qint64 incidentId, IncidentStatus status, const QString& actor, const QString& note,
    QObject* context, Done<Incident> done)
{
    run<Incident>(
        context, [=](IncidentStore& s) { return s.changeStatus(incidentId, status, actor, note); }, std::move(done));
}

void IncidentService::changeSeverity(qint64 incidentId, Severity severity, const QString& actor, const QString& note,
    QObject* context, Done<Incident> done)
{
    run<Incident>(
        context, [=](IncidentStore& s) { return s.changeSeverity(incidentId, severity, actor, note); },
        std::move(done));
}

void IncidentService::assignRole(qint64 incidentId, const QString& role, const QString& person, const QString& actor,
    QObject* context, Done<Incident> done)
{
    run<Incident>(
        context, [=](IncidentStore& s) { return s.assignRole(incidentId, role, person, actor); }, std::move(done));
}

void IncidentService::addNote(
    qint64 incidentId, const QString& text, const QString& actor, QObject* context, Done<TimelineEvent> done)
{
    run<TimelineEvent>(
        context, [=](IncidentStore& s) { return s.addNote(incidentId, text, actor); }, std::move(done));
}

void IncidentService::editNote(qint64 incidentId, qint64 noteSeq, const QString& text, const QString& actor,
    QObject* context, Done<TimelineEvent> done)
{
    run<TimelineEvent>(
        context, [=](IncidentStore& s) { return s.editNote(incidentId, noteSeq, text, actor); }, std::move(done));
}

void IncidentService::append(const TimelineEvent& event, QObject* context, Done<TimelineEvent> done)
{
    run<TimelineEvent>(
        context, [event](IncidentStore& s) { return s.append(event); }, std::move(done));
}

void IncidentService::list(QObject* context, Done<QList<Incident>> done)
{
    run<QList<Incident>>(
        context, [](IncidentStore& s) { return s.list(); }, std::move(done));
}

void IncidentService::load(qint64 incidentId, QObject* context, Done<IncidentWithTimeline> done)
{
    run<IncidentWithTimeline>(
        context, [incidentId](IncidentStore& s) { return s.load(incidentId); }, std::move(done));
}

void IncidentService::timeline(qint64 incidentId, qint64 afterSeq, QObject* context, Done<QList<TimelineEvent>> done)
{
    run<QList<TimelineEvent>>(
        context, [=](IncidentStore& s) { return s.timeline(incidentId, afterSeq); }, std::move(done));
}

void IncidentService::savePostmortem(
    const postmortems::Postmortem& postmortem, QObject* context, Done<postmortems::Postmortem> done)
{
    run<postmortems::Postmortem>(
        context, [postmortem](IncidentStore& s) { return s.savePostmortem(postmortem); }, std::move(done));
}

void IncidentService::postmortem(qint64 incidentId, QObject* context, Done<std::optional<postmortems::Postmortem>> done)
{
    run<std::optional<postmortems::Postmortem>>(
        context, [incidentId](IncidentStore& s) { return s.postmortem(incidentId); }, std::move(done));
}

} // namespace wk::incidents
