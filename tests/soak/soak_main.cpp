// The console in a flood, for half an hour or more: the real Prometheus serving 1,000 series to a dashboard
// polled every 5 s, the fake Opsgenie holding 10,000 open alerts, and an engineer acknowledging, noting and
// closing through the alert list the whole time. Measures resident memory (and its slope), how late the GUI
// event loop runs (every 10 ms, and the worst stall of each 5 s poll cycle), and checks at the service that
// every action landed. WK_SOAK_MINUTES (default 30), WK_SOAK_ACTION_SECONDS (default 15).
// Exit 1 when an action was lost, a server died, the event loop's p99 lateness passed 50 ms or memory kept
// growing. The worst stall of each poll cycle is printed beside it: a stricter figure, reported, not judged.
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "PrometheusServer.h"
#include "SoakCheck.h"
#include "SoakFleet.h"
#include "SoakUser.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "common/EventLoopLag.h"
#include "common/Logging.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

constexpr int openAlerts = 10'000;
constexpr double stallLimitMs = 50;
constexpr double memorySlopeLimitMbPerHour = 5;

int envInt(const char* name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop (sleeping in it, not spinning) until done holds or the time is up.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// Range queries Prometheus has answered so far, from its own /metrics: proof the dashboard kept polling.
double rangeQueriesServed(const QUrl& prometheus)
{
    QUrl url = prometheus;
    url.setPath(u"/metrics"_s);
    const auto answer = testfleet::detail::httpGet(url);
    double served = 0;
    for (const QByteArray& line : answer.body.split('\n')) {
        if (line.startsWith("prometheus_http_requests_total{") && line.contains("handler=\"/api/v1/query_range\""))
            served += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return served;
}

} // namespace

int main(int argc, char** argv)
{
    const int minutes = envInt("WK_SOAK_MINUTES", 30);
    const int actionSeconds = envInt("WK_SOAK_ACTION_SECONDS", 15);
    const int warmUpSeconds = std::min(120, minutes * 60 / 5);
    QTemporaryDir home;
    for (const auto& [name, sub] : {std::pair{"HOME", ""}, {"XDG_CONFIG_HOME", "/config"}, {"XDG_DATA_HOME", "/data"},
             {"XDG_CACHE_HOME", "/cache"}, {"WATCHKEEPER_DATA_DIR", "/data/watchkeeper"}})
        qputenv(name, (home.path() + QString::fromLatin1(sub)).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("WATCHKEEPER_OPSGENIE_API_KEY", "test-genie-key");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(u"watchkeeper.dev"_s);
    QCoreApplication::setApplicationName(u"watchkeeper"_s);
    if (!testfleet::PrometheusServer::available()) {
        say(u"soak: cannot run: "_s + testfleet::PrometheusServer::unavailableReason());
        return 1;
    }

    QProcess genie;
    genie.setProgram(QStringLiteral(WK_FAKE_GENIE_BIN));
    genie.setArguments({u"--alerts"_s, QString::number(openAlerts), u"--all-open"_s, u"--delay-ms"_s, u"150"_s});
    genie.setStandardErrorFile(home.filePath(u"fake-genie.log"_s));
    genie.start();
    QUrl genieUrl;
    spinUntil(
        [&] {
            while (genie.canReadLine()) {
                const QByteArray line = genie.readLine().trimmed();
                if (line.startsWith("listening "))
                    genieUrl = QUrl(QString::fromUtf8(line.mid(10)));
            }
            return genieUrl.isValid() || genie.state() == QProcess::NotRunning;
        },
        60'000);
    if (!genieUrl.isValid()) {
        say(u"soak: the fake Opsgenie did not start"_s);
        return 1;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    testfleet::PrometheusServer prometheus(testfleet::SyntheticFleet(now.addSecs(60)));
    prometheus.addHistory(
        [&](QIODevice& out) { soak::writeSoakSeries(out, now.addSecs(-90 * 60), now.addSecs((minutes + 15) * 60)); });
    if (auto started = prometheus.start(180'000); !started) {
        say(u"soak: Prometheus did not start: "_s + started.error());
        return 1;
    }
    QFile workspace(home.filePath(u"soak.yaml"_s));
    workspace.open(QIODevice::WriteOnly);
    workspace.write(soak::soakWorkspace(prometheus.url(), genieUrl));
    workspace.close();

    logging::Options logOptions;
    logOptions.levels = *logging::parseLevelSpec(u"info"_s);
    logOptions.logDirectory = home.filePath(u"logs"_s);
    logOptions.toStderr = false;
    logging::init(logOptions);

    app::Options options;
    options.workspaceFile = workspace.fileName();
    options.user = u"soak@example.com"_s;
    auto session = std::make_unique<app::ConsoleSession>(options);
    ui::MainWindow* window = nullptr;
    session->start([&](ui::MainWindow& w) {
        window = &w;
        w.resize(1600, 1000);
        w.show();
    });
    const bool listed
        = spinUntil([&] { return window != nullptr && window->alertList()->model()->rowCount() >= 100; }, 180'000);
    if (!listed) {
        say(u"soak: the console did not list the open alerts within 3 minutes (log in %1)"_s.arg(home.path()));
        return 1;
    }
    say(u"soak: %1 min, %2 series on a real Prometheus every 5 s, %3 open alerts on the fake Opsgenie, an action "
        "every %4 s; %5 alerts listed at start"_s.arg(minutes)
            .arg(soak::seriesCount)
            .arg(openAlerts)
            .arg(actionSeconds)
            .arg(window->alertList()->model()->rowCount()));

    EventLoopLag lag(10);
    // Each long stall, with when it happened and what the console logged around it, so a bad minute can be read.
    lag.setStallThresholdMs(200);
    QStringList stalls;
    QElapsedTimer sinceStart;
    sinceStart.start();
    const auto log = logging::get("app");
    QObject::connect(&lag, &EventLoopLag::stalled, &app, [&](qint64 ms) {
        stalls.append(u"%1 ms at %2 s (%3 UTC)"_s.arg(ms)
                          .arg(sinceStart.elapsed() / 1000)
                          .arg(QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss"_s)));
        log->warn("soak: the event loop stalled for {} ms", ms);
    });
    soak::SoakUser user(*window->alertList(), actionSeconds * 1000);
    std::vector<double> rss;        // every 30 s, after the warm-up
    std::vector<double> cycleWorst; // the worst lateness of each 5 s poll cycle, after the warm-up
    QElapsedTimer clock;
    clock.start();
    bool warm = false;
    const double queriesAtStart = rangeQueriesServed(prometheus.url());
    double rssAfterWarmUp = 0;
    lag.start();
    user.start();
    QTimer cycle;
    cycle.setInterval(5000);
    int cycles = 0;
    QObject::connect(&cycle, &QTimer::timeout, &app, [&] {
        ++cycles;
        const qint64 worst = lag.takeWindowMax();
        if (!warm && clock.elapsed() >= warmUpSeconds * 1000) {
            warm = true;
            lag.reset();
            rssAfterWarmUp = soak::residentMegabytes();
            return;
        }
        if (!warm)
            return;
        cycleWorst.push_back(double(worst));
        if (cycles % 6 == 0)
            rss.push_back(soak::residentMegabytes());
        if (cycles % 60 == 0)
            say(u"  %1 min: %2 MB resident, %3 actions, loop p99 %4 ms, worst %5 ms"_s.arg(clock.elapsed() / 60'000)
                    .arg(soak::residentMegabytes(), 0, 'f', 1)
                    .arg(user.actions().size())
                    .arg(lag.percentileMs(99))
                    .arg(lag.maxMs()));
    });
    cycle.start();
    spinUntil(
        [&] {
            return clock.elapsed() >= qint64(minutes) * 60'000 || !prometheus.isRunning()
                || genie.state() != QProcess::Running;
        },
        minutes * 60'000 + 1000);
    cycle.stop();
    user.stop();
    lag.stop();
    const bool serversUp = prometheus.isRunning() && genie.state() == QProcess::Running;
    const double queries = rangeQueriesServed(prometheus.url()) - queriesAtStart;

    // Every action must reach the service: give the outbox two minutes to deliver what is still in flight.
    soak::ActionCheck check;
    const QByteArray authorization = "GenieKey test-genie-key";
    spinUntil(
        [&] {
            check = soak::checkActions(user.actions(), genieUrl, authorization);
            return check.lost.isEmpty();
        },
        120'000);

    std::sort(cycleWorst.begin(), cycleWorst.end());
    const auto cycleP99 = cycleWorst.empty()
        ? 0.0
        : cycleWorst[std::min(cycleWorst.size() - 1, std::size_t(std::ceil(0.99 * double(cycleWorst.size()))) - 1)];
    const double slope = soak::slopePerHour(rss, 0.5);
    const double peak = rss.empty() ? 0 : *std::max_element(rss.begin(), rss.end());
    say(u"soak results (after a %1 s warm-up):"_s.arg(warmUpSeconds));
    say(u"  dashboard: %1 range queries answered (%2 a minute)"_s.arg(queries).arg(queries / minutes, 0, 'f', 0));
    say(u"  event loop, timer every 10 ms (%1 samples): p50 %2 ms, p99 %3 ms (limit %7 ms), p99.9 %4 ms, max %5 ms, "
        "%6 late by 50 ms or more"_s.arg(lag.samples())
            .arg(lag.percentileMs(50))
            .arg(lag.percentileMs(99))
            .arg(lag.percentileMs(99.9))
            .arg(lag.maxMs())
            .arg(lag.countAtLeast(50))
            .arg(stallLimitMs));
    say(u"  worst stall per 5 s poll cycle (%1 cycles): median %2 ms, p99 %3 ms"_s.arg(cycleWorst.size())
            .arg(cycleWorst.empty() ? 0.0 : cycleWorst[cycleWorst.size() / 2])
            .arg(cycleP99));
    say(u"  resident memory: %1 MB after warm-up, %2 MB at the end, peak %3 MB, slope %4 MB/hour (limit %5)"_s
            .arg(rssAfterWarmUp, 0, 'f', 1)
            .arg(rss.empty() ? 0.0 : rss.back(), 0, 'f', 1)
            .arg(peak, 0, 'f', 1)
            .arg(slope, 0, 'f', 2)
            .arg(memorySlopeLimitMbPerHour));
    say(u"  actions: %1 taken, %2 landed at the service, %3 lost; %4 turns found no open alert"_s
            .arg(user.actions().size())
            .arg(check.landed)
            .arg(check.lost.size())
            .arg(user.skipped()));
    for (const QString& lost : std::as_const(check.lost))
        say(u"    LOST "_s + lost);
    say(u"  stalls of 200 ms or more: %1"_s.arg(stalls.isEmpty() ? u"none"_s : stalls.join(u"; "_s)));
    const bool ok = serversUp && check.lost.isEmpty() && !user.actions().isEmpty()
        && lag.percentileMs(99) <= stallLimitMs && slope <= memorySlopeLimitMbPerHour;
    say(serversUp ? u"  servers stayed up"_s : u"  a server DIED during the soak"_s);
    say(ok ? u"soak: PASS"_s : u"soak: FAIL"_s);
    if (!ok || lag.maxMs() >= 500) {
        // The console's log (with the stalls marked), fake-genie's and the workspace, for whoever reads the failure.
        home.setAutoRemove(false);
        say(u"soak: the console's log and the servers' are kept in %1"_s.arg(home.path()));
    }

    session.reset();
    logging::shutdown();
    genie.terminate();
    genie.waitForFinished(5000);
    prometheus.stop();
    return ok ? 0 : 1;
}
