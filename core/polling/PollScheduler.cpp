#include "polling/PollScheduler.h"

#include "common/Logging.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace wk::polling {

namespace {
constexpr int maxBackoffFactor = 8;
}

bool isQueryError(const Error& error)
{
    return error.code == ErrorCode::BadQuery || error.code == ErrorCode::NotFound
        || error.code == ErrorCode::Unsupported;
}

PollScheduler::PollScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::tick);
}

void PollScheduler::add(const QString& id, const QString& source, qint64 intervalMs, Job job, bool visible)
{
    Entry entry;
    entry.source = source;
    entry.intervalMs = std::max<qint64>(intervalMs, 1000);
    entry.job = std::move(job);
    entry.visible = visible;
    entry.nextDue = m_clock.now();
    entry.generation = m_nextGeneration++;
    m_jobs.insert(id, std::move(entry));
    if (!m_health.contains(source)) {
        SourceHealth h;
        h.source = source;
        h.intervalMs = intervalMs;
        m_health.insert(source, h);
    } else {
        m_health[source].intervalMs = std::max(m_health[source].intervalMs, intervalMs);
    }
}

void PollScheduler::remove(const QString& id)
{
    m_jobs.remove(id);
}

void PollScheduler::setVisible(const QString& id, bool visible)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->visible == visible)
        return;
    it->visible = visible;
    // A panel that comes into view wants fresh data now, not at its next turn.
    if (visible && it->nextDue > m_clock.now())
        it->nextDue = m_clock.now();
}

bool PollScheduler::isVisible(const QString& id) const
{
    return m_jobs.value(id).visible;
}

bool PollScheduler::isInFlight(const QString& id) const
{
    return m_jobs.value(id).inFlight;
}

int PollScheduler::startedCount(const QString& id) const
{
    return m_jobs.value(id).started;
}

void PollScheduler::pollNow(const QString& id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->nextDue = m_clock.now();
    // The answer in flight was asked before whatever made this poll necessary (a variable changed): ask again
    // as soon as it lands rather than an interval later.
    it->againAfterFlight = it->inFlight;
}

void PollScheduler::pollAllNow()
{
    const QDateTime now = m_clock.now();
    for (auto& entry : m_jobs) {
        entry.nextDue = now;
        entry.againAfterFlight = entry.inFlight;
    }
}

QDateTime PollScheduler::followClock()
{
    const QDateTime now = m_clock.now();
    // Due times, start times and the sources' "since" were read from the clock before it was set back (NTP stepped
    // it, a person corrected it): they now lie in the future, and a poll due in 10 s would wait hours. Moving them
    // by the same amount keeps every wait as long as it was and every "since" the same moment. A jump forward
    // needs nothing: what is due polls at once, and it looks the same as a laptop waking up.
    if (m_lastNow.isValid() && now < m_lastNow) {
        const qint64 back = now.msecsTo(m_lastNow);
        if (back >= 1000)
            logging::get("app")->warn("the clock went back {} s; polling goes on at the same pace", back / 1000);
        const auto shift = [back](QDateTime& t) {
            if (t.isValid())
                t = t.addMSecs(-back);
        };
        for (Entry& entry : m_jobs) {
            shift(entry.nextDue);
            shift(entry.startedAt);
        }
        for (SourceHealth& health : m_health) {
            shift(health.lastSuccess);
            shift(health.failingSince);
        }
    }
    m_lastNow = now;
    return now;
}

void PollScheduler::tick()
{
    const QDateTime now = followClock();
    QList<QString> due;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (it->visible && !it->inFlight && it->nextDue <= now)
            due.append(it.key());
    }
    for (const QString& id : due) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        it->inFlight = true;
        it->startedAt = now;
        ++it->started;
        const quint64 generation = it->generation;
        // Copy the job: it may replace or remove itself from inside.
        Job job = it->job;
        QPointer<PollScheduler> self(this);
        job([self, id, generation](std::optional<Error> error) {
            if (self)
                self->finish(id, generation, error);
        });
    }
}

void PollScheduler::finish(const QString& id, quint64 generation, const std::optional<Error>& error)
{
    const QDateTime now = followClock();
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->generation != generation)
        return;
    it->inFlight = false;
    const bool again = std::exchange(it->againAfterFlight, false);
    SourceHealth& health = m_health[it->source];
    if (!error || isQueryError(*error)) {
        it->failures = 0;
        it->nextDue = again ? now : now.addMSecs(it->intervalMs);
        health.recordSuccess(now, it->startedAt);
    } else {
        it->failures = std::min(it->failures + 1, 8);
        const qint64 factor = std::min<qint64>(qint64(1) << (it->failures - 1), maxBackoffFactor);
        qint64 wait = it->intervalMs * factor;
        if (error->retryAfter)
            wait = std::max<qint64>(wait, std::chrono::milliseconds(*error->retryAfter).count());
        it->nextDue = now.addMSecs(wait);
        health.recordFailure(now, *error);
        // Say it once when a job starts failing; repeats only at debug level, or 20 panels flood the log.
        const auto level = it->failures == 1 ? spdlog::level::warn : spdlog::level::debug;
        logging::get("app")->log(
            level, "poll {} ({}) failed: {}; next try in {} s", id, it->source, describe(*error), wait / 1000);
    }
    Q_EMIT sourceHealthChanged(it->source);
}

void PollScheduler::start(int tickMs)
{
    m_timer.start(tickMs);
    tick();
}

void PollScheduler::stop()
{
    m_timer.stop();
}

} // namespace wk::polling
