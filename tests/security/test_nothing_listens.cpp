// Nothing in the console listens: the built console, on the demo fleet and on a real Prometheus with the fake
// Opsgenie, holds no TCP socket in LISTEN, no UDP socket that takes datagrams from anyone and no Unix socket that
// accepts connections, at any moment of a session (its sockets are read from /proc every 200 ms while it polls).
// The detector is first shown to see this test's own listeners, so the checks can fail.
#include "../support/SkipWhenMissing.h"
#include "FakeGenieServer.h"
#include "ListeningSockets.h"
#include "LoopbackRelay.h"
#include "PrometheusServer.h"
#include "WatchkeeperRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::security;

namespace {

struct Watched
{
    int samples = 0;
    int mostSocketFds = 0;
    QList<OpenSocket> listening; // every listener seen in any sample
    testsupport::CliRun run;
};

// Samples the console's sockets until it quits by itself (--quit-after).
Watched watchConsole(const QStringList& arguments, const QProcessEnvironment& env)
{
    Watched watched;
    auto console = startConsole(arguments, env);
    QElapsedTimer sinceSample;
    sinceSample.start();
    spinUntil(
        [&] {
            if (console->state() == QProcess::Running && sinceSample.elapsed() >= 200) {
                sinceSample.restart();
                const SocketReport report = socketsOf(console->processId());
                ++watched.samples;
                watched.mostSocketFds = std::max(watched.mostSocketFds, report.socketFds);
                for (const OpenSocket& s : report.listening) {
                    if (!describe(watched.listening).contains(describe({s})))
                        watched.listening.append(s);
                }
            }
            watched.run.out += console->readAllStandardOutput();
            watched.run.err += console->readAllStandardError();
            return console->state() == QProcess::NotRunning;
        },
        120'000);
    const testsupport::CliRun rest = finish(*console, 5'000);
    watched.run.exitCode = rest.exitCode;
    watched.run.out += rest.out;
    watched.run.err += rest.err;
    return watched;
}

QByteArray readLog(const IsolatedHome& home)
{
    QFile file(home.logs() + u"/watchkeeper.log"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ListeningSockets, TheDetectorSeesThisProcessListeningAndNotItsOutgoingConnection)
{
    const qint64 self = QCoreApplication::applicationPid();
    const SocketReport before = socketsOf(self);

    QTcpServer tcp;
    ASSERT_TRUE(tcp.listen(QHostAddress::LocalHost));
    QUdpSocket udp;
    ASSERT_TRUE(udp.bind(QHostAddress::LocalHost));
    QLocalServer local;
    ASSERT_TRUE(local.listen(u"wk-security-%1"_s.arg(self)));
    QTcpSocket outgoing;
    outgoing.connectToHost(QHostAddress::LocalHost, tcp.serverPort());
    ASSERT_TRUE(outgoing.waitForConnected(5'000));

    const SocketReport report = socketsOf(self);
    const QString seen = describe(report.listening);
    EXPECT_GE(report.socketFds, before.socketFds + 4);
    EXPECT_TRUE(seen.contains(u"tcp 127.0.0.1:%1 LISTEN"_s.arg(tcp.serverPort()))) << seen.toStdString();
    EXPECT_TRUE(seen.contains(u"udp 127.0.0.1:%1 UNCONNECTED"_s.arg(udp.localPort()))) << seen.toStdString();
    EXPECT_TRUE(seen.contains(u"unix "_s) && seen.contains(u"wk-security-"_s)) << seen.toStdString();
    EXPECT_FALSE(seen.contains(u":%1 ESTABLISHED"_s.arg(outgoing.localPort()))) << seen.toStdString();
    const QString all = describe(report.matched);
    EXPECT_TRUE(all.contains(u"tcp 127.0.0.1:%1 ESTABLISHED"_s.arg(outgoing.localPort()))) << all.toStdString();
}

TEST(NothingListens, TheConsoleOnTheDemoFleet)
{
    IsolatedHome home;
    const Watched watched
        = watchConsole({u"--demo"_s, u"--log-level"_s, u"debug"_s, u"--quit-after"_s, u"10"_s}, home.environment());
    EXPECT_EQ(watched.run.exitCode, 0) << watched.run;
    EXPECT_GE(watched.samples, 20) << "the console was not watched long enough";
    EXPECT_TRUE(readLog(home).contains("panels of the first tier filled")) << "the console did not get to work";
    EXPECT_TRUE(watched.listening.isEmpty()) << "the console listens:\n" << describe(watched.listening).toStdString();
}

TEST(NothingListens, TheConsoleOnARealPrometheusAndAnAlertService)
{
    if (!testfleet::PrometheusServer::available())
        WK_SKIP_WHEN_MISSING(testfleet::PrometheusServer::unavailableReason().toStdString());
    testfleet::PrometheusServer prometheus(testfleet::SyntheticFleet(QDateTime::currentDateTimeUtc()));
    const auto started = prometheus.start(180'000);
    ASSERT_TRUE(started) << started.error().toStdString();
    LoopbackRelay counted(prometheus.url());
    ASSERT_TRUE(counted.listen());
    fakegenie::FakeGenieServer genie;
    genie.seedAlerts(30, 11);
    ASSERT_TRUE(genie.listen());

    IsolatedHome home;
    const QString workspace = home.workspace() + u"/listen.yaml"_s;
    QFile file(workspace);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("refresh: 5s\nsources:\n  - {name: prod, type: prometheus, url: '" + counted.url().toString().toUtf8()
        + "'}\nalerts: {backend: opsgenie, api_url: '" + genie.url().toString().toUtf8()
        + "', refresh: 10s}\ndashboards:\n  - id: health\n    title: Health\n    panels:\n"
          "      - {id: up, title: Up, kind: stat, expr: 'sum(up)'}\n"
          "      - {id: rate, title: Requests, expr: 'sum by (service) (rate(ml_requests_total[5m]))'}\n");
    file.close();
    QProcessEnvironment env = home.environment();
    env.insert(u"WATCHKEEPER_OPSGENIE_API_KEY"_s, QString::fromLatin1(genie.options().apiKey));

    const Watched watched
        = watchConsole({u"--workspace"_s, workspace, u"--log-level"_s, u"debug"_s, u"--quit-after"_s, u"15"_s}, env);
    EXPECT_EQ(watched.run.exitCode, 0) << watched.run;
    EXPECT_GE(watched.samples, 30) << "the console was not watched long enough";
    EXPECT_GE(counted.connections(), 2) << "the console did not query Prometheus";
    int lists = 0;
    for (const fakegenie::LoggedRequest& request : genie.requestLog())
        lists += request.path == u"/v2/alerts" && request.status == 200 ? 1 : 0;
    EXPECT_GE(lists, 1) << "the console did not read the alert list";
    EXPECT_GE(watched.mostSocketFds, 1) << "no socket was ever seen: the sampling did not work";
    EXPECT_TRUE(watched.listening.isEmpty()) << "the console listens:\n" << describe(watched.listening).toStdString();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
