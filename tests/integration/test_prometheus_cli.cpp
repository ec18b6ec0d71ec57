// `watchkeeper query` and `watchkeeper preflight` as a user runs them: the built binary in a child process
// against a real Prometheus on 127.0.0.1 serving SyntheticFleet's history. Exit codes: 0 ok, 1 failed, 2 usage.
#include "../support/SkipWhenMissing.h"
#include "CliRun.h"
#include "ClientTestSupport.h"
#include "PrometheusServer.h"
#include "archive/AlertArchive.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::testfleet;

namespace {

using wk::testsupport::CliRun;

QString secondsText(const QDateTime& t)
{
    return QString::number(t.toSecsSinceEpoch());
}

class CommandLineReal : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!PrometheusServer::available())
            return;
        s_server = std::make_unique<PrometheusServer>(fleet());
        if (const auto started = s_server->start(); !started)
            s_error = started.error();
    }
    static void TearDownTestSuite() { s_server.reset(); }
    void SetUp() override
    {
        if (!PrometheusServer::available())
            WK_SKIP_WHEN_MISSING(PrometheusServer::unavailableReason().toStdString());
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        ASSERT_TRUE(m_home.isValid());
    }

    QString url() const { return s_server->url().toString(); }

    // Runs the binary with a private config folder and no token; killed if it outlives the bound.
    CliRun run(const QStringList& arguments, int boundMs = 60'000) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WATCHKEEPER_PROMETHEUS_TOKEN"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QString::fromUtf8(WK_WATCHKEEPER_BIN), arguments);
        CliRun result;
        if (!process.waitForStarted(10'000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        if (!process.waitForFinished(boundMs)) {
            process.kill();
            process.waitForFinished(5'000);
        }
        result.elapsedMs = timer.elapsed();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        return result;
    }

    CliRun query(const QStringList& arguments, int boundMs = 60'000) const
    {
        return run(QStringList{u"query"_s, u"--url"_s, url()} + arguments, boundMs);
    }

    // A workspace with the panels given as YAML list items, whose one source is the test's Prometheus.
    QString workspace(const QString& panels) const
    {
        const QString path = m_home.filePath(u"workspace.yaml"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString yaml = u"name: client-integration\n"
                             u"sources: [{name: test, type: prometheus, url: '%1', timeout: 10s}]\n"
                             u"dashboards:\n"
                             u"  - id: checks\n"
                             u"    title: Checks\n"
                             u"    panels:\n"_s.arg(url())
            + panels;
        file.write(yaml.toUtf8());
        return path;
    }

    static inline std::unique_ptr<PrometheusServer> s_server;
    static inline QString s_error;
    QTemporaryDir m_home;
};

const QString okPanel = u"      - {id: always-one, title: Always one, expr: 'vector(1)'}\n"_s;
const QString emptyPanel
    = u"      - {id: no-such-service, title: Nothing, expr: 'ml_requests_total{service=\"no-such-service\"}'}\n"_s;
const QString failingPanel = u"      - {id: broken, title: Broken, expr: 'sum(rate(ml_requests_total[5m])'}\n"_s;

QJsonArray panelsOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object()[u"panels"_s].toArray();
}

} // namespace

TEST_F(CommandLineReal, QueryPrintsTheRateAsJsonVector)
{
    const CliRun r = query({u"--time"_s, secondsText(fleet().now()), u"--format"_s, u"json"_s,
        u"rate(ml_requests_total{service=\"checkout-ranker\",status=\"ok\"}[5m])"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(root[u"resultType"_s].toString(), u"vector"_s) << r;
    const QJsonArray series = root[u"series"_s].toArray();
    ASSERT_EQ(series.size(), 1) << r;
    EXPECT_EQ(series[0][u"metric"_s][u"service"_s].toString(), u"checkout-ranker"_s);
    const QJsonArray point = series[0][u"values"_s][0].toArray();
    EXPECT_EQ(point[0].toDouble(), double(fleet().now().toSecsSinceEpoch()));
    expectClose(point[1].toDouble(), SyntheticFleet::requestRate(u"checkout-ranker"_s, u"ok"_s), u"value"_s);
}

TEST_F(CommandLineReal, QueryRangePrintsAMatrixWithOnePointPerStep)
{
    const CliRun r
        = query({u"--start"_s, secondsText(fleet().now().addSecs(-24 * 3600)), u"--end"_s, secondsText(fleet().now()),
            u"--step"_s, u"1m"_s, u"--format"_s, u"json"_s, u"ml_model_accuracy{service=\"fraud-scorer\"}"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(root[u"resultType"_s].toString(), u"matrix"_s);
    const QJsonArray values = root[u"series"_s][0][u"values"_s].toArray();
    ASSERT_EQ(values.size(), 1441);
    EXPECT_EQ(values.first()[0].toDouble(), double(fleet().now().addSecs(-24 * 3600).toSecsSinceEpoch()));
    EXPECT_EQ(values.last()[0].toDouble(), double(fleet().now().toSecsSinceEpoch()));
    int wrong = 0;
    for (const QJsonValue& v : values)
        wrong += v[1].toDouble() == 0.95 ? 0 : 1;
    EXPECT_EQ(wrong, 0);
}

TEST_F(CommandLineReal, QueryTableIsReadable)
{
    const CliRun r = query({u"--time"_s, secondsText(fleet().now()),
        u"ml_gpu_utilization_percent{service=\"checkout-ranker\",node=\"gpu-a2\"}"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const double value = fleet().gpuUtilizationAt(u"checkout-ranker"_s, u"gpu-a2"_s, fleet().now());
    const QString expected = u"ml_gpu_utilization_percent{node=\"gpu-a2\", service=\"checkout-ranker\"}\n"
                             u"  2026-03-01T12:00:00.000Z  %1\n"_s.arg(QString::number(value, 'g', 15));
    EXPECT_EQ(QString::fromUtf8(r.out), expected) << r;

    const CliRun none = query({u"--time"_s, secondsText(fleet().now()), u"ml_no_such_metric"_s});
    EXPECT_EQ(none.exitCode, 0) << none;
    EXPECT_EQ(none.out, "(no series)\n") << none;
}

TEST_F(CommandLineReal, QueryWithBadPromqlExits1WithTheServersMessage)
{
    const CliRun r = query({u"--time"_s, secondsText(fleet().now()), u"sum(rate(ml_requests_total[5m])"_s});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.contains("BadQuery")) << r;
    EXPECT_TRUE(r.err.contains("unclosed left parenthesis")) << r;
}

TEST_F(CommandLineReal, QueryToAClosedPortExits1Quickly)
{
    const QString closed = u"http://127.0.0.1:%1"_s.arg(detail::freeLoopbackPort());
    const CliRun r = run({u"query"_s, u"--url"_s, closed, u"--timeout"_s, u"5s"_s, u"vector(1)"_s}, 30'000);
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains("Network")) << r;
    EXPECT_LT(r.elapsedMs, 5'000) << r;
    std::printf("[   info   ] closed port: exit %d after %lld ms\n", r.exitCode, r.elapsedMs);
}

// A server that accepts the connection and never answers. --timeout promises "give up after this long".
TEST_F(CommandLineReal, QueryToASilentServerGivesUpWithinTimeout)
{
    QTcpServer silent; // the kernel completes the handshake; nothing ever reads or answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    const QString address = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
    const CliRun r = run({u"query"_s, u"--url"_s, address, u"--timeout"_s, u"2s"_s, u"vector(1)"_s}, 30'000);
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains("Timeout")) << r;
    std::printf("[   info   ] silent server, --timeout 2s: exit %d after %lld ms\n", r.exitCode, r.elapsedMs);
    EXPECT_LT(r.elapsedMs, 2'000 + 1'500) << "--timeout 2s, plus process start-up";
}

TEST_F(CommandLineReal, BadUsageExits2)
{
    for (const QStringList& arguments : {
             QStringList{u"query"_s, u"--url"_s, url()},
             QStringList{u"query"_s, u"--url"_s, url(), u"--format"_s, u"xml"_s, u"up"_s},
             QStringList{u"query"_s, u"up"_s},
             QStringList{u"query"_s, u"--url"_s, url(), u"--start"_s, u"now-1h"_s, u"up"_s},
             QStringList{u"query"_s, u"--url"_s, u"ftp://127.0.0.1/"_s, u"up"_s},
             QStringList{u"preflight"_s, u"--format"_s, u"xml"_s},
         }) {
        const CliRun r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(u' ').toStdString() << '\n' << r;
        EXPECT_FALSE(r.err.isEmpty()) << arguments.join(u' ').toStdString();
    }
}

TEST_F(CommandLineReal, PreflightReportsOkEmptyAndFailedPanels)
{
    const QString file = workspace(okPanel + emptyPanel + failingPanel);
    const CliRun r = run({u"preflight"_s, u"--workspace"_s, file, u"--format"_s, u"json"_s});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(QJsonDocument::fromJson(r.out).object()[u"workspace"_s].toString(), u"client-integration"_s) << r;
    const QJsonArray panels = panelsOf(r);
    ASSERT_EQ(panels.size(), 3) << r;
    EXPECT_EQ(panels[0][u"panel"_s].toString(), u"always-one"_s);
    EXPECT_EQ(panels[0][u"source"_s].toString(), u"test"_s);
    EXPECT_EQ(panels[0][u"status"_s].toString(), u"ok"_s);
    EXPECT_EQ(panels[0][u"series"_s].toInt(), 1);
    EXPECT_EQ(panels[0][u"points"_s].toInt(), 241) << "1 h at 15 s steps, both ends included";
    EXPECT_EQ(panels[1][u"status"_s].toString(), u"empty"_s);
    EXPECT_EQ(panels[1][u"series"_s].toInt(), 0);
    EXPECT_EQ(panels[1][u"points"_s].toInt(), 0);
    EXPECT_EQ(panels[2][u"status"_s].toString(), u"failed"_s);
    EXPECT_EQ(panels[2][u"series"_s].toInt(), 0);
    const QString error = panels[2][u"error"_s].toString();
    EXPECT_TRUE(error.contains(u"BadQuery"_s) && error.contains(u"unclosed left parenthesis"_s)) << r;

    const CliRun table = run({u"preflight"_s, u"--workspace"_s, file});
    EXPECT_EQ(table.exitCode, 1) << table;
    EXPECT_TRUE(table.out.contains("client-integration: 3 panels, 1 ok, 1 empty, 1 failed")) << table;
    EXPECT_TRUE(table.out.contains("checks/broken")) << table;
}

TEST_F(CommandLineReal, PreflightPassesWithoutTheFailingPanel)
{
    const CliRun r = run({u"preflight"_s, u"--workspace"_s, workspace(okPanel + emptyPanel), u"--format"_s, u"json"_s});
    EXPECT_EQ(r.exitCode, 0) << r;
    const QJsonArray panels = panelsOf(r);
    ASSERT_EQ(panels.size(), 2) << r;
    EXPECT_EQ(panels[0][u"status"_s].toString(), u"ok"_s);
    EXPECT_EQ(panels[1][u"status"_s].toString(), u"empty"_s);
}

TEST_F(CommandLineReal, PreflightStrictFailsOnAnEmptyPanel)
{
    const QString both = workspace(okPanel + emptyPanel);
    EXPECT_EQ(run({u"preflight"_s, u"--workspace"_s, both, u"--strict"_s}).exitCode, 1);
    const QString okOnly = workspace(okPanel);
    const CliRun r = run({u"preflight"_s, u"--workspace"_s, okOnly, u"--strict"_s});
    EXPECT_EQ(r.exitCode, 0) << r;
}

TEST_F(CommandLineReal, ReportAddsEachSloComplianceOverThePeriodFromItsSource)
{
    // An archive with one alert of the week, and a workspace whose SLOs ask the real Prometheus for a ratio of
    // 1/1000 over whatever window they are given.
    const QString archivePath = m_home.filePath(u"archive.sqlite"_s);
    {
        auto archive = wk::archive::AlertArchive::open(archivePath);
        ASSERT_TRUE(archive);
        wk::alerts::Alert a;
        a.id = u"slo-1"_s;
        a.message = u"Error rate above 2%"_s;
        a.team = u"payments"_s;
        a.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        a.updatedAt = a.createdAt;
        ASSERT_TRUE(archive->observe({a}));
    }
    const QString ratio = u"label_replace(vector(%1), \"window\", \"{{.window}}\", \"\", \"\")"_s;
    const QString path = m_home.filePath(u"slo-workspace.yaml"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write((u"name: report-slos\n"
                u"sources: [{name: test, type: prometheus, url: '%1', timeout: 10s}]\n"
                u"dashboards: [{id: d, title: D, panels: [{id: p, title: P, expr: 'vector(1)'}]}]\n"
                u"slos:\n"
                u"  - {id: loose, name: Loose, objective: 99.5, period: 30d, errors: '%2', total: '%3'}\n"
                u"  - {id: tight, name: Tight, objective: 99.95, period: 30d, errors: '%2', total: '%3'}\n"_s.arg(
                    url(), ratio.arg(1), ratio.arg(1000)))
                   .toUtf8());
    file.close();

    const CliRun r = run({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, archivePath, u"--workspace"_s, path,
        u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonArray slos = QJsonDocument::fromJson(r.out).object()[u"slo"_s].toArray();
    ASSERT_EQ(slos.size(), 2) << r;
    const QJsonObject loose = slos[0].toObject();
    EXPECT_EQ(loose[u"name"_s].toString(), u"Loose"_s);
    EXPECT_NEAR(loose[u"achieved"_s].toDouble(), 0.999, 1e-12) << r;
    EXPECT_TRUE(loose[u"met"_s].toBool());
    // 0.001 of 7 days over the 0.5 % the 30-day period allows: 0.001 x 7 / (0.005 x 30).
    EXPECT_NEAR(loose[u"budget_burned"_s].toDouble(), 0.001 * 7.0 / (0.005 * 30.0), 1e-6) << r;
    EXPECT_FALSE(slos[1].toObject()[u"met"_s].toBool()) << "99.9 % is short of 99.95 %";

    const CliRun table = run({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, archivePath, u"--workspace"_s, path});
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains("SLO compliance")) << table;
    EXPECT_TRUE(table.out.contains("MISSED")) << table;
}
