#pragma once

#include "alerts/ActionDialogs.h"
#include "alerts/Alert.h"
#include "alerts/AlertAction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace wk {
class Clock;
}

namespace wk::outbox {
class OutboxDispatcher;
struct OutboxRecord;
} // namespace wk::outbox

namespace wk::ui {

class AlertTableModel;

// What the on-call engineer can do to the selected alerts, as QActions with single-key shortcuts (A, U, C, E, N, S,
// O, T) that work while the table has the focus, and in its context menu. An action applies to every selected alert
// it makes sense for (an acknowledge skips the acknowledged ones) and is offered when there is at least one. It asks
// what it needs (a note, a time, a policy), then writes one outbox action per alert, and says in one line how the
// whole lot went once every alert has an answer. Pending, landed and failed marks go on the model's rows.
class AlertActions : public QObject
{
    Q_OBJECT

public:
    using PolicySource = ActionDialogs::PolicySource;

    // `dialogParent` owns the dialogs; `escalationPolicies` names the policies the escalate dialog offers (none
    // known: the user types one).
    AlertActions(outbox::OutboxDispatcher& dispatcher, AlertTableModel& model, const Clock& clock, QString user,
        QWidget* dialogParent, PolicySource escalationPolicies = {});

    // The table whose selected rows the actions apply to. Its model maps to `model` (a proxy is fine).
    void attach(QAbstractItemView* view);
    void setEscalationPolicies(PolicySource source);

    QAction* action(alerts::ActionKind kind) const;
    const QList<QAction*>& actions() const { return m_actions; } // in menu order
    QStringList selectedIds() const;                             // top to bottom
    // An action on the selection that is not sent to the alert service (opening an incident): after the others in
    // the table's menu, and its shortcut works while the table has the focus.
    void addExtraAction(QAction* action);

public Q_SLOTS:
    // Re-reads the selection and the rows' state: what is offered, and why not.
    void update();
    // Asks what `kind` needs, then sends it to every selected alert it applies to.
    void trigger(alerts::ActionKind kind);

Q_SIGNALS:
    // For the status bar: "Acknowledged "…"", "Acknowledged 5 alerts", "2 of 5 could not be acknowledged: …".
    void finished(const QString& text);

private:
    struct Batch;
    struct Target
    {
        QString id;
        QString message;
        QString team;
    };

    QList<const alerts::Alert*> selectedAlerts() const;
    QList<Target> targets(alerts::ActionKind kind, const QStringList& ids) const;
    bool ask(const QList<Target>& targets, alerts::AlertAction& action);
    void submit(const alerts::AlertAction& action, const QList<Target>& targets);
    void showContextMenu(const QPoint& pos);
    void onRecordChanged(const outbox::OutboxRecord& record);
    void settle(const alerts::AlertAction& action, const std::optional<QString>& failure);
    void report(const Batch& batch);
    QString messageOf(const QString& alertId) const;

    outbox::OutboxDispatcher& m_dispatcher;
    AlertTableModel& m_model;
    const Clock& m_clock;
    QString m_user;
    QWidget* m_dialogParent;
    PolicySource m_policies;
    QStringList m_escalationHistory; // this session's, most recent first
    QAbstractItemView* m_view = nullptr;
    QList<QAction*> m_actions; // by ActionKind
    QList<QAction*> m_extra;
    QHash<QString, std::shared_ptr<Batch>> m_batches; // action id -> the bulk action it is part of
};

} // namespace wk::ui
