#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertActions.h"
#include "metrics/MetricsBackend.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace wk {
class Clock;
}

namespace wk::alerts {
class AlertBackend;
}

namespace wk::outbox {
class OutboxDispatcher;
}

namespace wk::ui {

class AlertDetailView;
class AlertFilterBar;
class AlertFilterProxyModel;
class AlertTableModel;
class AlertTableView;
class RuleChartWidget;
class ShortcutHelpOverlay;

// The on-call engineer's main view: filter bar, alert table, the current alert's details and the actions on the
// selected alerts (AlertActions). Keyboard first: J/K move, letters act while the table has the focus, "/" filters,
// "?" lists every shortcut. Actions show as pending until the alert service confirms them.
class AlertListWidget : public QWidget
{
    Q_OBJECT

public:
    // Reads (on-call) go to `backend`; every action goes through `actions`, the durable outbox.
    AlertListWidget(alerts::AlertBackend& backend, outbox::OutboxDispatcher& actions, const Clock& clock, QString user,
        QWidget* parent = nullptr);
    ~AlertListWidget() override;

    // The poll scheduler calls this with every alert it has; the table is updated in place.
    void setAlerts(const QList<alerts::Alert>& alerts);
    // A line above the table while the alert service fails: since when the list could not be refreshed, why, and
    // how old the rows are. Empty hides it.
    void setStaleNotice(const QString& text);
    QString staleNotice() const;

    AlertTableModel* model() const { return m_model; }
    AlertFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const;
    AlertActions* actions() const { return m_actions; }

    QList<alerts::Alert> selectedAlerts() const; // every selected alert as the list has it, top to bottom
    // An action of the console on the selected alerts (open an incident): a button beside the others, in the
    // table's menu, and on its own key.
    void addSelectionAction(QAction* action);
    QString selectedAlertId() const;      // the alert the detail pane shows: the current one of the selection
    QStringList selectedAlertIds() const; // every selected alert, top to bottom
    // Where the selected alert's rule expression is charted from; null hides the rule chart.
    void setRuleMetrics(metrics::MetricsBackend* backend);
    RuleChartWidget* ruleChart() const { return m_ruleChart; }
    bool selectAlert(const QString& alertId); // false when it is unknown or filtered out

    // The escalation policies the escalate dialog offers; none known: the user types one.
    void setEscalationPolicies(AlertActions::PolicySource source);
    // The table's columns (shown, order, widths) and sort, for the window's settings.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray& state);

public Q_SLOTS:
    void acknowledgeSelected();
    void closeSelected();
    void escalateSelected();  // asks for the escalation policy
    void addNoteToSelected(); // asks for the text; an empty note counts as cancelled
    void showShortcutHelp();

Q_SIGNALS:
    void alertSelected(const QString& alertId, const QString& service);
    void actionFinished(const QString& text); // for the status bar

private:
    QWidget* createActionBar();
    void fillShortcutHelp();
    void applyFilter();
    void selectionMaybeChanged();
    void focusTable();
    void escapeFromTable();
    void updateEmptyState();
    const alerts::Alert* selectedAlert() const;

    alerts::AlertBackend& m_backend;
    const Clock& m_clock;
    QString m_selectedId; // the alert the detail pane and alertSelected() last reported

    AlertTableModel* m_model = nullptr;
    AlertFilterProxyModel* m_proxy = nullptr;
    AlertActions* m_actions = nullptr;
    AlertFilterBar* m_filterBar = nullptr;
    AlertTableView* m_view = nullptr;
    QWidget* m_actionBar = nullptr;
    QHBoxLayout* m_extraActionRow = nullptr; // addSelectionAction's buttons, below the alert service's
    AlertDetailView* m_detail = nullptr;
    RuleChartWidget* m_ruleChart = nullptr;
    QLabel* m_selectionSummary = nullptr; // "3 alerts selected"
    QLabel* m_staleNotice = nullptr;
    QPointer<ShortcutHelpOverlay> m_help; // over the window while open, so it may outlive this widget
};

} // namespace wk::ui
