#pragma once

#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;
class QDateTimeAxis;
class QBarCategoryAxis;
class QLineSeries;
class QBarSeries;
class QAbstractAxis;

namespace wk::ui {

// The one class that talks to Qt Charts: time series and bar panels. Series arrive decimated to about two
// points per pixel and each series is replaced in one call, never point by point.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(const workspace::Panel& panel, QWidget* parent = nullptr);
    ~ChartWidget() override;

    void setData(const polling::PanelData& data);
    // Width of the plot area in pixels: how many points are worth asking for.
    int plotWidth() const;
    int seriesCount() const;
    int pointCount() const; // points currently drawn, over all data series
    // Greys the chart while its data is stale.
    void setStale(bool stale);
    bool isStale() const;
    // Whether Qt Charts had to cut any axis label short ("0.0…"): a person could not read the scale.
    bool labelsTruncated() const;
    // Pixels between the plot and the widget's bottom edge, where the time labels (and legend) go.
    int roomBelowPlot() const;

Q_SIGNALS:
    void firstPaintWithData();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr std::size_t manyLines = 8; // more lines than this are drawn with a thin pen
    void setTimeSeries(const polling::PanelData& data);
    void setBars(const polling::PanelData& data);
    void styleAxis(QAbstractAxis* axis) const;

    workspace::Panel m_panel;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_y = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QList<QLineSeries*> m_lines;
    QList<QLineSeries*> m_thresholds;
    QBarSeries* m_bars = nullptr;
    int m_points = 0;
    bool m_hasData = false;
    bool m_announcedPaint = false;
    bool m_timeLabelsLaidOut = false;
};

} // namespace wk::ui
