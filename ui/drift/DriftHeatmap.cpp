#include "drift/DriftHeatmap.h"

#include "common/Theme.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int rowHeight = 16;
constexpr int axisHeight = 18;

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

DriftHeatmap::DriftHeatmap(QList<workspace::Threshold> thresholds, QWidget* parent)
    : QWidget(parent)
    , m_thresholds(std::move(thresholds))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DriftHeatmap::setReport(std::shared_ptr<const polling::DriftReport> report)
{
    const qsizetype before = m_report ? m_report->heatmap.features.size() : -1;
    m_report = std::move(report);
    if ((m_report ? m_report->heatmap.features.size() : -1) != before)
        updateGeometry();
    update();
}

QSize DriftHeatmap::sizeHint() const
{
    const int rows = m_report ? int(m_report->heatmap.features.size()) : 3;
    return {400, std::max(rows, 1) * rowHeight + axisHeight + 2};
}

QSize DriftHeatmap::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

int DriftHeatmap::labelWidth() const
{
    int widest = 40;
    if (m_report) {
        for (const QString& name : m_report->heatmap.features)
            widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    }
    return std::min(widest + 8, width() / 3);
}

QRect DriftHeatmap::gridRect() const
{
    const int rows = m_report ? int(m_report->heatmap.features.size()) : 0;
    return {labelWidth(), 0, width() - labelWidth() - 2, rows * rowHeight};
}

QColor DriftHeatmap::colorFor(std::optional<double> psi) const
{
    if (!psi)
        return {};
    double warning = 0.1;
    double critical = 0.25;
    for (const workspace::Threshold& t : m_thresholds) {
        if (t.severity == workspace::ThresholdSeverity::Warning)
            warning = t.value;
        else
            critical = t.value;
    }
    const QColor calm = theme::ok.darker(170);
    if (*psi < warning)
        return mix(calm, theme::ok, *psi / warning);
    if (*psi < critical)
        return mix(theme::warning.darker(130), theme::warning, (*psi - warning) / (critical - warning));
    return mix(theme::critical, theme::critical.lighter(130), (*psi - critical) / critical);
}

QPoint DriftHeatmap::cellAt(const QPoint& position) const
{
    const QRect grid = gridRect();
    if (!m_report || !grid.contains(position) || m_report->heatmap.timesMs.empty())
        return {-1, -1};
    const int columns = int(m_report->heatmap.timesMs.size());
    const int column = std::clamp(int(double(position.x() - grid.left()) / grid.width() * columns), 0, columns - 1);
    return {int((position.y() - grid.top()) / rowHeight), column};
}

QString DriftHeatmap::cellText(int row, int column) const
{
    const polling::DriftHeatmap& map = m_report->heatmap;
    const qint64 end = map.timesMs[std::size_t(column)];
    const QLocale locale;
    const QString window
        = locale.toString(QDateTime::fromMSecsSinceEpoch(end - map.windowSeconds * 1000).toLocalTime(), u"ddd HH:mm"_s)
        + u"–"_s + locale.toString(QDateTime::fromMSecsSinceEpoch(end).toLocalTime().time(), u"HH:mm"_s);
    const auto psi = map.psi[std::size_t(row)][std::size_t(column)];
    return tr("%1 · %2 · %3")
        .arg(map.features[row], window, psi ? tr("PSI %1").arg(locale.toString(*psi, 'f', 3)) : tr("no data"));
}

bool DriftHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), cellText(cell.x(), cell.y()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DriftHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_report || m_report->heatmap.features.isEmpty() || m_report->heatmap.timesMs.empty()) {
        painter.setPen(theme::mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("No histogram data in the heatmap's range."));
        return;
    }
    const polling::DriftHeatmap& map = m_report->heatmap;
    const QRect grid = gridRect();
    const int columns = int(map.timesMs.size());
    const double cellWidth = double(grid.width()) / columns;
    for (int row = 0; row < map.features.size(); ++row) {
        const int y = grid.top() + row * rowHeight;
        painter.setPen(theme::text);
        painter.drawText(QRect(0, y, grid.left() - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(map.features[row], Qt::ElideRight, grid.left() - 6));
        for (int column = 0; column < columns; ++column) {
            const QRectF cell(grid.left() + column * cellWidth, y + 1, cellWidth - 1, rowHeight - 2);
            const QColor color = colorFor(map.psi[std::size_t(row)][std::size_t(column)]);
            if (color.isValid())
                painter.fillRect(cell, color);
            else
                painter.fillRect(cell, QBrush(theme::grid, Qt::BDiagPattern));
        }
    }
    // Time axis: a label every few columns, as many as fit.
    painter.setPen(theme::mutedText);
    const QLocale locale;
    const int labelEvery = std::max(1, int(std::ceil(60.0 / std::max(cellWidth, 1.0))));
    for (int column = 0; column < columns; column += labelEvery) {
        const QString text = locale.toString(
            QDateTime::fromMSecsSinceEpoch(map.timesMs[std::size_t(column)]).toLocalTime().time(), u"HH:mm"_s);
        const int x = grid.left() + int(column * cellWidth);
        painter.drawText(QRect(x, grid.bottom() + 2, 60, axisHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace wk::ui
