#include "alerts/RuleChartWidget.h"

#include "common/Theme.h"
#include "dashboards/ChartWidget.h"
#include "polling/PanelFetcher.h"
#include "prometheus/RuleCondition.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {
constexpr int windowMinutes = 60;
}

RuleChartWidget::RuleChartWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    workspace::Panel panel;
    panel.kind = workspace::PanelKind::TimeSeries;
    m_chart = new ChartWidget(panel, this);
    m_chart->setMinimumHeight(150);
    layout->addWidget(m_chart, 1);
    hide();
}

void RuleChartWidget::clear()
{
    m_alertId.clear();
    m_expr.clear();
    ++m_request;
    hide();
}

void RuleChartWidget::showFor(const alerts::Alert& alert, const QDateTime& now)
{
    if (alert.id == m_alertId)
        return;
    const auto condition = prometheus::splitRuleCondition(alert.details.value(u"rule_expr"_s));
    if (!m_backend || !condition || !alert.createdAt.isValid()) {
        clear();
        return;
    }
    m_alertId = alert.id;
    m_expr = condition->expr;
    // The hour around the moment the alert fired, up to now.
    QDateTime to = std::min(now, alert.createdAt.addSecs(windowMinutes * 30));
    QDateTime from = to.addSecs(-windowMinutes * 60);
    workspace::Panel panel;
    panel.id = u"rule"_s;
    panel.kind = workspace::PanelKind::TimeSeries;
    panel.rangeMinutes = windowMinutes;
    panel.targets = {{condition->expr, {}}};
    panel.thresholds = {{condition->threshold, workspace::ThresholdSeverity::Critical, condition->above(),
        condition->op + u' ' + QString::number(condition->threshold)}};
    delete m_chart;
    m_chart = new ChartWidget(panel, this);
    m_chart->setMinimumHeight(150);
    layout()->addWidget(m_chart);
    m_title->setText(tr("Rule expression around %1, line at %2 %3")
                         .arg(alert.createdAt.toLocalTime().toString(u"HH:mm"_s), condition->op,
                             QString::number(condition->threshold)));
    m_title->setToolTip(condition->expr.toHtmlEscaped());
    show();

    const quint64 request = ++m_request;
    const qint64 step = polling::rangeStepSeconds(windowMinutes, std::max(200, m_chart->plotWidth()));
    metrics::RangeQuery query{condition->expr, from, to, step};
    m_backend->rangeQuery(query, this, [this, request, from, to, step](Result<metrics::QueryResult> result) {
        if (request != m_request)
            return;
        polling::PanelData data;
        data.from = from;
        data.to = to;
        data.stepSeconds = step;
        data.fetchedAt = to;
        if (!result) {
            m_title->setText(m_title->text() + u" — "_s + describe(result.error()));
            return;
        }
        if (const auto* matrix = std::get_if<metrics::Matrix>(&result->data)) {
            for (const auto& s : *matrix)
                data.series.push_back({0, polling::expandLegend({}, s.labels), s.labels, s.timestampsMs, s.values});
        }
        m_chart->setData(data);
    });
}

} // namespace wk::ui
