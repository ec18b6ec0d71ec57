// The console's window against a real Prometheus that dies mid-poll and comes back.
#include "MainWindow.h"
#include "PrometheusServer.h"
#include "SyntheticFleet.h"
#include "common/SourceStatusWidget.h"
#include "common/Theme.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "demo/DemoAlertBackend.h"
#include "prometheus/PrometheusClient.h"
#include "workspace/WorkspaceLoader.h"

#include "../support/SkipWhenMissing.h"
#include "fakes/TestActions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using wk::testfleet::PrometheusServer;
using wk::testfleet::SyntheticFleet;

namespace {

bool settle(polling::PollScheduler& scheduler, const std::function<bool()>& done, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        scheduler.tick();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

QByteArray workspaceFor(const QUrl& url)
{
    return "sources:\n  - {name: real, type: prometheus, url: '" + url.toString().toUtf8()
        + "'}\ndashboards:\n  - id: health\n    title: Health\n    panels:\n"
          "      - {id: requests, title: Requests, unit: reqps, expr: 'sum(rate(ml_requests_total[5m]))'}\n"
          "      - {id: accuracy, title: Accuracy, kind: stat, unit: percentunit, "
          "expr: 'avg(ml_model_accuracy)'}\n";
}

} // namespace

TEST(ConsoleOnRealPrometheus, ADeadServerLeavesGreyedDataAndItRecovers)
{
    if (!PrometheusServer::available())
        WK_SKIP_WHEN_MISSING(PrometheusServer::unavailableReason().toStdString());
    // History up to a minute from now, so "now" on the dashboards has data.
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(60);
    PrometheusServer server(SyntheticFleet(end.addSecs(-end.toSecsSinceEpoch() % 15)));
    auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();

    auto ws = workspace::parseWorkspace(workspaceFor(server.url()), u"test.yaml"_s);
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    net::HttpService http;
    http.setBackoffBaseMs(20);
    sources::MetricsRouter router;
    auto client = std::make_shared<prometheus::PrometheusClient>(
        http, prometheus::ClientConfig{u"real"_s, server.url(), {}, {}, 2'000});
    router.add(u"real"_s, client);
    SystemClock clock;
    polling::PollScheduler scheduler(clock);
    demo::DemoAlertBackend alerts(std::make_shared<const demo::DemoFleet>(), clock, 0);
    fakes::TestActions actions(alerts, clock);
    ui::MainWindow window(
        ui::ConsoleContext{router, alerts, actions.dispatcher, scheduler, clock, *ws, u"t"_s, u"real"_s});
    window.resize(1200, 800);
    window.show();

    ui::DashboardWidget* health = window.activeDashboard();
    ui::PanelWidget* requests = health->panels().at(0);
    ui::PanelWidget* accuracy = health->panels().at(1);
    ASSERT_TRUE(settle(scheduler, [&] { return requests->hasData() && accuracy->hasData(); }));
    const int points = requests->chart()->pointCount();
    EXPECT_GT(points, 100);

    server.stop();
    scheduler.pollAllNow();
    ASSERT_TRUE(settle(scheduler, [&] { return requests->isStale() && accuracy->isStale(); }))
        << requests->statusText().toStdString();
    EXPECT_TRUE(requests->statusText().contains(u"stale since"_s)) << requests->statusText().toStdString();
    EXPECT_TRUE(requests->chart()->isStale()) << "greyed";
    EXPECT_EQ(requests->chart()->pointCount(), points) << "the last good data stays";
    QString status;
    for (auto* item : window.findChildren<ui::SourceStatusWidget*>()) {
        item->refresh();
        if (item->text().contains(u"real"_s))
            status = item->text();
    }
    EXPECT_TRUE(status.contains(u"failing"_s)) << status.toStdString();

    ASSERT_TRUE(server.start());
    scheduler.pollAllNow();
    ASSERT_TRUE(settle(
        scheduler, [&] { return !requests->isStale() && !accuracy->isStale(); }, 30'000))
        << requests->statusText().toStdString();
    EXPECT_FALSE(requests->chart()->isStale());
    EXPECT_GT(requests->chart()->pointCount(), 100);
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    wk::ui::theme::apply(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
