#pragma once

#include "alerts/AlertBackend.h"
#include "cli/AlertsOutput.h"
#include "outbox/OutboxDispatcher.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace wk::cli {

// One verb of `watchkeeper alerts` applied to several alerts.
struct ActionRequest
{
    alerts::ActionKind kind = alerts::ActionKind::Acknowledge;
    QStringList ids;            // tiny ids ("1791") or full ids, as typed
    alerts::AlertAction action; // the payload every alert gets: user, note, snoozeUntil, assignee, escalation, tags
};

// Delivers a bulk action the way the console does: each alert's action goes through an OutboxDispatcher over an
// in-memory outbox, so it is sent once and followed until the service says it landed or failed.
// First every id is resolved (a tiny id by a search, a full id by reading the alert, for the message shown beside
// it); an id the service does not know is still sent, so the service's own verdict is what is reported.
class ActionRun : public QObject
{
    Q_OBJECT
public:
    ActionRun(alerts::AlertBackend& backend, QString backendId, const Clock& clock, ActionRequest request,
        QObject* parent = nullptr);
    ~ActionRun() override;

    // `finished` runs once: with no error when every action landed or failed, or with the error that stopped the
    // run before anything was sent (the key was refused, the service is unreachable).
    void start(std::function<void(std::optional<Error>)> finished);

    // In the order the ids were given; unfinished ones show their last state.
    const QList<ActionReport>& reports() const { return m_reports; }

private:
    void resolve(qsizetype index);
    void resolved(qsizetype index, const alerts::Alert& alert);
    void submitAll();
    void onRecordChanged(const outbox::OutboxRecord& record);
    void finishIfDone();

    alerts::AlertBackend& m_backend;
    QString m_backendId;
    const Clock& m_clock;
    ActionRequest m_request;
    QList<ActionReport> m_reports;
    QHash<QString, qsizetype> m_byActionId;
    std::optional<outbox::ActionOutbox> m_outbox;
    std::unique_ptr<outbox::OutboxDispatcher> m_dispatcher;
    std::function<void(std::optional<Error>)> m_finished;
};

} // namespace wk::cli
