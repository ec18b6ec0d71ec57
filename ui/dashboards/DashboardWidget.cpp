#include "dashboards/DashboardWidget.h"

#include "dashboards/PanelWidget.h"
#include "polling/DriftFetcher.h"
#include "polling/PanelFetcher.h"

#include <QGridLayout>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace wk::ui {

DashboardWidget::DashboardWidget(const workspace::Dashboard& dashboard, int refreshSeconds,
    const sources::MetricsRouter& metrics, polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent)
    : QScrollArea(parent)
    , m_dashboard(dashboard)
    , m_metrics(metrics)
    , m_scheduler(scheduler)
    , m_clock(clock)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    int row = 0;
    int column = 0;
    for (const auto& panel : m_dashboard.panels) {
        auto* widget = new PanelWidget(panel, content);
        const int span = std::clamp(panel.width, 1, 2);
        if (column + span > 2) {
            ++row;
            column = 0;
        }
        grid->addWidget(widget, row, column, 1, span);
        grid->setRowStretch(row, 1);
        column += span;
        m_panels.append(widget);
        connect(widget, &PanelWidget::firstPaintWithData, this, &DashboardWidget::firstPaintWithData);
        connect(widget, &PanelWidget::pinRequested, this, [this, widget]() { Q_EMIT pinRequested(widget); });
        QPointer<PanelWidget> guard(widget);
        m_scheduler.add(
            jobId(widget), sourceNameOf(panel), qint64(refreshSeconds) * 1000,
            [this, guard](polling::PollScheduler::Finished finished) {
                if (!guard) {
                    finished(std::nullopt);
                    return;
                }
                poll(guard, finished);
            },
            false);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    setWidget(content);
}

DashboardWidget::~DashboardWidget()
{
    for (PanelWidget* panel : std::as_const(m_panels))
        m_scheduler.remove(jobId(panel));
}

void DashboardWidget::announceIfAllFilled()
{
    if (m_allFilledAnnounced)
        return;
    for (const PanelWidget* panel : std::as_const(m_panels)) {
        if (!panel->hasData() && !panel->isStale() && !panel->statusText().contains(u'⚠'))
            return;
    }
    m_allFilledAnnounced = true;
    Q_EMIT allPanelsFilled();
}

QString DashboardWidget::sourceNameOf(const workspace::Panel& panel) const
{
    const metrics::MetricsBackend* backend = m_metrics.backendFor(panel.source);
    return backend ? backend->sourceName() : panel.source;
}

QString DashboardWidget::jobId(const PanelWidget* panel) const
{
    return u"panel:"_s + m_dashboard.id + u'/' + panel->panel().id;
}

void DashboardWidget::setActive(bool active)
{
    m_active = active;
    for (PanelWidget* panel : std::as_const(m_panels))
        m_scheduler.setVisible(jobId(panel), active);
}

void DashboardWidget::setVariables(const QMap<QString, QString>& variables)
{
    if (variables == m_variables)
        return;
    m_variables = variables;
    ++m_variablesGeneration;
    for (PanelWidget* panel : std::as_const(m_panels)) {
        panel->setTitleVariables(variables);
        panel->clearData();
        m_scheduler.pollNow(jobId(panel));
    }
}

void DashboardWidget::poll(PanelWidget* panel, const polling::PollScheduler::Finished& finished)
{
    polling::PanelRequest request;
    request.panel = &panel->panel();
    request.variables = m_variables;
    request.now = m_clock.now();
    request.plotWidthPx = panel->plotWidth();
    const quint64 generation = m_variablesGeneration;
    QPointer<DashboardWidget> self(this);
    metrics::MetricsBackend* backend = m_metrics.backendFor(panel->panel().source);
    if (!backend) {
        finished(Error{ErrorCode::NotFound, u"no source named %1"_s.arg(panel->panel().source), std::nullopt, 0});
        return;
    }
    const auto fetch
        = panel->panel().kind == workspace::PanelKind::Drift ? polling::fetchDriftPanel : polling::fetchPanel;
    fetch(*backend, request, panel, [self, panel, generation, finished](polling::PanelData data) {
        // An answer for the previous service must not land on the new one's panel.
        const bool current = self && self->m_variablesGeneration == generation;
        if (current) {
            panel->setData(data);
            self->announceIfAllFilled();
            Q_EMIT self->panelData(panel->panel(), data, self->m_variables);
        }
        finished(data.error);
    });
}

} // namespace wk::ui
