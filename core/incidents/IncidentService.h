#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "incidents/IncidentStore.h"
#include "store/StoreWorker.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace wk::incidents {

// The incident store for the GUI thread, which never waits on disk: one IncidentStore lives on a thread of its own
// and every call is queued to it, in order. A call returns at once; its answer comes back on the thread this
// service lives on, through `done`, unless `context` was destroyed meanwhile.
//
// Destroying the service finishes the calls already queued (their writes land; their answers are dropped), then
// closes the database on its own thread.
class IncidentService : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    // Opens the store on the worker thread; the answer says whether it opened. Calls made before the answer are
    // queued behind the opening and fail with its error if it failed.
    IncidentService(const QString& path, std::shared_ptr<const Clock> clock, QObject* context, Done<void> opened,
        QObject* parent = nullptr);
    ~IncidentService() override;

    IncidentService(const IncidentService&) = delete;
    IncidentService& operator=(const IncidentService&) = delete;

    // Any work on the store, run on its thread.
    template <typename T> void run(QObject* context, std::function<Result<T>(IncidentStore&)> work, Done<T> done)
    {
        m_worker.run<T>(context, std::move(work), std::move(done));
    }

    void create(const NewIncident& draft, const QString& actor, QObject* context, Done<Incident> done);
    void changeStatus(qint64 incidentId, IncidentStatus status, const QString& actor, const QString& note,
        QObject* context, Done<Incident> done);
    void changeSeverity(qint64 incidentId, Severity severity, const QString& actor, const QString& note,
        QObject* context, Done<Incident> done);
    void assignRole(qint64 incidentId, const QString& role, const QString& person, const QString& actor,
        QObject* context, Done<Incident> done);
    void addNote(
        qint64 incidentId, const QString& text, const QString& actor, QObject* context, Done<TimelineEvent> done);
    void editNote(qint64 incidentId, qint64 noteSeq, const QString& text, const QString& actor, QObject* context,
        Done<TimelineEvent> done);
    void append(const TimelineEvent& event, QObject* context, Done<TimelineEvent> done);
    void list(QObject* context, Done<QList<Incident>> done);
    void load(qint64 incidentId, QObject* context, Done<IncidentWithTimeline> done);
    void timeline(qint64 incidentId, qint64 afterSeq, QObject* context, Done<QList<TimelineEvent>> done);
    void savePostmortem(
        const postmortems::Postmortem& postmortem, QObject* context, Done<postmortems::Postmortem> done);
    void postmortem(qint64 incidentId, QObject* context, Done<std::optional<postmortems::Postmortem>> done);

    // The worker thread, for tests that check where the work ran.
    const QThread* workerThread() const { return m_worker.thread(); }

private:
    store::StoreWorker<IncidentStore> m_worker;
};

} // namespace wk::incidents
