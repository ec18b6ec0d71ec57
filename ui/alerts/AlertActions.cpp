#include "alerts/AlertActions.h"

#include "alerts/ActionRules.h"
#include "alerts/AlertTableModel.h"
#include "alerts/AlertText.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/UiText.h"
#include "outbox/OutboxDispatcher.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

using alerts::ActionKind;
using alerts::Alert;

// One request from the user: the same action on several alerts, reported once all of them have an answer.
struct AlertActions::Batch
{
    ActionKind kind = ActionKind::Acknowledge;
    int total = 0;
    int failed = 0;
    QString message; // the alert's, when there is one
    QStringList reasons;
    QSet<QString> waiting; // action ids without an answer yet
    bool sealed = false;   // every action of the batch has been handed to the outbox
};

namespace {

struct ActionSpec
{
    ActionKind kind;
    const char* text;
    Qt::Key key;
    QString name; // "acknowledge": acknowledgeAction, acknowledgeButton
};

// In menu order, which is also ActionKind's order.
const ActionSpec specs[] = {
    {ActionKind::Acknowledge, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Acknowledge"), Qt::Key_A, u"acknowledge"_s},
    {ActionKind::Unacknowledge, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Unacknowledge"), Qt::Key_U,
        u"unacknowledge"_s},
    {ActionKind::Close, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Close"), Qt::Key_C, u"close"_s},
    {ActionKind::Escalate, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Escalate…"), Qt::Key_E, u"escalate"_s},
    {ActionKind::AddNote, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Add note…"), Qt::Key_N, u"addNote"_s},
    {ActionKind::Snooze, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Snooze…"), Qt::Key_S, u"snooze"_s},
    {ActionKind::Assign, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Assign…"), Qt::Key_O, u"assign"_s},
    {ActionKind::AddTags, QT_TRANSLATE_NOOP("wk::ui::AlertActions", "Add tags…"), Qt::Key_T, u"addTags"_s},
};

QString baseToolTip(const QAction* action)
{
    return AlertActions::tr("%1 (%2)").arg(
        QString(action->text()).remove(u'…'), action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

AlertActions::AlertActions(outbox::OutboxDispatcher& dispatcher, AlertTableModel& model, const Clock& clock,
    QString user, QWidget* dialogParent, PolicySource escalationPolicies)
    : QObject(dialogParent)
    , m_dispatcher(dispatcher)
    , m_model(model)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_dialogParent(dialogParent)
    , m_policies(std::move(escalationPolicies))
{
    for (const ActionSpec& spec : specs) {
        Q_ASSERT(int(spec.kind) == m_actions.size());
        auto* action = new QAction(tr(spec.text), this);
        action->setObjectName(spec.name + u"Action"_s);
        action->setShortcut(QKeySequence(spec.key));
        // Only while the table has the focus: "c" typed in a text field or on a dashboard closes nothing.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(baseToolTip(action));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, kind = spec.kind] { trigger(kind); });
        m_actions.append(action);
    }
    connect(&m_dispatcher, &outbox::OutboxDispatcher::recordChanged, this, &AlertActions::onRecordChanged);
}

void AlertActions::attach(QAbstractItemView* view)
{
    m_view = view;
    view->addActions(m_actions);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &AlertActions::showContextMenu);
    update();
}

void AlertActions::addExtraAction(QAction* action)
{
    action->setShortcutContext(Qt::WidgetShortcut);
    m_extra.append(action);
    if (m_view)
        m_view->addAction(action);
    update();
}

void AlertActions::setEscalationPolicies(PolicySource source)
{
    m_policies = std::move(source);
}

QAction* AlertActions::action(ActionKind kind) const
{
    return m_actions.at(int(kind));
}

QStringList AlertActions::selectedIds() const
{
    if (m_view == nullptr || m_view->selectionModel() == nullptr)
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(row.data(AlertTableModel::AlertIdRole).toString());
    return ids;
}

QList<const Alert*> AlertActions::selectedAlerts() const
{
    QList<const Alert*> alerts;
    for (const QString& id : selectedIds()) {
        if (const auto row = m_model.rowOf(id))
            alerts.append(m_model.alertAt(*row));
    }
    return alerts;
}

void AlertActions::update()
{
    const QList<const Alert*> selected = selectedAlerts();
    const bool allReadOnly = !selected.isEmpty()
        && std::all_of(selected.cbegin(), selected.cend(), [](auto* a) { return isReadOnly(*a); });
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        QAction* action = m_actions.at(i);
        const auto kind = static_cast<ActionKind>(i);
        const auto applies = std::count_if(selected.cbegin(), selected.cend(),
            [&](const Alert* a) { return appliesTo(kind, *a, m_model.isPending(a->id)); });
        action->setEnabled(applies > 0);
        QString tip = baseToolTip(action);
        if (allReadOnly)
            tip += u'\n' + heartbeatReadOnlyText();
        else if (applies > 0 && applies < selected.size())
            tip += u'\n'
                + tr("Applies to %1 of the %n selected alerts", nullptr, int(selected.size())).arg(int(applies));
        action->setToolTip(tip);
    }
    for (QAction* action : std::as_const(m_extra))
        action->setEnabled(!selected.isEmpty());
}

QList<AlertActions::Target> AlertActions::targets(ActionKind kind, const QStringList& ids) const
{
    QList<Target> targets;
    for (const QString& id : ids) {
        const auto row = m_model.rowOf(id);
        const Alert* alert = row ? m_model.alertAt(*row) : nullptr;
        if (alert != nullptr && appliesTo(kind, *alert, m_model.isPending(id)))
            targets.append({alert->id, alert->message, alert->team});
    }
    return targets;
}

void AlertActions::trigger(ActionKind kind)
{
    update();
    if (!action(kind)->isEnabled())
        return;
    const QList<Target> chosen = targets(kind, selectedIds());
    if (chosen.isEmpty())
        return;
    alerts::AlertAction request;
    request.kind = kind;
    request.user = m_user;
    if (!ask(chosen, request))
        return;
    // Polls go on while a dialog is open: the action is for the alerts it was asked for, if it still applies.
    QStringList ids;
    for (const Target& t : chosen)
        ids.append(t.id);
    submit(request, targets(kind, ids));
}

bool AlertActions::ask(const QList<Target>& targets, alerts::AlertAction& action)
{
    const QString subject = targets.size() == 1 ? u'"' + targets.constFirst().message + u'"'
                                                : tr("%n alerts", nullptr, int(targets.size()));
    switch (action.kind) {
    case ActionKind::Acknowledge:
    case ActionKind::Unacknowledge:
        return true;
    case ActionKind::Close:
        return targets.size() <= 5 || ActionDialogs::confirmClose(m_dialogParent, int(targets.size()));
    case ActionKind::Escalate: {
        const QString team = targets.constFirst().team.section(u',', 0, 0).trimmed();
        const QString suggestion = team.isEmpty() ? QString() : QString(team + u"_escalation"_s);
        const auto policy
            = ActionDialogs::escalation(m_dialogParent, subject, suggestion, m_escalationHistory, m_policies);
        if (!policy)
            return false;
        m_escalationHistory.removeAll(*policy);
        m_escalationHistory.prepend(*policy);
        action.escalation = *policy;
        return true;
    }
    case ActionKind::AddNote: {
        const auto note = ActionDialogs::note(m_dialogParent, subject);
        action.note = note.value_or(QString());
        return note.has_value();
    }
    case ActionKind::Snooze: {
        const auto until = ActionDialogs::snoozeUntil(m_dialogParent, subject, m_clock.now());
        action.snoozeUntil = until.value_or(QDateTime());
        return until.has_value();
    }
    case ActionKind::Assign: {
        const auto assignee = ActionDialogs::assignee(m_dialogParent, subject, m_user);
        action.assignee = assignee.value_or(QString());
        return assignee.has_value();
    }
    case ActionKind::AddTags: {
        const auto tags = ActionDialogs::tags(m_dialogParent, subject);
        action.tags = tags.value_or(QStringList());
        return tags.has_value();
    }
    }
    return false;
}

void AlertActions::submit(const alerts::AlertAction& request, const QList<Target>& targets)
{
    if (targets.isEmpty())
        return;
    const auto batch = std::make_shared<Batch>();
    batch->kind = request.kind;
    batch->total = int(targets.size());
    batch->message = targets.constFirst().message;
    QList<alerts::AlertAction> actions;
    for (const Target& target : targets) {
        alerts::AlertAction action = request;
        action.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        action.alertId = target.id;
        action.requestedAt = m_clock.now();
        batch->waiting.insert(action.actionId);
        m_batches.insert(action.actionId, batch);
        actions.append(action);
    }
    // Written to the outbox (one transaction for the whole selection) before anything is sent; the pending
    // marks follow from recordChanged.
    if (const auto records = m_dispatcher.submitAll(actions); !records) {
        // Nothing was sent. Each row says so until dismissed, not only the status bar's passing message.
        logging::get("ui")->error("actions not recorded, so not sent: {}", records.error().detail);
        const QString reason = tr("it could not be recorded (%1), so it was not sent").arg(errorText(records.error()));
        for (const alerts::AlertAction& action : std::as_const(actions)) {
            m_model.markPending(action.alertId, action.kind, action.actionId);
            m_model.fail(action.actionId, reason);
            settle(action, reason);
        }
    }
    batch->sealed = true;
    report(*batch);
    update();
}

void AlertActions::showContextMenu(const QPoint& pos)
{
    // Like a file manager: a right click outside the selection selects the row under the pointer.
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->setCurrentIndex(index);
    update();
    QMenu menu(m_view);
    menu.setObjectName(u"alertContextMenu"_s);
    menu.addActions(m_actions);
    menu.insertSeparator(action(ActionKind::Escalate));
    menu.insertSeparator(action(ActionKind::AddNote));
    if (!m_extra.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_extra);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AlertActions::onRecordChanged(const outbox::OutboxRecord& record)
{
    const alerts::AlertAction& action = record.action;
    switch (record.state) {
    case outbox::OutboxState::Landed:
        m_model.landed(action.actionId, record.landedAt.isValid() ? record.landedAt : m_clock.now());
        settle(action, std::nullopt);
        break;
    case outbox::OutboxState::Failed:
        m_model.fail(action.actionId, record.error);
        settle(action, record.error);
        break;
    default:
        if (!m_model.isPendingAction(action.actionId))
            m_model.markPending(action.alertId, action.kind, action.actionId);
        break;
    }
}

void AlertActions::settle(const alerts::AlertAction& action, const std::optional<QString>& failure)
{
    const std::shared_ptr<Batch> batch = m_batches.take(action.actionId);
    if (!batch) {
        // An action an earlier run left unfinished, delivered now.
        const QString message = messageOf(action.alertId);
        Q_EMIT finished(
            failure ? actionFailedText(action.kind, message, *failure) : actionDoneText(action.kind, message));
        return;
    }
    batch->waiting.remove(action.actionId);
    if (failure) {
        ++batch->failed;
        if (!batch->reasons.contains(*failure))
            batch->reasons.append(*failure);
    }
    report(*batch);
}

void AlertActions::report(const Batch& batch)
{
    if (!batch.sealed || !batch.waiting.isEmpty())
        return;
    const QString reasons = batch.reasons.join(u"; "_s);
    if (batch.total == 1)
        Q_EMIT finished(batch.failed == 0 ? actionDoneText(batch.kind, batch.message)
                                          : actionFailedText(batch.kind, batch.message, reasons));
    else
        Q_EMIT finished(batch.failed == 0 ? bulkDoneText(batch.kind, batch.total)
                                          : bulkFailedText(batch.kind, batch.failed, batch.total, reasons));
}

QString AlertActions::messageOf(const QString& alertId) const
{
    const auto row = m_model.rowOf(alertId);
    return row ? m_model.alertAt(*row)->message : alertId;
}

} // namespace wk::ui
