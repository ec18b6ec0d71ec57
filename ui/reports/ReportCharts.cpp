#include "reports/ReportCharts.h"

#include "common/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

class ReportChartText
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartText)
};

constexpr int maxTeamsDrawn = 8;

QChart* newChart(const QString& title, const ChartStyle& style)
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont;
    titleFont.setPointSizeF(style.fontPointSize * 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(style.text);
    chart->setTitle(title);
    QFont legendFont;
    legendFont.setPointSizeF(style.fontPointSize);
    chart->legend()->setFont(legendFont);
    chart->legend()->setLabelColor(style.mutedText);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const ChartStyle& style)
{
    QFont font;
    font.setPointSizeF(style.fontPointSize * 0.9);
    axis->setLabelsFont(font);
    axis->setLabelsColor(style.mutedText);
    axis->setTitleFont(font);
    axis->setTitleBrush(style.mutedText);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
}

// "W47" while the period stays in one year; "2026-W52" when it crosses one.
QStringList weekLabels(const reports::ManagerReport& report)
{
    QStringList labels;
    for (const auto& w : report.weeks)
        labels.append(w.week);
    const bool oneYear = !labels.isEmpty() && std::all_of(labels.cbegin(), labels.cend(), [&](const QString& l) {
        return l.left(4) == labels.front().left(4);
    });
    if (oneYear) {
        for (QString& label : labels)
            label = label.mid(5);
    }
    return labels;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories, const ChartStyle& style)
{
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    styleAxis(axis, style);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* valueAxis(QChart* chart, double max, const QString& title, const ChartStyle& style)
{
    auto* axis = new QValueAxis(chart);
    axis->setRange(0.0, max > 0.0 ? max * 1.15 : 1.0);
    axis->setTitleText(title);
    axis->setLabelFormat(max >= 10.0 ? u"%.0f"_s : u"%.1f"_s);
    axis->applyNiceNumbers();
    styleAxis(axis, style);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

} // namespace

ChartStyle ChartStyle::screen()
{
    return {theme::panel, theme::text, theme::mutedText, theme::grid, 9.0};
}

ChartStyle ChartStyle::paper()
{
    return {Qt::white, QColor(0x1b, 0x20, 0x2a), QColor(0x4a, 0x52, 0x60), QColor(0xd8, 0xdc, 0xe3),
        15.0}; // halved on the page
}

QChart* responseChart(const reports::ManagerReport& report, ResponseMeasure measure, const ChartStyle& style)
{
    const bool ack = measure == ResponseMeasure::Mtta;
    QChart* chart = newChart(ack ? ReportChartText::tr("MTTA per week") : ReportChartText::tr("MTTR per week"), style);
    double maxSeconds = 0.0;
    for (const auto& w : report.weeks) {
        const auto& d = ack ? w.mtta : w.mttr;
        if (d)
            maxSeconds = std::max(maxSeconds, d->p95);
    }
    const bool hours = maxSeconds > 3.0 * 3600.0;
    const double unit = hours ? 3600.0 : 60.0;
    const QStringList categories = weekLabels(report);
    QBarCategoryAxis* x = categoryAxis(chart, categories, style);
    QValueAxis* y = valueAxis(
        chart, maxSeconds / unit, hours ? ReportChartText::tr("hours") : ReportChartText::tr("minutes"), style);

    const std::array<std::pair<QString, double analytics::incidents::Distribution::*>, 3> lines{{
        {ReportChartText::tr("mean"), &analytics::incidents::Distribution::mean},
        {ReportChartText::tr("median"), &analytics::incidents::Distribution::p50},
        {ReportChartText::tr("p95"), &analytics::incidents::Distribution::p95},
    }};
    for (int i = 0; i < int(lines.size()); ++i) {
        auto* series = new QLineSeries(chart);
        series->setName(lines[i].first);
        for (qsizetype k = 0; k < report.weeks.size(); ++k) {
            const auto& d = ack ? report.weeks[k].mtta : report.weeks[k].mttr;
            if (d)
                series->append(double(k), (*d).*(lines[i].second) / unit);
        }
        QPen pen(theme::seriesColor(i));
        pen.setWidthF(2.0);
        if (i == 2)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart* volumeChart(const reports::ManagerReport& report, const ChartStyle& style)
{
    QChart* chart = newChart(ReportChartText::tr("Alerts per team per week"), style);
    const QStringList categories = weekLabels(report);
    // The busiest teams by their whole-period count; a chart of forty bars per week reads as noise.
    QList<std::pair<qsizetype, QString>> teams;
    for (auto it = report.figures.volumeByTeamWeek.cbegin(); it != report.figures.volumeByTeamWeek.cend(); ++it) {
        qsizetype total = 0;
        for (qsizetype n : it.value())
            total += n;
        teams.append({total, it.key()});
    }
    std::sort(teams.begin(), teams.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    auto* bars = new QBarSeries(chart);
    double max = report.targets.alertsPerTeamWeek;
    QList<qsizetype> others(report.weeks.size(), 0);
    for (qsizetype t = 0; t < teams.size(); ++t) {
        if (t >= maxTeamsDrawn) {
            for (qsizetype k = 0; k < report.weeks.size(); ++k)
                others[k] += report.teamWeekVolume(teams[t].second, report.weeks[k].week);
            continue;
        }
        auto* set = new QBarSet(teams[t].second, bars);
        set->setColor(theme::seriesColor(int(t)));
        set->setBorderColor(style.background);
        for (qsizetype k = 0; k < report.weeks.size(); ++k) {
            const qsizetype n = report.teamWeekVolume(teams[t].second, report.weeks[k].week);
            set->append(double(n));
            max = std::max(max, double(n));
        }
        bars->append(set);
    }
    if (teams.size() > maxTeamsDrawn) {
        auto* set = new QBarSet(ReportChartText::tr("other teams"), bars);
        set->setColor(style.mutedText);
        for (qsizetype n : others) {
            set->append(double(n));
            max = std::max(max, double(n));
        }
        bars->append(set);
    }
    QBarCategoryAxis* x = categoryAxis(chart, categories, style);
    QValueAxis* y = valueAxis(chart, max, ReportChartText::tr("alerts"), style);
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);

    auto* target = new QLineSeries(chart);
    target->setName(ReportChartText::tr("target: under %1").arg(report.targets.alertsPerTeamWeek));
    target->append(-0.5, report.targets.alertsPerTeamWeek);
    target->append(double(std::max<qsizetype>(1, categories.size())) - 0.5, report.targets.alertsPerTeamWeek);
    QPen pen(theme::critical);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
    return chart;
}

QChart* interruptionsChart(const reports::ManagerReport& report, const ChartStyle& style)
{
    QChart* chart
        = newChart(ReportChartText::tr("Interruptions (%1)").arg(QString::fromUtf8(report.period.zone.id())), style);
    auto* stacked = new QStackedBarSeries(chart);
    auto* business = new QBarSet(ReportChartText::tr("business hours"), stacked);
    auto* evenings = new QBarSet(ReportChartText::tr("evenings and weekends"), stacked);
    auto* sleep = new QBarSet(ReportChartText::tr("sleep hours"), stacked);
    business->setColor(theme::ok);
    evenings->setColor(theme::warning);
    sleep->setColor(theme::critical);
    QStringList categories;
    double max = 0.0;
    for (auto it = report.interruptionsByTeam.cbegin(); it != report.interruptionsByTeam.cend(); ++it) {
        categories.append(it.key());
        business->append(double(it->businessHours));
        evenings->append(double(it->eveningsAndWeekends));
        sleep->append(double(it->sleepHours));
        max = std::max(max, double(it->total()));
    }
    for (QBarSet* set : {business, evenings, sleep}) {
        set->setBorderColor(style.background);
        stacked->append(set);
    }
    QBarCategoryAxis* x = categoryAxis(chart, categories, style);
    QValueAxis* y = valueAxis(chart, max, ReportChartText::tr("alerts"), style);
    chart->addSeries(stacked);
    stacked->attachAxis(x);
    stacked->attachAxis(y);
    return chart;
}

} // namespace wk::ui
