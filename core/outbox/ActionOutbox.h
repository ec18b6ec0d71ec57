#pragma once

#include "alerts/AlertAction.h"
#include "common/Error.h"
#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wk::outbox {

enum class OutboxState {
    Queued,    // written, never sent
    Sending,   // an attempt started; if the process died now, nobody knows whether the service got it
    Uncertain, // an attempt ended without an answer (connection dropped, timeout): check before sending again
    Accepted,  // the service answered 202 with a request id; waiting for it to be processed
    Landed,    // confirmed applied
    Failed,    // refused by the service; `error` says why
};

// Stable tokens kept in the database and shown by the command line: "queued", "sending", "uncertain", "accepted",
// "landed", "failed".
QString stateName(OutboxState state);
std::optional<OutboxState> stateFromName(const QString& name);

// Landed and Failed are final: nothing more will be sent for the action.
bool isFinished(OutboxState state);

struct OutboxRecord
{
    qint64 seq = 0; // order of entry
    alerts::AlertAction action;
    QString backend; // which alert service it is for ("opsgenie https://api.eu.opsgenie.com"); never sent elsewhere
    OutboxState state = OutboxState::Queued;
    QString requestId;
    int attempts = 0;
    QDateTime createdAt, updatedAt, landedAt;
    QString error;
    QDateTime notBefore; // next attempt not before this (backoff)
};

// The durable queue of actions a person took on alerts, written before anything is sent, so that an action
// survives a crash, a restart or an outage and is sent once. Times are kept as UTC with milliseconds.
//
// Like store::Database, an ActionOutbox belongs to the thread that opened it.
class ActionOutbox
{
public:
    // ":memory:" gives a private in-memory outbox (tests, the command line).
    static Result<ActionOutbox> open(const QString& path);

    // On disk (fsynced) when it returns. Adding an actionId that is already there returns the stored record
    // unchanged, whatever the new payload or backend says.
    Result<OutboxRecord> add(const alerts::AlertAction& action, const QString& backend, const QDateTime& now);

    // Writes the delivery fields (state, requestId, attempts, updatedAt, landedAt, error, notBefore) of the record
    // with record.action.actionId; the payload and backend never change. NotFound if there is no such record.
    Result<void> update(const OutboxRecord& record);

    // Several actions in one transaction, so one fsync for all (a bulk acknowledge of fifty alerts must not
    // wait on fifty disk flushes). All are added or none.
    Result<QList<OutboxRecord>> addAll(
        const QList<alerts::AlertAction>& actions, const QString& backend, const QDateTime& now);

    Result<std::optional<OutboxRecord>> find(const QString& actionId) const;

    // Records for one backend that are not Landed or Failed, oldest first.
    Result<QList<OutboxRecord>> unfinished(const QString& backend) const;

    // The newest records of all backends, newest first.
    Result<QList<OutboxRecord>> recent(int limit) const;

    // Removes Landed and Failed records last updated before olderThan; returns how many.
    Result<int> prune(const QDateTime& olderThan);

    Result<bool> integrityCheck();

    QString path() const { return m_db.path(); }

    static store::Schema schema();

private:
    explicit ActionOutbox(store::Database db);

    Result<QList<OutboxRecord>> select(const QString& where, const QVariantList& binds) const;

    store::Database m_db;
};

} // namespace wk::outbox
