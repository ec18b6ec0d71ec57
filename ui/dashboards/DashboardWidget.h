#pragma once

#include "common/Clock.h"
#include "polling/PanelData.h"
#include "polling/PollScheduler.h"
#include "sources/MetricsRouter.h"
#include "workspace/Workspace.h"

#include <QMap>
#include <QScrollArea>

namespace wk::ui {

class PanelWidget;

// One tier of panels (Health, Quality, ...) in a two-column grid. Each panel is its own poll job, so a slow
// or failing query never holds up the others, and only the active tier's panels are polled.
class DashboardWidget : public QScrollArea
{
    Q_OBJECT
public:
    DashboardWidget(const workspace::Dashboard& dashboard, int refreshSeconds, const sources::MetricsRouter& metrics,
        polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    const workspace::Dashboard& dashboard() const { return m_dashboard; }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setVariables(const QMap<QString, QString>& variables);
    QList<PanelWidget*> panels() const { return m_panels; }
    QString jobId(const PanelWidget* panel) const;

Q_SIGNALS:
    void firstPaintWithData();
    // Every panel of this dashboard has shown data (or an error) at least once.
    void allPanelsFilled();
    // Someone asked to pin the panel, as it looks now, to an incident.
    void pinRequested(wk::ui::PanelWidget* panel);
    // A panel showed fresh data for these variables (incidents watch its thresholds).
    void panelData(
        const wk::workspace::Panel& panel, const wk::polling::PanelData& data, const QMap<QString, QString>& variables);

private:
    void poll(PanelWidget* panel, const polling::PollScheduler::Finished& finished);
    QString sourceNameOf(const workspace::Panel& panel) const;
    void announceIfAllFilled();

    workspace::Dashboard m_dashboard;
    const sources::MetricsRouter& m_metrics;
    polling::PollScheduler& m_scheduler;
    const Clock& m_clock;
    QList<PanelWidget*> m_panels;
    QMap<QString, QString> m_variables;
    bool m_active = false;
    bool m_allFilledAnnounced = false;
    quint64 m_variablesGeneration = 0;
};

} // namespace wk::ui
