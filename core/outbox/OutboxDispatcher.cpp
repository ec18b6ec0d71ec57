#include "outbox/OutboxDispatcher.h"

#include "common/Logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::outbox {

namespace {

QString what(const OutboxRecord& r)
{
    return alerts::actionToken(r.action.kind) + u' ' + r.action.alertId + u" ("_s + r.action.actionId + u')';
}

} // namespace

OutboxDispatcher::OutboxDispatcher(ActionOutbox& outbox, alerts::AlertBackend& backend, QString backendId,
    const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_backend(backend)
    , m_backendId(std::move(backendId))
    , m_clock(clock)
    , m_options(options)
{
    m_steady.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::pump);
}

Result<OutboxRecord> OutboxDispatcher::submit(alerts::AlertAction action)
{
    if (!action.requestedAt.isValid())
        action.requestedAt = m_clock.now();
    auto record = m_outbox.add(action, m_backendId, m_clock.now());
    if (!record)
        return record;
    if (!isFinished(record->state) && !m_records.contains(action.actionId))
        m_records.insert(action.actionId, *record);
    Q_EMIT recordChanged(*record);
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
    return record;
}

Result<QList<OutboxRecord>> OutboxDispatcher::submitAll(QList<alerts::AlertAction> actions)
{
    const QDateTime now = m_clock.now();
    for (alerts::AlertAction& action : actions) {
        if (!action.requestedAt.isValid())
            action.requestedAt = now;
    }
    auto records = m_outbox.addAll(actions, m_backendId, now);
    if (!records)
        return records;
    for (const OutboxRecord& record : std::as_const(*records)) {
        if (!isFinished(record.state) && !m_records.contains(record.action.actionId))
            m_records.insert(record.action.actionId, record);
        Q_EMIT recordChanged(record);
    }
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
    return records;
}

Result<int> OutboxDispatcher::resume()
{
    auto records = m_outbox.unfinished(m_backendId);
    if (!records)
        return std::unexpected(records.error());
    const QDateTime now = m_clock.now();
    for (OutboxRecord record : std::as_const(*records)) {
        if (record.state == OutboxState::Sending) {
            // The process stopped mid-attempt: whether the service got it is unknown.
            record.state = OutboxState::Uncertain;
            schedule(record, std::max<qint64>(0, now.msecsTo(record.updatedAt.addMSecs(m_options.settleMs))));
        } else if (record.notBefore.isValid())
            schedule(record, std::max<qint64>(0, now.msecsTo(record.notBefore)));
        m_records.insert(record.action.actionId, record);
        Q_EMIT recordChanged(record);
    }
    if (!records->isEmpty())
        logging::get("alerts")->info("outbox: resuming {} unfinished action(s)", records->size());
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
    return int(records->size());
}

Result<void> OutboxDispatcher::retry(const QString& actionId)
{
    auto found = m_outbox.find(actionId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return makeError(ErrorCode::NotFound, u"no action %1 in the outbox"_s.arg(actionId));
    OutboxRecord record = **found;
    if (record.state != OutboxState::Failed)
        return {};
    record.state = OutboxState::Queued;
    record.error.clear();
    schedule(record, 0);
    record.updatedAt = m_clock.now();
    if (auto saved = m_outbox.update(record); !saved)
        return saved;
    m_records.insert(actionId, record);
    Q_EMIT recordChanged(record);
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
    return {};
}

void OutboxDispatcher::pump()
{
    // Per alert only the oldest unfinished action may move, so a close never overtakes its acknowledgement.
    QHash<QString, qint64> oldest;
    for (const OutboxRecord& r : std::as_const(m_records)) {
        auto it = oldest.find(r.action.alertId);
        if (it == oldest.end() || r.seq < *it)
            oldest.insert(r.action.alertId, r.seq);
    }
    QList<OutboxRecord> ready;
    const qint64 steadyNow = m_steady.elapsed();
    for (const OutboxRecord& r : std::as_const(m_records)) {
        const bool due = m_dueAtMs.value(r.action.actionId, 0) <= steadyNow && m_pausedUntilMs <= steadyNow;
        if (due && r.seq == oldest.value(r.action.alertId) && !m_busyAlerts.contains(r.action.alertId))
            ready.append(r);
    }
    std::sort(ready.begin(), ready.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    for (const OutboxRecord& r : std::as_const(ready)) {
        if (int(m_busyActions.size()) >= m_options.maxInFlight)
            break;
        step(r.action.actionId);
    }
    armTimer();
    if (m_records.isEmpty())
        Q_EMIT idle();
}

void OutboxDispatcher::armTimer()
{
    std::optional<qint64> earliest;
    for (const OutboxRecord& r : std::as_const(m_records)) {
        if (m_busyActions.contains(r.action.actionId))
            continue;
        const qint64 at = m_dueAtMs.value(r.action.actionId, 0);
        if (!earliest || at < *earliest)
            earliest = at;
    }
    if (!earliest) {
        m_timer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(std::max(*earliest, m_pausedUntilMs) - m_steady.elapsed(), 0, m_options.backoffMaxMs);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(wait));
}

void OutboxDispatcher::schedule(OutboxRecord& record, qint64 waitMs)
{
    // Waiting runs on a steady clock (a wall-clock jump must not stall or rush delivery); notBefore records the
    // same moment in wall time for the outbox and for people.
    m_dueAtMs.insert(record.action.actionId, m_steady.elapsed() + waitMs);
    record.notBefore = waitMs > 0 ? m_clock.now().addMSecs(waitMs) : QDateTime();
}

void OutboxDispatcher::step(const QString& actionId)
{
    const OutboxRecord record = m_records.value(actionId);
    m_busyActions.insert(actionId);
    m_busyAlerts.insert(record.action.alertId);
    switch (record.state) {
    case OutboxState::Queued:
        startSend(record);
        return;
    case OutboxState::Sending:
    case OutboxState::Uncertain:
        verify(record);
        return;
    case OutboxState::Accepted:
        checkStatus(record);
        return;
    case OutboxState::Landed:
    case OutboxState::Failed:
        finish(record);
        return;
    }
}

void OutboxDispatcher::startSend(OutboxRecord record)
{
    record.state = OutboxState::Sending;
    ++record.attempts;
    record.updatedAt = m_clock.now();
    schedule(record, 0);
    if (auto saved = m_outbox.update(record); !saved) {
        // Without the Sending mark a crash could not tell that this attempt happened: do not send.
        logging::get("alerts")->error("outbox: could not record an attempt of {}: {}", what(record).toStdString(),
            describe(saved.error()).toStdString());
        record.state = OutboxState::Queued;
        --record.attempts;
        schedule(record, backoffMs(record.attempts + 1));
        m_records.insert(record.action.actionId, record);
        save(record, true);
        return;
    }
    m_records.insert(record.action.actionId, record);
    Q_EMIT recordChanged(record);
    m_backend.send(record.action, this,
        [this, record](Result<alerts::ActionReceipt> result) mutable { onSent(std::move(record), result); });
}

void OutboxDispatcher::onSent(OutboxRecord record, const Result<alerts::ActionReceipt>& result)
{
    if (result) {
        record.state = OutboxState::Accepted;
        record.requestId = result->requestId;
        record.error.clear();
        record.updatedAt = m_clock.now();
        schedule(record, m_options.statusPollMs / 2);
        save(record, true);
        return;
    }
    const Error& error = result.error();
    if (error.code == ErrorCode::RateLimited) {
        waitAndRetry(record, OutboxState::Queued, error); // a 429 was not processed: send again later
        return;
    }
    if (alerts::isTransient(error)) {
        waitAndRetry(record, OutboxState::Uncertain, error); // may have landed: check first
        return;
    }
    record.state = OutboxState::Failed;
    record.error = error.detail;
    record.updatedAt = m_clock.now();
    finish(record);
}

void OutboxDispatcher::checkStatus(OutboxRecord record)
{
    m_backend.actionStatus(
        record.action, record.requestId, this, [this, record](Result<alerts::ActionStatus> status) mutable {
            const QDateTime now = m_clock.now();
            if (!status) {
                if (status.error().code == ErrorCode::NotFound) {
                    // The service no longer knows the request id: look at the alert instead.
                    waitAndRetry(record, OutboxState::Uncertain, status.error());
                    return;
                }
                waitAndRetry(record, OutboxState::Accepted, status.error());
                return;
            }
            switch (status->outcome) {
            case alerts::ActionOutcome::Processing:
                if (record.updatedAt.msecsTo(now) > m_options.acceptedTimeoutMs) {
                    record.state = OutboxState::Uncertain;
                    schedule(record, 0);
                } else {
                    schedule(record, m_options.statusPollMs);
                }
                save(record, true);
                return;
            case alerts::ActionOutcome::Landed:
                record.state = OutboxState::Landed;
                record.landedAt = status->processedAt.isValid() ? status->processedAt : now;
                record.error.clear();
                record.updatedAt = now;
                finish(record);
                return;
            case alerts::ActionOutcome::Failed:
                record.state = OutboxState::Failed;
                record.error = status->reason.isEmpty() ? u"the service did not apply it"_s : status->reason;
                record.updatedAt = now;
                finish(record);
                return;
            }
        });
}

void OutboxDispatcher::verify(OutboxRecord record)
{
    m_backend.hasLanded(record.action, this, [this, record](Result<bool> landed) mutable {
        if (!landed) {
            waitAndRetry(record, OutboxState::Uncertain, landed.error());
            return;
        }
        if (*landed) {
            record.state = OutboxState::Landed;
            record.landedAt = m_clock.now();
            record.error.clear();
            record.updatedAt = m_clock.now();
            finish(record);
            return;
        }
        startSend(record); // it never arrived: this is the attempt that counts
    });
}

void OutboxDispatcher::waitAndRetry(OutboxRecord record, OutboxState state, const Error& error)
{
    record.state = state;
    record.error = error.detail;
    record.updatedAt = m_clock.now();
    qint64 wait = error.retryAfter ? qint64(error.retryAfter->count()) * 1000 : backoffMs(record.attempts);
    if (error.code == ErrorCode::RateLimited) {
        // The service throttles the console, not this action: every other request would be refused as well (and
        // each refused send would cost an attempt and two durable writes), so nothing goes out until then.
        m_pausedUntilMs = std::max(m_pausedUntilMs, m_steady.elapsed() + wait);
    }
    if (state == OutboxState::Uncertain)
        wait = std::max<qint64>(wait, m_options.settleMs);
    schedule(record, wait);
    logging::get("alerts")->debug(
        "outbox: {} waits {} ms: {}", what(record).toStdString(), wait, describe(error).toStdString());
    save(record, true);
}

void OutboxDispatcher::finish(OutboxRecord record)
{
    if (record.state == OutboxState::Landed) {
        logging::get("alerts")->info(
            "outbox: {} landed after {} attempt(s)", what(record).toStdString(), record.attempts);
        m_backend.get(record.action.alertId, this, [this](Result<alerts::Alert> alert) {
            if (alert)
                Q_EMIT alertRefreshed(*alert);
        });
    } else if (record.state == OutboxState::Failed) {
        logging::get("alerts")->warn("outbox: {} failed: {}", what(record).toStdString(), record.error.toStdString());
    }
    save(record, true);
}

void OutboxDispatcher::save(OutboxRecord record, bool stepDone)
{
    if (auto saved = m_outbox.update(record); !saved) {
        logging::get("alerts")->error("outbox: could not record the state of {}: {}", what(record).toStdString(),
            describe(saved.error()).toStdString());
    }
    if (isFinished(record.state)) {
        m_records.remove(record.action.actionId);
        m_dueAtMs.remove(record.action.actionId);
    } else
        m_records.insert(record.action.actionId, record);
    if (stepDone) {
        m_busyActions.remove(record.action.actionId);
        m_busyAlerts.remove(record.action.alertId);
    }
    Q_EMIT recordChanged(record);
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
}

int OutboxDispatcher::backoffMs(int attempts)
{
    const qint64 base = qint64(m_options.backoffBaseMs) << std::clamp(attempts - 1, 0, 16);
    const qint64 capped = std::min<qint64>(base, m_options.backoffMaxMs);
    std::uniform_int_distribution<qint64> jitter(capped / 2, capped);
    return int(jitter(m_random));
}

} // namespace wk::outbox
