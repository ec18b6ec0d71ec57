#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"
#include "common/Error.h"
#include "metrics/MetricsBackend.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wk {
class Clock;
}

namespace wk::alerts {
class AlertBackend;
}

namespace wk::outbox {
class OutboxDispatcher;
struct OutboxRecord;
} // namespace wk::outbox

namespace wk::ui {

class AlertDetailView;
class RuleChartWidget;
class AlertFilterProxyModel;
class AlertTableModel;

// The on-call engineer's main view: filter bar, alert table, the selected alert's details and the actions
// on it. Actions show as pending until the backend confirms them; single-key shortcuts (A, C, E, N) work
// while the focus is anywhere in this widget except the filter field.
class AlertListWidget : public QWidget
{
    Q_OBJECT

public:
    // Reads (on-call) go to `backend`; every action goes through `actions`, the durable outbox.
    AlertListWidget(alerts::AlertBackend& backend, outbox::OutboxDispatcher& actions, const Clock& clock, QString user,
        QWidget* parent = nullptr);

    // The poll scheduler calls this with every alert it has; the table is updated in place.
    void setAlerts(const QList<alerts::Alert>& alerts);

    AlertTableModel* model() const { return m_model; }
    AlertFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    QString selectedAlertId() const;
    // Where the selected alert's rule expression is charted from; null hides the rule chart.
    void setRuleMetrics(metrics::MetricsBackend* backend);
    RuleChartWidget* ruleChart() const { return m_ruleChart; }
    bool selectAlert(const QString& alertId); // false when it is unknown or filtered out

public Q_SLOTS:
    void acknowledgeSelected();
    void closeSelected();
    void escalateSelected();
    void addNoteToSelected(); // asks for the text; an empty note counts as cancelled

Q_SIGNALS:
    void alertSelected(const QString& alertId, const QString& service);
    void actionFinished(const QString& text); // for the status bar

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFilterBar();
    QWidget* createActionBar();
    void setUpView();
    QAction* addShortcutAction(const QString& text, const QKeySequence& key, void (AlertListWidget::*slot)());

    void submit(alerts::ActionKind kind, const QString& alertId, const QString& note = {});
    void applyFilter();
    void updateTeams(const QList<alerts::Alert>& alerts);
    void selectionMaybeChanged();
    void focusTable();
    void updateEmptyState();
    const alerts::Alert* selectedAlert() const;

    void onRecordChanged(const outbox::OutboxRecord& record);
    QString messageOf(const QString& alertId) const;

    alerts::AlertBackend& m_backend;
    outbox::OutboxDispatcher& m_actions;
    const Clock& m_clock;
    QString m_user;
    QString m_selectedId; // the alert the detail pane and alertSelected() last reported

    AlertTableModel* m_model = nullptr;
    AlertFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    AlertDetailView* m_detail = nullptr;
    RuleChartWidget* m_ruleChart = nullptr;
    QLabel* m_empty = nullptr; // says why the table is empty: all quiet, or everything filtered out
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_priorityCombo = nullptr;
    QComboBox* m_teamCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QAction* m_ackAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_escalateAction = nullptr;
    QAction* m_noteAction = nullptr;
};

} // namespace wk::ui
