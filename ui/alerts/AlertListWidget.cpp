#include "alerts/AlertListWidget.h"

#include "alerts/AlertBackend.h"
#include "alerts/AlertDetailView.h"
#include "alerts/AlertFilterBar.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertTableModel.h"
#include "alerts/AlertTableView.h"
#include "alerts/AlertText.h"
#include "alerts/RuleChartWidget.h"
#include "alerts/ShortcutHelpOverlay.h"
#include "common/Clock.h"
#include "common/Theme.h"
#include "outbox/OutboxDispatcher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

using alerts::ActionKind;
using alerts::Alert;

AlertListWidget::AlertListWidget(
    alerts::AlertBackend& backend, outbox::OutboxDispatcher& actions, const Clock& clock, QString user, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_clock(clock)
    , m_model(new AlertTableModel(clock, this))
    , m_proxy(new AlertFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_actions = new AlertActions(actions, *m_model, clock, std::move(user), this);
    connect(m_actions, &AlertActions::finished, this, &AlertListWidget::actionFinished);
    connect(&actions, &outbox::OutboxDispatcher::alertRefreshed, this, [this](const Alert& alert) {
        m_model->updateAlert(alert);
        selectionMaybeChanged();
    });

    m_filterBar = new AlertFilterBar;
    connect(m_filterBar, &AlertFilterBar::filterChanged, this, &AlertListWidget::applyFilter);
    connect(m_filterBar, &AlertFilterBar::done, this, &AlertListWidget::focusTable);

    m_view = new AlertTableView;
    m_view->setModel(m_proxy);
    m_actions->attach(m_view);
    connect(m_view, &AlertTableView::filterRequested, m_filterBar, &AlertFilterBar::focusText);
    connect(m_view, &AlertTableView::escapePressed, this, &AlertListWidget::escapeFromTable);
    connect(m_view, &AlertTableView::helpRequested, this, &AlertListWidget::showShortcutHelp);

    m_detail = new AlertDetailView;
    m_detail->setObjectName(u"detailView"_s);
    m_ruleChart = new RuleChartWidget;
    m_selectionSummary = new QLabel;
    m_selectionSummary->setObjectName(u"selectionSummary"_s);
    m_selectionSummary->setForegroundRole(QPalette::PlaceholderText);
    m_selectionSummary->hide();

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_actionBar = createActionBar();
    sideLayout->addWidget(m_actionBar);
    sideLayout->addWidget(m_selectionSummary);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addWidget(m_ruleChart, 1);

    // Details beside the table, not below it: the dock is short and every row of alerts counts.
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1060, 340});

    m_staleNotice = new QLabel;
    m_staleNotice->setObjectName(u"staleNotice"_s);
    m_staleNotice->setTextFormat(Qt::PlainText);
    m_staleNotice->setWordWrap(true);
    m_staleNotice->setStyleSheet(u"color: %1; font-weight: bold"_s.arg(theme::warning.name()));
    m_staleNotice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_staleNotice);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);

    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_filterBar, &AlertFilterBar::focusText);

    m_help = new ShortcutHelpOverlay(this);
    fillShortcutHelp();
    connect(m_help, &ShortcutHelpOverlay::closed, this, &AlertListWidget::focusTable);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertListWidget::selectionMaybeChanged);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertListWidget::selectionMaybeChanged);
    // Polls, confirmations and filters change the selected alert without changing the selection.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertListWidget::selectionMaybeChanged);
    // Rows the filter hides change what the empty table should say.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertListWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertListWidget::updateEmptyState);
    connect(m_detail, &AlertDetailView::dismissFailureRequested, m_model, &AlertTableModel::dismissFailure);

    applyFilter();
    selectionMaybeChanged();
}

AlertListWidget::~AlertListWidget()
{
    delete m_help;
}

QWidget* AlertListWidget::createActionBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(u"actionBar"_s);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(4);
    rows->addLayout(layout);
    // The console's own actions (open an incident, add to one) get a row of their own: on one row with the others
    // the pane grew so wide that the table left the message a few characters.
    m_extraActionRow = new QHBoxLayout;
    m_extraActionRow->setSpacing(4);
    m_extraActionRow->addStretch(1);
    rows->addLayout(m_extraActionRow);
    // The most used as buttons; the pane is narrow, so the rest wait behind More (and all are in the table's menu).
    for (const ActionKind kind : {ActionKind::Acknowledge, ActionKind::Close, ActionKind::Escalate}) {
        auto* button = new QToolButton;
        button->setDefaultAction(m_actions->action(kind));
        button->setObjectName(m_actions->action(kind)->objectName().replace(u"Action"_s, u"Button"_s));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Clicking must leave the focus in the table, so the next J or A still works.
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    auto* more = new QPushButton(tr("More"));
    more->setObjectName(u"moreActionsButton"_s);
    more->setToolTip(tr("Add a note, snooze, assign, tag or unacknowledge"));
    more->setFocusPolicy(Qt::NoFocus);
    auto* menu = new QMenu(more);
    for (const ActionKind kind :
        {ActionKind::AddNote, ActionKind::Snooze, ActionKind::Assign, ActionKind::AddTags, ActionKind::Unacknowledge})
        menu->addAction(m_actions->action(kind));
    more->setMenu(menu);
    layout->addWidget(more);
    layout->addStretch(1);
    return bar;
}

void AlertListWidget::fillShortcutHelp()
{
    using Shortcut = ShortcutHelpOverlay::Shortcut;
    const QList<Shortcut> moving = {
        {tr("J  ↓"), tr("Next alert")},
        {tr("K  ↑"), tr("Previous alert")},
        {tr("Shift+J  Shift+K"), tr("Extend the selection down or up")},
        {tr("Ctrl+A"), tr("Select every alert shown")},
        {tr("/  Ctrl+F"), tr("Filter the list")},
        {tr("Enter"), tr("From the filter back to the table")},
        {tr("Esc"), tr("Clear the filter")},
        {tr("Right click"), tr("Every action on the selected alerts")},
        {tr("?"), tr("Show or hide these shortcuts")},
    };
    QList<Shortcut> acting;
    for (const QAction* action : m_actions->actions())
        acting.append({action->shortcut().toString(QKeySequence::NativeText), QString(action->text()).remove(u'…')});
    m_help->setColumns(tr("Move and find"), moving, tr("Act on every selected alert"), acting);
}

QTableView* AlertListWidget::view() const
{
    return m_view;
}

void AlertListWidget::setStaleNotice(const QString& text)
{
    if (text != m_staleNotice->text())
        m_staleNotice->setText(text);
    m_staleNotice->setVisible(!text.isEmpty());
}

QString AlertListWidget::staleNotice() const
{
    return m_staleNotice->isVisible() ? m_staleNotice->text() : QString();
}

void AlertListWidget::setAlerts(const QList<Alert>& alerts)
{
    m_model->setAlerts(alerts);
    m_filterBar->setTeams(alerts);
}

QList<Alert> AlertListWidget::selectedAlerts() const
{
    QList<Alert> alerts;
    for (const QString& id : m_actions->selectedIds()) {
        if (const auto row = m_model->rowOf(id))
            alerts.append(*m_model->alertAt(*row));
    }
    return alerts;
}

void AlertListWidget::addSelectionAction(QAction* action)
{
    m_actions->addExtraAction(action);
    auto* button = new QToolButton(m_actionBar);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus);
    m_extraActionRow->insertWidget(m_extraActionRow->count() - 1, button); // before the stretch
}

QString AlertListWidget::selectedAlertId() const
{
    const Alert* alert = selectedAlert();
    return alert != nullptr ? alert->id : QString();
}

QStringList AlertListWidget::selectedAlertIds() const
{
    return m_actions->selectedIds();
}

bool AlertListWidget::selectAlert(const QString& alertId)
{
    const auto row = m_model->rowOf(alertId);
    if (!row)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

const Alert* AlertListWidget::selectedAlert() const
{
    // With several selected, the one the keyboard is on; else the topmost.
    const QModelIndex current = m_view->currentIndex();
    QString id;
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        id = current.data(AlertTableModel::AlertIdRole).toString();
    else if (const QStringList ids = m_actions->selectedIds(); !ids.isEmpty())
        id = ids.constFirst();
    const auto row = id.isEmpty() ? std::nullopt : m_model->rowOf(id);
    return row ? m_model->alertAt(*row) : nullptr;
}

void AlertListWidget::acknowledgeSelected()
{
    m_actions->trigger(ActionKind::Acknowledge);
}

void AlertListWidget::closeSelected()
{
    m_actions->trigger(ActionKind::Close);
}

void AlertListWidget::escalateSelected()
{
    m_actions->trigger(ActionKind::Escalate);
}

void AlertListWidget::addNoteToSelected()
{
    m_actions->trigger(ActionKind::AddNote);
}

void AlertListWidget::showShortcutHelp()
{
    m_help->open(window());
}

void AlertListWidget::setEscalationPolicies(AlertActions::PolicySource source)
{
    m_actions->setEscalationPolicies(std::move(source));
}

QByteArray AlertListWidget::saveHeaderState() const
{
    return m_view->saveHeaderState();
}

bool AlertListWidget::restoreHeaderState(const QByteArray& state)
{
    return m_view->restoreHeaderState(state);
}

void AlertListWidget::applyFilter()
{
    m_proxy->setFilter(m_filterBar->filter());
    selectionMaybeChanged();
}

void AlertListWidget::setRuleMetrics(metrics::MetricsBackend* backend)
{
    m_ruleChart->setBackend(backend);
}

void AlertListWidget::updateEmptyState()
{
    const int shown = m_proxy->rowCount();
    const int hidden = m_model->rowCount() - shown;
    if (shown > 0)
        m_view->setEmptyText({});
    else
        m_view->setEmptyText(hidden > 0 ? tr("No alerts match these filters (%n hidden).", nullptr, hidden)
                                        : tr("No alerts. All quiet."));
}

void AlertListWidget::selectionMaybeChanged()
{
    updateEmptyState();
    m_actions->update();
    const qsizetype count = m_view->selectionModel()->selectedRows().size();
    m_selectionSummary->setVisible(count > 1);
    m_selectionSummary->setText(tr("%n alerts selected; actions apply to each.", nullptr, int(count)));

    const Alert* alert = selectedAlert();
    if (alert == nullptr) {
        m_detail->showNothing();
        m_ruleChart->clear();
    } else {
        const auto kind = m_model->pendingAction(alert->id);
        const QString failure = m_model->failure(alert->id);
        m_detail->showAlert(*alert, kind ? pendingText(*kind) : QString(), failure, m_model->lastLanded(alert->id));
        m_ruleChart->showFor(*alert, m_clock.now());
    }

    const QString id = alert != nullptr ? alert->id : QString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (alert == nullptr)
        return;
    Q_EMIT alertSelected(alert->id, alert->service);
    // Who to page next matters at 03:00: ask the backend who is on call for the alert's team.
    m_backend.onCall(alert->team, this, [this](Result<alerts::OnCall> onCall) {
        if (!onCall)
            return;
        m_detail->setOnCall(*onCall);
        selectionMaybeChanged();
    });
}

void AlertListWidget::focusTable()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void AlertListWidget::escapeFromTable()
{
    m_filterBar->clearText();
}

} // namespace wk::ui
