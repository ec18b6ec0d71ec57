#include "incidents/IncidentService.h"

using namespace Qt::StringLiterals;

namespace wk::incidents {

IncidentService::IncidentService(
    const QString& path, std::shared_ptr<const Clock> clock, QObject* context, Done<void> opened, QObject* parent)
    : QObject(parent)
    , m_worker(
          u"incidents"_s, [path, clock]() { return IncidentStore::open(path, clock); }, context, std::move(opened))
{ }

IncidentService::~IncidentService() = default;

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
