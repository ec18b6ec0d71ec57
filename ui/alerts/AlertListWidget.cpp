#include "alerts/AlertListWidget.h"

#include "alerts/AlertBackend.h"
#include "alerts/AlertDetailView.h"
#include "alerts/AlertFilter.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertTableModel.h"
#include "alerts/AlertText.h"
#include "alerts/RuleChartWidget.h"
#include "common/Clock.h"
#include "common/UiText.h"
#include "outbox/OutboxDispatcher.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

using alerts::ActionKind;
using alerts::Alert;
using alerts::AlertStatus;
using StatusFilter = alerts::AlertFilter::StatusFilter;

AlertListWidget::AlertListWidget(
    alerts::AlertBackend& backend, outbox::OutboxDispatcher& actions, const Clock& clock, QString user, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_actions(actions)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_model(new AlertTableModel(clock, this))
    , m_proxy(new AlertFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    connect(&m_actions, &outbox::OutboxDispatcher::recordChanged, this, &AlertListWidget::onRecordChanged);
    connect(&m_actions, &outbox::OutboxDispatcher::alertRefreshed, this, [this](const Alert& alert) {
        m_model->updateAlert(alert);
        selectionMaybeChanged();
    });

    m_ackAction = addShortcutAction(tr("Acknowledge"), QKeySequence(Qt::Key_A), &AlertListWidget::acknowledgeSelected);
    m_closeAction = addShortcutAction(tr("Close"), QKeySequence(Qt::Key_C), &AlertListWidget::closeSelected);
    m_escalateAction = addShortcutAction(tr("Escalate"), QKeySequence(Qt::Key_E), &AlertListWidget::escalateSelected);
    m_noteAction = addShortcutAction(tr("Add note…"), QKeySequence(Qt::Key_N), &AlertListWidget::addNoteToSelected);
    m_ackAction->setObjectName(u"acknowledgeAction"_s);
    m_closeAction->setObjectName(u"closeAction"_s);
    m_escalateAction->setObjectName(u"escalateAction"_s);
    m_noteAction->setObjectName(u"addNoteAction"_s);

    m_view = new QTableView;
    setUpView();
    m_detail = new AlertDetailView;
    m_detail->setObjectName(u"detailView"_s);

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(4, 0, 0, 0);
    bottomLayout->addWidget(createActionBar());
    bottomLayout->addWidget(m_detail, 1);
    m_ruleChart = new RuleChartWidget;
    bottomLayout->addWidget(m_ruleChart, 1);

    // Details beside the table, not below it: the dock is short and every row of alerts counts.
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);

    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_view->installEventFilter(this);
    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertListWidget::selectionMaybeChanged);
    // Polls, confirmations and filters change the selected alert without changing the selection.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AlertListWidget::selectionMaybeChanged);
    // Rows the filter hides change what the empty table should say.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertListWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertListWidget::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertListWidget::selectionMaybeChanged);
    connect(m_detail, &AlertDetailView::dismissFailureRequested, m_model, &AlertTableModel::dismissFailure);

    applyFilter();
    selectionMaybeChanged();
}

QAction* AlertListWidget::addShortcutAction(
    const QString& text, const QKeySequence& key, void (AlertListWidget::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    // Not window-wide: "C" typed on a dashboard must not close the selected alert.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'…'), key.toString(QKeySequence::NativeText)));
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

QWidget* AlertListWidget::createFilterBar()
{
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter alerts…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Words to look for in message, service, team, tags, owner, alias or id (Ctrl+F)"));
    auto* clearAction = new QAction(m_filterEdit);
    clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_filterEdit->addAction(clearAction);
    connect(clearAction, &QAction::triggered, m_filterEdit, &QLineEdit::clear);

    m_priorityCombo = new QComboBox;
    m_priorityCombo->setObjectName(u"priorityCombo"_s);
    m_priorityCombo->addItem(tr("All priorities"), 0);
    m_priorityCombo->addItem(tr("P1 only"), 1);
    m_priorityCombo->addItem(tr("P1–P2"), 2);
    m_priorityCombo->addItem(tr("P1–P3"), 3);

    m_teamCombo = new QComboBox;
    m_teamCombo->setObjectName(u"teamCombo"_s);
    m_teamCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamCombo->addItem(tr("All teams"), QString());

    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(u"statusCombo"_s);
    m_statusCombo->addItem(tr("Active"), int(StatusFilter::Active));
    m_statusCombo->setItemData(0, tr("Open, acknowledged and snoozed alerts"), Qt::ToolTipRole);
    m_statusCombo->addItem(tr("Open"), int(StatusFilter::Open));
    m_statusCombo->addItem(tr("Acknowledged"), int(StatusFilter::Acknowledged));
    m_statusCombo->addItem(tr("Closed"), int(StatusFilter::Closed));
    m_statusCombo->addItem(tr("All statuses"), int(StatusFilter::All));

    connect(m_filterEdit, &QLineEdit::textChanged, this, &AlertListWidget::applyFilter);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &AlertListWidget::focusTable);
    for (QComboBox* combo : {m_priorityCombo, m_teamCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertListWidget::applyFilter);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(m_priorityCombo);
    layout->addWidget(m_teamCombo);
    layout->addWidget(m_statusCombo);
    return bar;
}

QWidget* AlertListWidget::createActionBar()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QAction*, QString> buttons[] = {
        {m_ackAction, u"acknowledgeButton"_s},
        {m_closeAction, u"closeButton"_s},
        {m_escalateAction, u"escalateButton"_s},
        {m_noteAction, u"addNoteButton"_s},
    };
    for (const auto& [action, name] : buttons) {
        auto* button = new QPushButton(action->text());
        button->setObjectName(name);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(action->text()) + 28);
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        // Clicking must leave the focus in the table, so the next arrow key and A still work.
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return bar;
}

void AlertListWidget::setUpView()
{
    m_view->setObjectName(u"alertTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertTableModel::PriorityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons

    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(fm.height() + 4);
    rows->setDefaultSectionSize(fm.height() + 8);

    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fm.horizontalAdvance(u"P1"_s) + 16);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AlertTableModel::MessageColumn, QHeaderView::Stretch);
    // Widths from the font rather than pixels, so nothing clips with a larger system font.
    const int padding = 28; // cell margins plus the header's sort arrow
    const auto widthFor = [&](std::initializer_list<QString> samples) {
        int width = 0;
        for (const QString& s : samples)
            width = std::max(width, fm.horizontalAdvance(s));
        return width + padding;
    };
    const auto headerText = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    using M = AlertTableModel;
    header->resizeSection(M::PriorityColumn, widthFor({headerText(M::PriorityColumn), u"P5"_s}));
    header->resizeSection(M::StatusColumn,
        widthFor(
            {headerText(M::StatusColumn), pendingText(ActionKind::Acknowledge), statusText(AlertStatus::Acknowledged)})
            + 20); // room for the warning icon
    header->resizeSection(M::ServiceColumn, widthFor({headerText(M::ServiceColumn), u"fraud-scorer-v2"_s}));
    header->resizeSection(M::TeamColumn, widthFor({headerText(M::TeamColumn), u"Data Science"_s}));
    header->resizeSection(M::OwnerColumn, widthFor({headerText(M::OwnerColumn), u"somchai.p"_s}));
    header->resizeSection(M::AgeColumn, widthFor({headerText(M::AgeColumn), ageText(23 * 3600 + 59 * 60)}));
    header->resizeSection(M::CountColumn, widthFor({headerText(M::CountColumn), u"999"_s}));
}

bool AlertListWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->viewport()->rect());
    // A table that takes the focus marks its first row current without selecting it, so the first Down
    // would skip the most urgent alert. With nothing selected, Up or Down selects the current row instead.
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->selectionModel()->hasSelection()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_proxy->rowCount() > 0) {
            const QModelIndex current = m_view->currentIndex();
            m_view->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0));
            m_view->selectionModel()->select(
                m_view->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AlertListWidget::setAlerts(const QList<Alert>& alerts)
{
    m_model->setAlerts(alerts);
    updateTeams(alerts);
}

QString AlertListWidget::selectedAlertId() const
{
    const Alert* alert = selectedAlert();
    return alert != nullptr ? alert->id : QString();
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
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->alertAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void AlertListWidget::acknowledgeSelected()
{
    if (m_ackAction->isEnabled())
        submit(ActionKind::Acknowledge, selectedAlertId());
}

void AlertListWidget::closeSelected()
{
    if (m_closeAction->isEnabled())
        submit(ActionKind::Close, selectedAlertId());
}

void AlertListWidget::escalateSelected()
{
    if (m_escalateAction->isEnabled())
        submit(ActionKind::Escalate, selectedAlertId());
}

void AlertListWidget::addNoteToSelected()
{
    const Alert* alert = selectedAlert();
    if (!m_noteAction->isEnabled() || alert == nullptr)
        return;
    const QString alertId = alert->id;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Add note"), tr("Note for \"%1\":").arg(alert->message), QString(), &ok);
    if (!ok || note.trimmed().isEmpty())
        return;
    // Polls run while the dialog is open; the note still belongs to the alert it was written for.
    submit(ActionKind::AddNote, alertId, note.trimmed());
}

void AlertListWidget::submit(ActionKind kind, const QString& alertId, const QString& note)
{
    if (!m_model->rowOf(alertId))
        return;
    alerts::AlertAction action;
    action.kind = kind;
    action.alertId = alertId;
    action.user = m_user;
    action.note = note;
    action.requestedAt = m_clock.now();
    // Written to the outbox before anything is sent; the pending mark follows from recordChanged.
    const auto record = m_actions.submit(action);
    if (!record) {
        const QString reason = tr("it could not be recorded (%1), so it was not sent").arg(record.error().detail);
        Q_EMIT actionFinished(actionFailedText(kind, messageOf(alertId), reason));
    }
    selectionMaybeChanged();
}

void AlertListWidget::onRecordChanged(const outbox::OutboxRecord& record)
{
    const alerts::AlertAction& action = record.action;
    switch (record.state) {
    case outbox::OutboxState::Landed:
        m_model->landed(action.actionId, record.landedAt.isValid() ? record.landedAt : m_clock.now());
        Q_EMIT actionFinished(actionDoneText(action.kind, messageOf(action.alertId)));
        break;
    case outbox::OutboxState::Failed:
        m_model->fail(action.actionId, record.error);
        Q_EMIT actionFinished(actionFailedText(action.kind, messageOf(action.alertId), record.error));
        break;
    default:
        if (!m_model->isPendingAction(action.actionId))
            m_model->markPending(action.alertId, action.kind, action.actionId);
        break;
    }
    if (action.alertId == m_selectedId)
        selectionMaybeChanged();
}

QString AlertListWidget::messageOf(const QString& alertId) const
{
    const auto row = m_model->rowOf(alertId);
    return row ? m_model->alertAt(*row)->message : alertId;
}

void AlertListWidget::applyFilter()
{
    alerts::AlertFilter filter;
    filter.text = m_filterEdit->text();
    if (const int max = m_priorityCombo->currentData().toInt(); max > 0)
        filter.maxPriority = static_cast<alerts::Priority>(max);
    filter.team = m_teamCombo->currentData().toString();
    filter.status = static_cast<StatusFilter>(m_statusCombo->currentData().toInt());
    m_proxy->setFilter(filter);
    selectionMaybeChanged();
}

void AlertListWidget::updateTeams(const QList<Alert>& alerts)
{
    const QString current = m_teamCombo->currentData().toString();
    QStringList teams;
    for (const Alert& alert : alerts) {
        if (!alert.team.isEmpty())
            teams.append(alert.team);
    }
    // A chosen team stays in the list even when its alerts are gone, so the filter does not jump.
    if (!current.isEmpty())
        teams.append(current);
    teams.sort(Qt::CaseInsensitive);
    teams.removeDuplicates();

    QStringList shown;
    for (int i = 1; i < m_teamCombo->count(); ++i)
        shown.append(m_teamCombo->itemData(i).toString());
    if (shown == teams)
        return;

    const QSignalBlocker blocker(m_teamCombo);
    while (m_teamCombo->count() > 1)
        m_teamCombo->removeItem(m_teamCombo->count() - 1);
    for (const QString& team : std::as_const(teams))
        m_teamCombo->addItem(team, team);
    m_teamCombo->setCurrentIndex(std::max(0, m_teamCombo->findData(current)));
}

void AlertListWidget::setRuleMetrics(metrics::MetricsBackend* backend)
{
    m_ruleChart->setBackend(backend);
}

void AlertListWidget::updateEmptyState()
{
    const int shown = m_proxy->rowCount();
    const int hidden = m_model->rowCount() - shown;
    m_empty->setVisible(shown == 0);
    if (shown > 0)
        return;
    m_empty->setText(
        hidden > 0 ? tr("No alerts match these filters (%n hidden).", nullptr, hidden) : tr("No alerts. All quiet."));
    m_empty->setGeometry(m_view->viewport()->rect());
}

void AlertListWidget::selectionMaybeChanged()
{
    updateEmptyState();
    const Alert* alert = selectedAlert();
    const bool pending = alert != nullptr && m_model->isPending(alert->id);
    const bool closed = alert != nullptr && alert->status == AlertStatus::Closed;
    const bool ackable
        = alert != nullptr && (alert->status == AlertStatus::Open || alert->status == AlertStatus::Snoozed);
    m_ackAction->setEnabled(ackable && !pending);
    m_closeAction->setEnabled(alert != nullptr && !closed && !pending);
    m_escalateAction->setEnabled(alert != nullptr && !closed && !pending);
    m_noteAction->setEnabled(alert != nullptr);

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

} // namespace wk::ui
