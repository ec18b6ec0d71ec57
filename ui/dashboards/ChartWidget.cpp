#include "dashboards/ChartWidget.h"

#include "analytics/Downsample.h"
#include "common/Theme.h"
#include "workspace/Units.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

QString bucketLabel(double lower, double upper)
{
    auto n = [](double v) { return QString::number(v, 'g', 4); };
    if (std::isinf(upper))
        return u"> "_s + n(lower);
    if (std::isinf(lower) || lower == upper)
        return u"≤ "_s + n(upper);
    return n(lower) + u"–"_s + n(upper);
}

// Enough decimals to tell neighbouring ticks apart, and no more.
QString labelFormatFor(const QValueAxis* axis)
{
    const double interval = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    int decimals = 0;
    while (decimals < 4 && interval > 0) {
        const double scaled = interval * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return u"%."_s + QString::number(decimals) + u"f"_s;
}

} // namespace

ChartWidget::ChartWidget(const workspace::Panel& panel, QWidget* parent)
    : QWidget(parent)
    , m_panel(panel)
{
    m_chart = new QChart();
    m_chart->setBackgroundBrush(theme::panel);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setLabelColor(theme::mutedText);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(theme::panel);
    m_view->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_y = new QValueAxis(this);
    styleAxis(m_y);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    if (m_panel.kind == workspace::PanelKind::TimeSeries) {
        m_time = new QDateTimeAxis(this);
        m_time->setFormat(u"HH:mm"_s);
        m_time->setTickCount(5);
        styleAxis(m_time);
        m_chart->addAxis(m_time, Qt::AlignBottom);
    } else {
        m_categories = new QBarCategoryAxis(this);
        styleAxis(m_categories);
        m_chart->addAxis(m_categories, Qt::AlignBottom);
        m_bars = new QBarSeries(this);
        m_bars->setBarWidth(0.8);
        m_chart->addSeries(m_bars);
        m_bars->attachAxis(m_categories);
        m_bars->attachAxis(m_y);
    }
    m_chart->legend()->setVisible(false);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::styleAxis(QAbstractAxis* axis) const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    axis->setLabelsFont(f);
    axis->setLabelsColor(theme::mutedText);
    axis->setGridLineColor(theme::grid);
    axis->setLinePenColor(theme::panelBorder);
    axis->setTitleBrush(theme::mutedText);
    axis->setTitleFont(f);
    // Qt Charts keeps an axis' label column from its first layout and elides later, wider labels to "…".
    axis->setTruncateLabels(false);
}

int ChartWidget::plotWidth() const
{
    const int w = int(m_chart->plotArea().width());
    return w > 10 ? w : std::max(100, width() - 60);
}

int ChartWidget::seriesCount() const
{
    return m_panel.kind == workspace::PanelKind::TimeSeries ? int(m_lines.size()) : int(m_bars->count());
}

int ChartWidget::pointCount() const
{
    return m_points;
}

void ChartWidget::setData(const polling::PanelData& data)
{
    if (m_panel.kind == workspace::PanelKind::TimeSeries)
        setTimeSeries(data);
    else
        setBars(data);
    m_hasData = m_points > 0;
}

void ChartWidget::setTimeSeries(const polling::PanelData& data)
{
    const int columns = std::max(plotWidth(), 50);
    // Decimate first: min/max per column keeps every extreme, so the y range comes from the few points kept
    // instead of another pass over every sample.
    std::vector<std::vector<analytics::Point>> decimated;
    decimated.reserve(data.series.size());
    double maxAbs = 0.0;
    double lo = INFINITY;
    double hi = -INFINITY;
    for (const auto& s : data.series) {
        decimated.push_back(analytics::decimateMinMax(s.timestampsMs, s.values, columns));
        for (const auto& p : decimated.back()) {
            if (std::isfinite(p.y)) {
                lo = std::min(lo, p.y);
                hi = std::max(hi, p.y);
                maxAbs = std::max(maxAbs, std::abs(p.y));
            }
        }
    }
    for (const auto& t : m_panel.thresholds)
        maxAbs = std::max(maxAbs, std::abs(t.value));
    const workspace::AxisScale scale = workspace::axisScale(m_panel.unit, maxAbs);

    // Reuse series objects across polls: a new QLineSeries per poll would re-layout the legend every time.
    while (m_lines.size() > qsizetype(data.series.size())) {
        QLineSeries* line = m_lines.takeLast();
        m_chart->removeSeries(line);
        delete line;
    }
    m_points = 0;
    // Past a handful of lines a thin pen reads better, and it is drawn on the raster engine's fast path: a wider
    // one goes through the general stroker, which made fifty lines a chart cost a visible pause every refresh.
    const qreal penWidth = data.series.size() > manyLines ? 1.0 : 1.6;
    std::vector<QList<QPointF>> filled;
    filled.reserve(data.series.size());
    for (std::size_t i = 0; i < data.series.size(); ++i) {
        const auto& s = data.series[i];
        if (qsizetype(i) >= m_lines.size()) {
            auto* line = new QLineSeries(this);
            m_chart->addSeries(line);
            line->attachAxis(m_time);
            line->attachAxis(m_y);
            m_lines.append(line);
        }
        QLineSeries* line = m_lines[qsizetype(i)];
        if (line->pen().widthF() != penWidth) {
            QPen pen(theme::seriesColor(int(i)));
            pen.setWidthF(penWidth);
            line->setPen(pen);
        }
        line->setName(s.legend);
        const auto& points = decimated[i];
        QList<QPointF> qpoints;
        qpoints.reserve(qsizetype(points.size()));
        for (const auto& p : points)
            qpoints.append(QPointF(p.x, p.y * scale.factor));
        // Qt Charts lays out (and strokes, for its hit shape) every point of every series again on each axis
        // change: empty the series now, move the axes, and fill them last, so each is laid out once per poll.
        if (line->count() > 0)
            line->clear();
        // One or two samples make no visible line (a fresh series, a sparse rate): show them as dots.
        line->setPointsVisible(qpoints.size() < 3);
        m_points += int(qpoints.size());
        filled.push_back(std::move(qpoints));
    }

    // Threshold lines span the window; they are drawn, not listed in the legend.
    for (QLineSeries* t : std::as_const(m_thresholds)) {
        m_chart->removeSeries(t);
        delete t;
    }
    m_thresholds.clear();
    const double x0 = double(data.from.toMSecsSinceEpoch());
    const double x1 = double(data.to.toMSecsSinceEpoch());
    for (const auto& t : m_panel.thresholds) {
        auto* line = new QLineSeries(this);
        QPen pen(theme::thresholdColor(t.severity));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        line->setPen(pen);
        line->setName(t.label);
        line->replace({QPointF(x0, t.value * scale.factor), QPointF(x1, t.value * scale.factor)});
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_y);
        m_thresholds.append(line);
        for (QLegendMarker* marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
    }

    if (data.from.isValid() && data.to.isValid()) {
        m_time->setRange(data.from.toLocalTime(), data.to.toLocalTime());
        if (!m_timeLabelsLaidOut) {
            // Qt Charts 6.4 lays out a date axis first created without a range with no room for its labels;
            // showing the labels again makes it measure them.
            m_time->setLabelsVisible(false);
            m_time->setLabelsVisible(true);
            m_timeLabelsLaidOut = true;
        }
    }
    double yMin = m_panel.min ? *m_panel.min : std::min(0.0, std::isfinite(lo) ? lo : 0.0);
    double yMax = m_panel.max ? *m_panel.max : std::isfinite(hi) ? hi : 1.0;
    for (const auto& t : m_panel.thresholds) {
        if (!m_panel.max)
            yMax = std::max(yMax, t.value);
        if (!m_panel.min)
            yMin = std::min(yMin, t.value);
    }
    if (!m_panel.max) {
        // Zoom into the data when it sits far above zero (accuracy around 0.9, say), else start at zero.
        const double span = yMax - yMin;
        if (m_panel.min == std::nullopt && std::isfinite(lo) && lo > 0 && span > 0 && lo - yMin > span * 0.6)
            yMin = std::max(0.0, lo - (yMax - lo) * 0.5);
        yMax += (yMax - yMin) * 0.08;
    }
    if (yMax <= yMin)
        yMax = yMin + 1.0;
    m_y->setRange(yMin * scale.factor, yMax * scale.factor);
    m_y->applyNiceNumbers();
    m_y->setLabelFormat(labelFormatFor(m_y));
    m_y->setTitleText(scale.suffix.trimmed());
    for (std::size_t i = 0; i < filled.size(); ++i)
        m_lines[qsizetype(i)]->replace(filled[i]);
    m_chart->legend()->setVisible(data.series.size() > 1);
}

void ChartWidget::setBars(const polling::PanelData& data)
{
    // One bar set per target; categories are bucket ranges (buckets: true) or the series legends.
    std::map<int, std::vector<const polling::PanelSeries*>> byTarget;
    for (const auto& s : data.series)
        byTarget[s.target].push_back(&s);
    m_bars->clear();
    QStringList categories;
    double maxValue = 0.0;
    m_points = 0;
    const bool buckets = m_panel.buckets;
    const workspace::AxisScale scale
        = buckets ? workspace::AxisScale{100.0, u" %"_s} : workspace::axisScale(m_panel.unit, 0);
    for (const auto& [target, series] : byTarget) {
        QList<qreal> values;
        QStringList labels;
        if (buckets) {
            std::vector<std::pair<double, double>> cumulative;
            for (const auto* s : series) {
                bool ok = false;
                const QString le = s->labels.value(u"le"_s);
                const double bound = le == u"+Inf" ? INFINITY : le.toDouble(&ok);
                if ((ok || std::isinf(bound)) && !s->values.empty() && std::isfinite(s->values.back()))
                    cumulative.emplace_back(bound, s->values.back());
            }
            std::sort(cumulative.begin(), cumulative.end());
            const double total = cumulative.empty() ? 0.0 : cumulative.back().second;
            double previousCount = 0.0;
            double previousBound = -INFINITY;
            for (const auto& [bound, count] : cumulative) {
                const double share = total > 0 ? std::max(0.0, count - previousCount) / total : 0.0;
                if (!(std::isinf(bound) && share <= 0.0)) {
                    labels.append(bucketLabel(previousBound, bound));
                    values.append(share * scale.factor);
                }
                previousCount = count;
                previousBound = bound;
            }
        } else {
            for (const auto* s : series) {
                labels.append(s->legend);
                values.append(s->values.empty() ? 0.0 : s->values.back() * scale.factor);
            }
        }
        if (labels.size() > categories.size())
            categories = labels;
        auto* set = new QBarSet(series.empty() ? QString() : series.front()->legend);
        set->setColor(theme::seriesColor(target));
        set->setBorderColor(theme::seriesColor(target));
        set->append(values);
        for (qreal v : values)
            maxValue = std::max(maxValue, double(v));
        m_bars->append(set);
        m_points += int(values.size());
    }
    m_categories->setCategories(categories);
    m_y->setRange(0.0, maxValue > 0 ? maxValue * 1.15 : 1.0);
    m_y->applyNiceNumbers();
    m_y->setLabelFormat(labelFormatFor(m_y));
    m_y->setTitleText(scale.suffix.trimmed());
    m_chart->legend()->setVisible(byTarget.size() > 1);
}

void ChartWidget::setStale(bool stale)
{
    // QChart is a graphics item: its own opacity greys everything it draws, which a widget effect on the
    // view's viewport would not.
    m_chart->setOpacity(stale ? 0.35 : 1.0);
}

int ChartWidget::roomBelowPlot() const
{
    return int(m_view->height() - m_chart->plotArea().bottom());
}

bool ChartWidget::labelsTruncated() const
{
    return m_y->labelsTruncated() || (m_time && m_time->labelsTruncated());
}

bool ChartWidget::isStale() const
{
    return m_chart->opacity() < 1.0;
}

bool ChartWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_hasData && !m_announcedPaint) {
        m_announcedPaint = true;
        // After this paint returns, the first chart with data is on screen.
        QMetaObject::invokeMethod(this, &ChartWidget::firstPaintWithData, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wk::ui
