#include "dashboards/StatWidget.h"

#include "common/Theme.h"
#include "workspace/Units.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::ui {

StatWidget::StatWidget(const workspace::Panel& panel, QWidget* parent)
    : QWidget(parent)
    , m_panel(panel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addStretch(1);
    m_value = new QLabel(tr("…"), this);
    m_value->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_value->setFont(big);
    layout->addWidget(m_value);
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    if (panel.kind == workspace::PanelKind::Gauge) {
        m_gauge = new QProgressBar(this);
        m_gauge->setTextVisible(false);
        m_gauge->setRange(0, 1000);
        m_gauge->setFixedHeight(8);
        layout->addWidget(m_gauge);
    }
    layout->addStretch(1);

    QStringList lines;
    for (const auto& t : panel.thresholds) {
        const QString side = t.above ? u"> "_s : u"< "_s;
        const QString level = t.severity == workspace::ThresholdSeverity::Critical ? tr("critical") : tr("warning");
        lines.append(level + u' ' + side + workspace::formatValue(t.value, panel.unit));
    }
    m_caption->setText(lines.join(u" · "_s));
}

int StatWidget::severityOf(const workspace::Panel& panel, double value)
{
    if (std::isnan(value))
        return 0;
    int worst = 0;
    for (const auto& t : panel.thresholds) {
        const bool broken = t.above ? value > t.value : value < t.value;
        if (broken)
            worst = std::max(worst, t.severity == workspace::ThresholdSeverity::Critical ? 2 : 1);
    }
    return worst;
}

void StatWidget::setData(const polling::PanelData& data)
{
    double value = NAN;
    for (const auto& s : data.series) {
        if (!s.values.empty()) {
            value = s.values.back();
            break;
        }
    }
    m_value->setText(workspace::formatValue(value, m_panel.unit));
    const int severity = severityOf(m_panel, value);
    const QColor color = std::isnan(value) ? theme::mutedText
        : severity == 2                    ? theme::critical
        : severity == 1                    ? theme::warning
                                           : theme::ok;
    m_value->setStyleSheet(u"color: %1;"_s.arg(color.name()));
    if (m_gauge) {
        const double lo = m_panel.min.value_or(0.0);
        const double hi = m_panel.max.value_or(m_panel.unit == workspace::Unit::Percent ? 100.0 : 1.0);
        const double f = hi > lo && std::isfinite(value) ? std::clamp((value - lo) / (hi - lo), 0.0, 1.0) : 0.0;
        m_gauge->setValue(int(f * 1000));
    }
}

QString StatWidget::valueText() const
{
    return m_value->text();
}

} // namespace wk::ui
