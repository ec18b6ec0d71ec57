#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "incidents/IncidentStore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

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
        QPointer<QObject> guard(context);
        auto store = m_store;
        QMetaObject::invokeMethod(
            m_worker.get(),
            [this, guard, store, work = std::move(work), done = std::move(done)]() {
                auto result
                    = std::make_shared<Result<T>>(*store ? work(**store) : Result<T>(std::unexpected(openError())));
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result]() {
                        if (guard && done)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
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
    const QThread* workerThread() const { return &m_thread; }

private:
    // Read on the worker thread only, after the opening ran there.
    Error openError() const;

    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread: the queue the calls run from
    // Touched on the worker thread only; shared so queued calls can hold it.
    std::shared_ptr<std::optional<IncidentStore>> m_store;
    Error m_openError;
};

} // namespace wk::incidents
