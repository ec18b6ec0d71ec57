// Data in, pixels out: what one chart frame costs as a series grows from 1,000 to 1,000,000 points.
// OURS is wk::ui::ChartWidget (min/max decimation to about two points per pixel column, one replace());
// BASELINE is a plain QChartView handed every point. A frame is the data update followed by a synchronous
// QWidget::render into a QImage, the same call for both. CPU is the GUI thread's CPU clock; wall is shown
// beside it. Runs offscreen, prints figures, asserts nothing and always exits 0.
#include "analytics/Downsample.h"
#include "dashboards/ChartWidget.h"
#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
int g_saved = 0;

constexpr int kWidth = 1200;
constexpr int kHeight = 400;
constexpr int kPhases = 4;                     // distinct data sets cycled through, so every frame changes the chart
constexpr int kMinFrames = 5;                  // at least this many measured frames per case...
constexpr double kMinSeconds = 1.0;            // ...and at least this long
constexpr double kCapSeconds = 20.0;           // a case stops here even with fewer than kMinFrames frames
constexpr qint64 kStartMs = 1'795'176'000'000; // 2026-11-20T12:00:00Z

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double wallMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
}

struct CaseResult
{
    int frames = 0;
    bool capped = false; // stopped by kCapSeconds before kMinFrames frames
    double cpu = 0;      // median thread CPU per frame, ms
    double wall = 0;     // median wall per frame, ms
    double process = 0;  // median process CPU per frame, ms (all threads)
    double cpuUpdate = 0;
    double cpuRender = 0;
};

// Frames until both minimums are met or the cap is hit. Events are processed between frames, outside the
// timed region, so posted work does not pile up; one untimed warm-up frame comes first.
template <typename Update> CaseResult runCase(QWidget* widget, Update update)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    update(0);
    widget->render(&image);
    QCoreApplication::processEvents();

    std::vector<double> cpu, wall, process, cpuUpdate, cpuRender, settle;
    const double start = wallMs();
    CaseResult result;
    for (int frame = 1;; ++frame) {
        const double w0 = wallMs();
        const double p0 = processCpuMs();
        const double c0 = threadCpuMs();
        update(frame);
        const double c1 = threadCpuMs();
        widget->render(&image);
        const double c2 = threadCpuMs();
        const double p2 = processCpuMs();
        const double w2 = wallMs();
        cpu.push_back(c2 - c0);
        cpuUpdate.push_back(c1 - c0);
        cpuRender.push_back(c2 - c1);
        process.push_back(p2 - p0);
        wall.push_back(w2 - w0);
        const double s0 = threadCpuMs();
        QCoreApplication::processEvents();
        settle.push_back(threadCpuMs() - s0);
        if (!qEnvironmentVariableIsEmpty("WK_SAVE") && frame == 5)
            image.save(QString::fromLocal8Bit(qgetenv("WK_SAVE")) + QString::number(++g_saved) + u".png"_s);
        const double elapsed = (wallMs() - start) / 1e3;
        if (elapsed >= kCapSeconds) {
            result.capped = frame < kMinFrames;
            break;
        }
        if (frame >= kMinFrames && elapsed >= kMinSeconds)
            break;
    }
    result.frames = int(cpu.size());
    result.cpu = median(cpu);
    result.wall = median(wall);
    result.process = median(process);
    result.cpuUpdate = median(cpuUpdate);
    result.cpuRender = median(cpuRender);
    std::printf("  settle %.2f ms\n", median(settle));
    return result;
}

// One series of n points, 1 s apart, a few sine periods plus noise; the phase differs per data set.
std::array<wk::polling::PanelData, kPhases> makeData(int n)
{
    std::array<wk::polling::PanelData, kPhases> sets;
    std::mt19937 random(42);
    std::normal_distribution<double> noise(0.0, 0.15);
    for (int k = 0; k < kPhases; ++k) {
        wk::polling::PanelSeries series;
        series.legend = u"load"_s;
        series.timestampsMs.resize(std::size_t(n));
        series.values.resize(std::size_t(n));
        const double phase = k * std::numbers::pi / 2.0;
        for (int i = 0; i < n; ++i) {
            series.timestampsMs[std::size_t(i)] = kStartMs + qint64(i) * 1000;
            series.values[std::size_t(i)]
                = 2.0 + std::sin(8.0 * 2.0 * std::numbers::pi * i / n + phase) + noise(random);
        }
        auto& data = sets[std::size_t(k)];
        data.from = QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC);
        data.to = QDateTime::fromMSecsSinceEpoch(kStartMs + qint64(n - 1) * 1000, Qt::UTC);
        data.fetchedAt = data.to;
        data.stepSeconds = 1;
        data.series.push_back(std::move(series));
    }
    return sets;
}

QList<QPointF> toPoints(const wk::polling::PanelSeries& series)
{
    QList<QPointF> points;
    points.reserve(qsizetype(series.values.size()));
    for (std::size_t i = 0; i < series.values.size(); ++i)
        points.append(QPointF(double(series.timestampsMs[i]), series.values[i]));
    return points;
}

// The plain Qt Charts way: every point into one QLineSeries, styled like ChartWidget's line.
class Baseline
{
public:
    Baseline()
    {
        m_chart = new QChart();
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->legend()->setVisible(false);
        m_series = new QLineSeries();
        QPen pen(QColor(0x4e, 0x9a, 0xf1));
        pen.setWidthF(1.6);
        m_series->setPen(pen);
        m_chart->addSeries(m_series);
        m_x = new QDateTimeAxis();
        m_x->setFormat(u"HH:mm"_s);
        m_x->setTickCount(5);
        m_y = new QValueAxis();
        m_chart->addAxis(m_x, Qt::AlignBottom);
        m_chart->addAxis(m_y, Qt::AlignLeft);
        m_series->attachAxis(m_x);
        m_series->attachAxis(m_y);
        m_view.setChart(m_chart);
        m_view.setRenderHint(QPainter::Antialiasing, true);
        m_view.resize(kWidth, kHeight);
    }

    QWidget* widget() { return &m_view; }

    void update(const QList<QPointF>& points, const wk::polling::PanelData& data)
    {
        m_series->replace(points);
        double lo = INFINITY;
        double hi = -INFINITY;
        for (const QPointF& p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        m_x->setRange(data.from, data.to);
        m_y->setRange(std::min(0.0, lo), hi + (hi - std::min(0.0, lo)) * 0.08);
    }

private:
    QChartView m_view;
    QChart* m_chart = nullptr;
    QLineSeries* m_series = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

// decimateMinMax alone, on the same input and column count ChartWidget uses: median thread CPU per call.
double decimationCpuMs(const wk::polling::PanelSeries& series, int columns)
{
    std::vector<double> times;
    const double start = wallMs();
    while (times.size() < 5 || (wallMs() - start < 300.0 && times.size() < 200)) {
        const double c0 = threadCpuMs();
        const auto points = wk::analytics::decimateMinMax(series.timestampsMs, series.values, columns);
        const double c1 = threadCpuMs();
        if (points.empty())
            std::printf("(no points)\n");
        times.push_back(c1 - c0);
    }
    return median(times);
}

struct Row
{
    int n = 0;
    CaseResult ours;
    CaseResult base;
    int oursPoints = 0;
    double decimate = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // ignores the runner's --benchmark_min_time

    wk::workspace::Panel panel;
    panel.id = u"bench"_s;
    panel.title = u"Chart frames"_s;
    panel.kind = wk::workspace::PanelKind::TimeSeries;
    panel.unit = wk::workspace::Unit::None;
    panel.targets.append(wk::workspace::Target{u"load"_s, u"load"_s});

    std::printf("chart frames: one series, widget %dx%d, antialiased, platform %s\n", kWidth, kHeight,
        qPrintable(QGuiApplication::platformName()));
    std::printf("frame = data update + QWidget::render into a QImage; median per frame over >= %d frames and >= "
                "%.0f s per case, a case stops at %.0f s\n",
        kMinFrames, kMinSeconds, kCapSeconds);
    std::printf("baseline gets its QList<QPointF> prebuilt outside the timed region (in its favour)\n\n");
    std::fflush(stdout);

    std::vector<Row> rows;
    for (const int n : {1'000, 10'000, 100'000, 1'000'000}) {
        const auto data = makeData(n);
        std::array<QList<QPointF>, kPhases> points;
        for (int k = 0; k < kPhases; ++k)
            points[std::size_t(k)] = toPoints(data[std::size_t(k)].series.front());

        Row row;
        row.n = n;
        {
            wk::ui::ChartWidget chart(panel);
            chart.resize(kWidth, kHeight);
            chart.show();
            QCoreApplication::processEvents();
            row.ours = runCase(&chart, [&](int frame) { chart.setData(data[std::size_t(frame % kPhases)]); });
            row.oursPoints = chart.pointCount();
            row.decimate = decimationCpuMs(data[0].series.front(), std::max(chart.plotWidth(), 50));
        }
        {
            Baseline baseline;
            baseline.widget()->show();
            QCoreApplication::processEvents();
            row.base = runCase(baseline.widget(), [&](int frame) {
                const auto k = std::size_t(frame % kPhases);
                baseline.update(points[k], data[k]);
            });
        }
        QCoreApplication::processEvents();
        std::printf("N=%d done: ours %.2f ms (%d frames), baseline %.2f ms (%d frames%s)\n", n, row.ours.cpu,
            row.ours.frames, row.base.cpu, row.base.frames, row.base.capped ? ", capped" : "");
        std::fflush(stdout);
        rows.push_back(row);
    }

    std::printf("\n%10s | %12s %12s | %12s %12s | %9s | %11s | %s\n", "N", "ours CPU ms", "ours wall", "base CPU ms",
        "base wall", "base/ours", "ours points", "frames ours/base");
    for (const Row& r : rows) {
        std::printf("%10d | %12.2f %12.2f | %12.2f %12.2f | %8.1fx | %11d | %d/%d%s\n", r.n, r.ours.cpu, r.ours.wall,
            r.base.cpu, r.base.wall, r.base.cpu / std::max(r.ours.cpu, 1e-9), r.oursPoints, r.ours.frames,
            r.base.frames, r.base.capped ? " (baseline capped at 20 s)" : "");
    }

    std::printf("\nwhere the CPU goes (median ms per frame; decimate = decimateMinMax alone, part of setData)\n");
    std::printf("%10s | %12s %12s %12s | %12s %12s | %s\n", "N", "ours setData", "decimate", "ours render",
        "base update", "base render", "process CPU ours/base");
    for (const Row& r : rows) {
        std::printf("%10d | %12.2f %12.2f %12.2f | %12.2f %12.2f | %.2f/%.2f\n", r.n, r.ours.cpuUpdate, r.decimate,
            r.ours.cpuRender, r.base.cpuUpdate, r.base.cpuRender, r.ours.process, r.base.process);
    }

    double lo = INFINITY;
    double hi = 0.0;
    for (const Row& r : rows) {
        lo = std::min(lo, r.ours.cpu);
        hi = std::max(hi, r.ours.cpu);
    }
    const double spread = hi / std::max(lo, 1e-9);
    std::printf("\nflat: ours max/min CPU per frame over N = %.2fx -> %s (goal < 2x)\n", spread,
        spread < 2.0 ? "flat" : "NOT flat");
    for (const Row& r : rows) {
        if (r.n == 100'000) {
            const double ratio = r.base.cpu / std::max(r.ours.cpu, 1e-9);
            std::printf("100,000 points: baseline/ours CPU per frame = %.1fx -> %s (goal >= 10x)\n", ratio,
                ratio >= 10.0 ? "meets" : "MISSES");
        }
    }
    return 0;
}
