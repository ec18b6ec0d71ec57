#pragma once

#include "reports/ManagerReport.h"

#include <QColor>

class QChart;

namespace wk::ui {

// How a report chart is drawn: dark on screen, light on paper.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    qreal fontPointSize = 9.0;

    static ChartStyle screen();
    static ChartStyle paper();
};

enum class ResponseMeasure { Mtta, Mttr };

// Mean, median and p95 per week as three lines (minutes, or hours when the p95 passes three hours); a week with
// no closed alert has no point.
QChart* responseChart(const reports::ManagerReport& report, ResponseMeasure measure, const ChartStyle& style);
// Alerts per team per week as grouped bars (the eight busiest teams; the rest summed as "other teams"), with the
// volume target as a dashed line.
QChart* volumeChart(const reports::ManagerReport& report, const ChartStyle& style);
// Interruptions per team, stacked: business hours, evenings and weekends, sleep hours.
QChart* interruptionsChart(const reports::ManagerReport& report, const ChartStyle& style);

} // namespace wk::ui
