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
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

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
    bool capped = false;  // stopped by kCapSeconds before kMinFrames frames
    double cpu = 0;       // median thread CPU per frame, ms
    double wall = 0;      // median wall per frame, ms
    double process = 0;   // median process CPU per frame, ms (all threads)
    double cpuUpdate = 0; // data in, layout included
    double cpuRender = 0; // pixels out
};

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Frames until both minimums are met or the cap is hit; one untimed warm-up frame comes first. The update
// phase includes the layout requests it posts (Qt Charts lays axes out there), as a real frame would. The
// rest of the event queue is drained between frames, outside the timed region: for a shown window that is
// the real repaint, which costs about what the timed render does.
template <typename Update> CaseResult runCase(QWidget* widget, Update update)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    update(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->render(&image);
    QCoreApplication::processEvents();

    std::vector<double> cpu, wall, process, cpuUpdate, cpuRender;
    const double start = wallMs();
    CaseResult result;
    for (int frame = 1;; ++frame) {
        const double w0 = wallMs();
        const double p0 = processCpuMs();
        const double c0 = threadCpuMs();
        update(frame);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
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
        QCoreApplication::processEvents();
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

// The two passes ChartWidget::setTimeSeries makes over all N points, timed alone in the order it runs them
// and cycling through the data sets as the frames do (so the input is as cold as in a frame): the y-range
// scan over every value (a copy of its lo/hi/maxAbs loop, kept in step by hand), then decimateMinMax with
// the chart's column count. Median thread CPU per call of each.
struct Passes
{
    double scan = 0;
    double decimate = 0;
};

Passes fullResolutionPassesCpuMs(const std::array<wk::polling::PanelData, kPhases>& data, int columns)
{
    std::vector<double> scans, decimations;
    volatile double sink = 0.0;
    const double start = wallMs();
    for (int i = 0; scans.size() < 8 || (wallMs() - start < 300.0 && scans.size() < 200); ++i) {
        const auto& series = data[std::size_t(i % kPhases)].series.front();
        const double c0 = threadCpuMs();
        double maxAbs = 0.0;
        double lo = INFINITY;
        double hi = -INFINITY;
        for (double v : series.values) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                maxAbs = std::max(maxAbs, std::abs(v));
            }
        }
        sink = lo + hi + maxAbs;
        const double c1 = threadCpuMs();
        const auto points = wk::analytics::decimateMinMax(series.timestampsMs, series.values, columns);
        const double c2 = threadCpuMs();
        sink = sink + double(points.size());
        scans.push_back(c1 - c0);
        decimations.push_back(c2 - c1);
    }
    (void)sink;
    return {median(scans), median(decimations)};
}

// ChartWidget::setData alone (with its layout requests) on input already decimated to the same points: what
// would stay on the GUI thread if decimation and the full-resolution value scan ran elsewhere.
double predecimatedSetDataCpuMs(wk::ui::ChartWidget& chart, const std::array<wk::polling::PanelData, kPhases>& data)
{
    const int columns = std::max(chart.plotWidth(), 50);
    std::array<wk::polling::PanelData, kPhases> small;
    for (int k = 0; k < kPhases; ++k) {
        const auto& full = data[std::size_t(k)];
        auto& out = small[std::size_t(k)];
        out.from = full.from;
        out.to = full.to;
        out.stepSeconds = full.stepSeconds;
        wk::polling::PanelSeries series;
        series.legend = full.series.front().legend;
        for (const auto& p :
            wk::analytics::decimateMinMax(full.series.front().timestampsMs, full.series.front().values, columns)) {
            series.timestampsMs.push_back(qint64(p.x));
            series.values.push_back(p.y);
        }
        out.series.push_back(std::move(series));
    }
    std::vector<double> times;
    const double start = wallMs();
    for (int i = 0; times.size() < 20 || (wallMs() - start < 300.0 && times.size() < 200); ++i) {
        const double c0 = threadCpuMs();
        chart.setData(small[std::size_t(i % kPhases)]);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        times.push_back(threadCpuMs() - c0);
        QCoreApplication::processEvents();
    }
    return median(times);
}

// The offscreen platform warns once per shown top-level that it cannot propagate size hints: noise here.
QtMessageHandler g_defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    g_defaultHandler(type, context, message);
}

struct Row
{
    int n = 0;
    CaseResult ours;
    CaseResult base;
    int oursPoints = 0;
    double decimate = 0;
    double predecimated = 0;
    double scan = 0;
    long rssOurs = 0; // peak RSS after the case, MB
    long rssBase = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietHandler);
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
            const Passes passes = fullResolutionPassesCpuMs(data, std::max(chart.plotWidth(), 50));
            row.scan = passes.scan;
            row.decimate = passes.decimate;
            row.predecimated = predecimatedSetDataCpuMs(chart, data);
            row.rssOurs = peakRssMb();
        }
        {
            Baseline baseline;
            baseline.widget()->show();
            QCoreApplication::processEvents();
            row.base = runCase(baseline.widget(), [&](int frame) {
                const auto k = std::size_t(frame % kPhases);
                baseline.update(points[k], data[k]);
            });
            row.rssBase = peakRssMb();
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

    std::printf("\nwhere the CPU goes (median ms per frame; update = setData or replace+ranges, with layout)\n");
    std::printf(
        "  ours update splits into qt charts (setData on input already decimated to the same points: replace,\n"
        "  shape stroke, axes, layout) and per-N work (update - qt charts: the passes over all N points). Those\n"
        "  passes, timed alone: scan (setTimeSeries' y-range loop over every value) and decimate (decimateMinMax).\n"
        "  Both are memory-bound at 1,000,000 points and vary with what else the machine is doing.\n");
    std::printf("%10s | %8s %11s %9s %8s %9s %8s | %8s %8s | %s | %s\n", "N", "update", "qt charts", "per-N", "scan",
        "decimate", "render", "update", "render", "process CPU ours/base", "peak RSS MB ours/base (incl. inputs)");
    for (const Row& r : rows) {
        std::printf("%10d | %8.2f %11.2f %9.2f %8.2f %9.2f %8.2f | %8.2f %8.2f | %11.2f/%.2f | %ld/%ld\n", r.n,
            r.ours.cpuUpdate, r.predecimated, r.ours.cpuUpdate - r.predecimated, r.scan, r.decimate, r.ours.cpuRender,
            r.base.cpuUpdate, r.base.cpuRender, r.ours.process, r.base.process, r.rssOurs, r.rssBase);
    }

    // Flatness: over every N, and over N >= 10,000 where ours draws the same ~2 points per column (at 1,000
    // the series fits undecimated, so fewer points are drawn and the frame is cheaper for that reason alone).
    auto spread = [&](int minN, auto cost) {
        double lo = INFINITY;
        double hi = 0.0;
        for (const Row& r : rows) {
            if (r.n >= minN) {
                lo = std::min(lo, cost(r));
                hi = std::max(hi, cost(r));
            }
        }
        return hi / std::max(lo, 1e-9);
    };
    auto measured = [](const Row& r) { return r.ours.cpu; };
    auto projected = [](const Row& r) { return r.predecimated + r.ours.cpuRender; };
    const double all = spread(0, measured);
    const double decimated = spread(10'000, measured);
    std::printf("\nflat (goal: ours max/min CPU per frame < 2x): over all N %.2fx -> %s; over N >= 10,000 (same "
                "points drawn) %.2fx -> %s\n",
        all, all < 2.0 ? "flat" : "NOT flat", decimated, decimated < 2.0 ? "flat" : "NOT flat");
    std::printf("  projection with decimation and the value scan off the GUI thread (qt charts + render): over all N "
                "%.2fx, over N >= 10,000 %.2fx\n",
        spread(0, projected), spread(10'000, projected));
    for (const Row& r : rows) {
        if (r.n == 100'000) {
            const double ratio = r.base.cpu / std::max(r.ours.cpu, 1e-9);
            std::printf("100,000 points: baseline/ours CPU per frame = %.1fx -> %s (goal >= 10x)\n", ratio,
                ratio >= 10.0 ? "meets" : "MISSES");
        }
        if (r.n == 1'000'000) {
            const double share = r.ours.cpu * 30.0 / 10.0; // ms per frame * 30 frames / 1000 ms, in percent
            std::printf("1,000,000 points at 30 fps: ours would use %.0f%% of one core (goal G1.1 <= 25%%)\n", share);
        }
    }
    double extra = 0.0;
    for (const Row& r : rows)
        extra = std::max({extra, r.ours.process - r.ours.cpu, r.base.process - r.base.cpu});
    std::printf(
        "other threads (Qt's thread pool) add at most %.2f ms of CPU per frame, not in the CPU columns\n", extra);
    return 0;
}
