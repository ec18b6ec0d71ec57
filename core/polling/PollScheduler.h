#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "polling/SourceHealth.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace wk::polling {

// One scheduler for every poll in the console. Jobs are asynchronous: a job starts its request and calls
// `finished` when it is done, so a slow source never delays another. Invisible jobs are not polled, a job
// is never started twice at once, and failures back off exponentially up to eight intervals.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(std::optional<Error>)>;
    using Job = std::function<void(Finished)>;

    explicit PollScheduler(const Clock& clock, QObject* parent = nullptr);

    // Registers (or replaces) a job. It is due at once when visible.
    void add(const QString& id, const QString& source, qint64 intervalMs, Job job, bool visible = true);
    void remove(const QString& id);
    bool contains(const QString& id) const { return m_jobs.contains(id); }
    void setVisible(const QString& id, bool visible);
    bool isVisible(const QString& id) const;
    bool isInFlight(const QString& id) const;
    // Makes a job due now (a variable changed, the user pressed refresh); it still waits for its flight.
    void pollNow(const QString& id);
    void pollAllNow();

    // Starts every due job. The timer calls it; tests call it after moving the clock.
    void tick();
    void start(int tickMs = 250);
    void stop();

    SourceHealth health(const QString& source) const { return m_health.value(source); }
    QStringList sources() const { return m_health.keys(); }
    int startedCount(const QString& id) const;

Q_SIGNALS:
    void sourceHealthChanged(const QString& source);

private:
    struct Entry
    {
        QString source;
        qint64 intervalMs = 15'000;
        Job job;
        bool visible = true;
        bool inFlight = false;
        bool againAfterFlight = false; // pollNow() while in flight: due again when the answer lands
        QDateTime nextDue;
        QDateTime startedAt;
        int failures = 0;
        int started = 0;
        quint64 generation = 0; // bumped on replace, so a late answer from an old job is ignored
    };

    void finish(const QString& id, quint64 generation, const std::optional<Error>& error);
    // The wall clock went back: moves every time taken before by as much, so nothing waits for the clock to
    // catch up. Returns `now`.
    QDateTime followClock();

    const Clock& m_clock;
    QHash<QString, Entry> m_jobs;
    QHash<QString, SourceHealth> m_health;
    QTimer m_timer;
    quint64 m_nextGeneration = 1;
    QDateTime m_lastNow; // the clock as last read, to notice it going back
};

// Errors that say a query is wrong, not that the source is down: they mark the panel, not the source.
bool isQueryError(const Error& error);

} // namespace wk::polling
