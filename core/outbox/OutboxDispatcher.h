#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "outbox/ActionOutbox.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <random>

namespace wk::outbox {

// Delivers the outbox's actions to the alert service, each exactly once, in the order they were asked for per
// alert. Every step is written to the outbox before the next request goes out, so a crash or a restart
// resumes where it stopped:
//
//   Queued --send--> Sending --202--> Accepted --status: processed--> Landed | Failed
//                       |  dropped connection, timeout, 5xx
//                       v
//                   Uncertain --(after settleMs) hasLanded? yes--> Landed
//                                                          no --> send again
//
// A 429 means "not processed": the action waits (Retry-After, else backoff) and is sent again; meanwhile no request
// of any action goes out, since the service is throttling the console as a whole. Any other refusal
// is final (Failed, with the service's reason). An action found Sending at start-up is treated as Uncertain.
// The one window where a duplicate is possible: the service accepted a request whose answer was lost, and took
// longer than settleMs to apply it; settleMs is generous for that reason.
class OutboxDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int statusPollMs = 1000;            // between request-status checks
        int settleMs = 10'000;              // wait before checking whether an uncertain attempt landed
        int backoffBaseMs = 1000;           // first retry after a failure; doubles up to backoffMaxMs
        int backoffMaxMs = 60'000;          // never wait longer than this between attempts
        int maxInFlight = 4;                // actions being worked on at once (always one per alert)
        qint64 acceptedTimeoutMs = 600'000; // no verdict this long after a 202: ask the alert itself
    };

    OutboxDispatcher(ActionOutbox& outbox, alerts::AlertBackend& backend, QString backendId, const Clock& clock,
        Options options, QObject* parent = nullptr);

    // Writes the action to the outbox (durably), then starts delivering it. An error means it could not be
    // written, and so nothing was sent.
    Result<OutboxRecord> submit(alerts::AlertAction action);
    // The same for several actions at once, written in one transaction: all of them or none.
    Result<QList<OutboxRecord>> submitAll(QList<alerts::AlertAction> actions);
    // Picks up what an earlier run left unfinished for this backend.
    Result<int> resume();
    // Sends a failed action again, as a new attempt of the same action id.
    Result<void> retry(const QString& actionId);

    int unfinished() const { return int(m_records.size()); }
    const QString& backendId() const { return m_backendId; }

Q_SIGNALS:
    // After every durable change of an action's state.
    void recordChanged(const wk::outbox::OutboxRecord& record);
    // The alert as the service has it after an action landed.
    void alertRefreshed(const wk::alerts::Alert& alert);
    // Nothing left to deliver.
    void idle();

private:
    void pump();
    void step(const QString& actionId);
    void startSend(OutboxRecord record);
    void checkStatus(OutboxRecord record);
    void verify(OutboxRecord record);
    void onSent(OutboxRecord record, const Result<alerts::ActionReceipt>& result);
    // Writes the record, tells listeners, and frees its alert for the next action.
    void save(OutboxRecord record, bool stepDone);
    void finish(OutboxRecord record);
    void waitAndRetry(OutboxRecord record, OutboxState state, const Error& error);
    int backoffMs(int attempts);
    void armTimer();
    void schedule(OutboxRecord& record, qint64 waitMs);

    ActionOutbox& m_outbox;
    alerts::AlertBackend& m_backend;
    QString m_backendId;
    const Clock& m_clock;
    Options m_options;
    QHash<QString, OutboxRecord> m_records; // unfinished, by action id
    QSet<QString> m_busyAlerts;             // alerts with a step in flight
    QSet<QString> m_busyActions;
    QHash<QString, qint64> m_dueAtMs; // action id -> when it may move next, on m_steady
    qint64 m_pausedUntilMs = 0;       // rate limited: no step before this, on m_steady
    QElapsedTimer m_steady;
    QTimer m_timer;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace wk::outbox
