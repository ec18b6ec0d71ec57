#pragma once

#include "common/Clock.h"
#include "polling/PollScheduler.h"
#include "sources/MetricsRouter.h"
#include "workspace/Workspace.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTableView;

namespace wk::ui {

class SloAlertsModel;
class SloTableModel;

// The SLOs tier: every SLO of the workspace with its budget and alert states, and for the selected one the
// multi-window alerts with their factors, windows and live ratios. Each SLO is a poll job of its own, polled
// only while the tier is shown, at the workspace's refresh but at most once a minute.
class SloTierWidget : public QWidget
{
    Q_OBJECT
public:
    SloTierWidget(const QList<workspace::Slo>& slos, int refreshSeconds, const sources::MetricsRouter& metrics,
        polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent = nullptr);
    ~SloTierWidget() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setVariables(const QMap<QString, QString>& variables);

    SloTableModel* model() const { return m_model; }
    SloAlertsModel* alertsModel() const { return m_alertsModel; }
    QTableView* table() const { return m_table; }
    QString detailText() const;
    static QString jobId(const workspace::Slo& slo);

private:
    void poll(int row, const polling::PollScheduler::Finished& finished);
    void showDetails();
    int selectedRow() const;

    QList<workspace::Slo> m_slos;
    const sources::MetricsRouter& m_metrics;
    polling::PollScheduler& m_scheduler;
    const Clock& m_clock;
    SloTableModel* m_model = nullptr;
    SloAlertsModel* m_alertsModel = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_alerts = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QMap<QString, QString> m_variables;
    quint64 m_generation = 0;
    bool m_active = false;
};

} // namespace wk::ui
