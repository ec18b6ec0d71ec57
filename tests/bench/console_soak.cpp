// The console against a real Prometheus: a 20-panel dashboard polled every 5 s. Prints the time from start
// to all panels filled and the resident memory over the run (WK_SOAK_SECONDS, default 60; the README's
// figure comes from 600). Prints figures; exits 0 unless the console or the server could not start.
#include "PrometheusServer.h"
#include "SyntheticFleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray workspaceYaml(const QUrl& url)
{
    QByteArray y = "name: Soak (20 panels)\nrefresh: 5s\nsources:\n  - {name: soak, type: prometheus, url: '"
        + url.toString().toUtf8() + "'}\ndashboards:\n  - id: fleet\n    title: Fleet\n    panels:\n";
    const QStringList services = wk::testfleet::SyntheticFleet::services();
    int n = 0;
    auto panel = [&](const QByteArray& kind, const QByteArray& unit, const QString& expr) {
        ++n;
        y += "      - {id: p" + QByteArray::number(n) + ", title: 'Panel " + QByteArray::number(n) + "', kind: " + kind
            + ", unit: " + unit + ", expr: '" + expr.toUtf8() + "'}\n";
    };
    for (const QString& s : services) {
        const QString sel = u"service=\"%1\""_s.arg(s);
        panel("timeseries", "reqps", u"sum(rate(ml_requests_total{%1}[5m]))"_s.arg(sel));
        panel("timeseries", "percentunit",
            u"sum(rate(ml_requests_total{%1,status=\"error\"}[5m])) / sum(rate(ml_requests_total{%1}[5m]))"_s.arg(sel));
        panel("timeseries", "seconds",
            u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{%1}[5m])))"_s.arg(sel));
        panel("timeseries", "percentunit", u"ml_model_accuracy{%1}"_s.arg(sel));
        panel("timeseries", "percent", u"avg by (node) (ml_gpu_utilization_percent{%1})"_s.arg(sel));
        panel("stat", "percentunit",
            u"sum(rate(ml_requests_total{%1,status=\"ok\"}[1h])) / sum(rate(ml_requests_total{%1}[1h]))"_s.arg(sel));
    }
    panel("timeseries", "reqps", u"sum by (service) (rate(ml_requests_total[5m]))"_s);
    panel("stat", "none", u"count(ml_model_accuracy)"_s);
    return y;
}

double rssMegabytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const auto m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds
        = qEnvironmentVariableIntValue("WK_SOAK_SECONDS") > 0 ? qEnvironmentVariableIntValue("WK_SOAK_SECONDS") : 60;
    if (!wk::testfleet::PrometheusServer::available()) {
        std::printf("console soak: skipped, %s\n", qPrintable(wk::testfleet::PrometheusServer::unavailableReason()));
        return 0;
    }
    // History that runs past the end of the soak, so every panel has data for the whole run.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(seconds + 120);
    wk::testfleet::PrometheusServer server(wk::testfleet::SyntheticFleet(now.addSecs(-now.toSecsSinceEpoch() % 15)));
    if (auto started = server.start(); !started) {
        std::printf("console soak: Prometheus did not start: %s\n", qPrintable(started.error()));
        return 1;
    }
    QTemporaryDir home;
    QFile ws(home.filePath(u"soak.yaml"_s));
    ws.open(QIODevice::WriteOnly);
    ws.write(workspaceYaml(server.url()));
    ws.close();

    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    if (!env.contains(u"DISPLAY"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    console.start(QStringLiteral(WK_WATCHKEEPER_BIN), {u"--workspace"_s, ws.fileName(), u"--log-level"_s, u"info"_s});
    if (!console.waitForStarted(10'000)) {
        std::printf("console soak: the console did not start\n");
        return 1;
    }
    static const QRegularExpression filled(u"all (\\d+) panels of the first tier filled (\\d+) ms"_s);
    QString log;
    QString startup;
    while (startup.isEmpty() && clock.elapsed() < 30'000 && console.state() == QProcess::Running) {
        console.waitForReadyRead(200);
        log += QString::fromUtf8(console.readAll());
        if (const auto m = filled.match(log); m.hasMatch())
            startup = m.captured(2);
    }
    std::printf("console soak: 20-panel dashboard on a real Prometheus, refresh 5 s, %d s\n", seconds);
    std::printf(
        "  start to all panels filled: %s ms\n", startup.isEmpty() ? "not reached in 30 s" : qPrintable(startup));
    std::vector<double> samples;
    const qint64 pid = console.processId();
    const qint64 soakStart = clock.elapsed();
    while (clock.elapsed() - soakStart < qint64(seconds) * 1000 && console.state() == QProcess::Running) {
        samples.push_back(rssMegabytes(pid));
        const qint64 nextSample = qint64(samples.size()) * 10'000;
        while (clock.elapsed() - soakStart < nextSample && console.state() == QProcess::Running) {
            console.waitForReadyRead(500);
            console.readAll();
        }
    }
    samples.push_back(rssMegabytes(pid));
    const bool alive = console.state() == QProcess::Running;
    console.terminate();
    if (!console.waitForFinished(5'000))
        console.kill();
    if (samples.size() >= 2) {
        // Least-squares slope: a leak shows as steady growth, not as one step. The first two minutes are
        // warm-up (font, chart and TLS caches) and are left out of the trend when the run is long enough.
        auto trend = [&](std::size_t from) {
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            const double n = double(samples.size() - from);
            for (std::size_t i = from; i < samples.size(); ++i) {
                const double x = double(i) * 10.0 / 60.0;
                sx += x;
                sy += samples[i];
                sxx += x * x;
                sxy += x * samples[i];
            }
            return (n * sxy - sx * sy) / std::max(1e-9, n * sxx - sx * sx);
        };
        const std::size_t warmUp = samples.size() > 24 ? 12 : 0;
        std::printf("  resident memory: %.1f MB after fill, %.1f MB at the end, peak %.1f MB, trend %+.2f MB/min%s\n",
            samples.front(), samples.back(), *std::max_element(samples.begin(), samples.end()), trend(warmUp),
            warmUp > 0 ? " after the first 2 minutes" : " (run too short to leave out warm-up)");
    }
    std::printf("  console %s for the whole run\n", alive ? "stayed up" : "DID NOT stay up");
    return alive ? 0 : 1;
}
