// The console on a real Prometheus (behind the fault proxy) for its charts and, read-only, for its alerts, when
// the server goes down, is slow, rate limits, fails with 500 or 503, or answers something that is not its API:
// what the panels, the alert list and the status bar say, and that the last good data stays.
#include "FaultProxy.h"
#include "FaultsSupport.h"
#include "PrometheusServer.h"
#include "SyntheticFleet.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "prometheus/PrometheusAlertBackend.h"
#include "prometheus/PrometheusClient.h"
#include "workspace/WorkspaceLoader.h"

#include "../support/SkipWhenMissing.h"
#include "fakes/TestActions.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using faults::shownTime;
using faults::statusOf;
using testfleet::FaultProxy;
using testfleet::PrometheusServer;
using testfleet::SyntheticFleet;

namespace {

struct PrometheusFault
{
    const char* name;
    std::function<void(FaultProxy&)> start;
    QString reason; // the words on the panel and in the status bar
    QString detail; // in the status bar's tooltip
};

QList<PrometheusFault> prometheusFaults()
{
    using H = FaultProxy::Header;
    const QList<H> json = {{"Content-Type", "application/json"}};
    return {
        {"Down", [](FaultProxy& p) { p.close(); }, u"cannot reach the server"_s, u"Network"_s},
        {"Slow", [](FaultProxy& p) { p.setBehaviour(FaultProxy::delay(3'000)); },
            u"the server did not answer in time"_s, u"no answer within 1 s"_s},
        {"RateLimited429",
            [json](FaultProxy& p) {
                auto headers = json;
                headers.append(H{"Retry-After", "1"});
                p.setBehaviour(FaultProxy::status(
                    429, R"({"status":"error","errorType":"unavailable","error":"slow down"})", headers));
            },
            // Retried after each Retry-After first; then it is an HTTP error like any other.
            u"the server answered with an error (HTTP 429)"_s, u"slow down"_s},
        {"ServerError500",
            [json](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(
                    500, R"({"status":"error","errorType":"internal","error":"storage is on fire"})", json));
            },
            u"the server answered with an error (HTTP 500)"_s, u"storage is on fire"_s},
        {"Unavailable503",
            [](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(503, "Service Unavailable\n", {{"Retry-After", "1"}}));
            },
            u"the server answered with an error (HTTP 503)"_s, u"Service Unavailable"_s},
        {"GatewayHtml502", [](FaultProxy& p) { p.setBehaviour(FaultProxy::html502()); },
            u"the server answered with an error (HTTP 502)"_s, u"502 Bad Gateway"_s},
        {"HtmlInsteadOfJson",
            [](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(200,
                    "<!DOCTYPE html><html><head><title>Sign in - Example Corp SSO</title></head><body></body></html>",
                    {{"Content-Type", "text/html"}}));
            },
            u"the answer could not be read"_s, u"Parse"_s},
        {"Garbage", [](FaultProxy& p) { p.setBehaviour(FaultProxy::simple(FaultProxy::Fault::MalformedJson)); },
            u"the answer could not be read"_s, u"not valid Prometheus JSON"_s},
    };
}

std::string faultName(const ::testing::TestParamInfo<PrometheusFault>& info)
{
    return info.param.name;
}

constexpr auto rules = R"(groups:
  - name: ml-serving
    rules:
      - alert: ModelLatencyHigh
        expr: vector(0.93) > 0.5
        labels: {severity: critical, service: fraud-scorer}
        annotations: {summary: 'fraud-scorer p99 latency above 500 ms'}
)";

QByteArray workspaceFor(const QUrl& url)
{
    return "sources:\n  - {name: real, type: prometheus, url: '" + url.toString().toUtf8()
        + "'}\ndashboards:\n  - id: health\n    title: Health\n    panels:\n"
          "      - {id: requests, title: Requests, unit: reqps, expr: 'sum(rate(ml_requests_total[5m]))'}\n";
}

class PrometheusFaults : public ::testing::TestWithParam<PrometheusFault>
{
protected:
    static void SetUpTestSuite()
    {
        if (!PrometheusServer::available())
            return;
        // History up to a minute from now, so "now" on the dashboards has data.
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(60);
        s_server = std::make_unique<PrometheusServer>(SyntheticFleet(end.addSecs(-end.toSecsSinceEpoch() % 15)));
        s_server->setRules(rules);
        if (auto started = s_server->start(); !started)
            s_error = started.error();
    }
    static void TearDownTestSuite() { s_server.reset(); }

    void SetUp() override
    {
        if (!PrometheusServer::available())
            WK_SKIP_WHEN_MISSING(PrometheusServer::unavailableReason().toStdString());
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        proxy = std::make_unique<FaultProxy>(s_server->url());
        ASSERT_TRUE(proxy->listen());
        proxyUrl = proxy->url();
        auto ws = workspace::parseWorkspace(workspaceFor(proxyUrl), u"faults.yaml"_s);
        ASSERT_TRUE(ws) << ws.error().detail.toStdString();
        http.setBackoffBaseMs(20);
        client = std::make_shared<prometheus::PrometheusClient>(
            http, prometheus::ClientConfig{u"real"_s, proxyUrl, {}, {}, 1'000});
        metrics.add(u"real"_s, client);
        alerts = std::make_unique<prometheus::PrometheusAlertBackend>(*client);
        actions = std::make_unique<fakes::TestActions>(*alerts, clock);
        window = std::make_unique<ui::MainWindow>(
            ui::ConsoleContext{metrics, *alerts, actions->dispatcher, scheduler, clock, *ws, u"t"_s, u"real"_s});
        window->resize(1400, 900);
        window->show();
        panel = window->activeDashboard()->panels().at(0);
    }

    void TearDown() override
    {
        window.reset();
        actions.reset();
    }

    static inline std::unique_ptr<PrometheusServer> s_server;
    static inline QString s_error;

    ManualClock clock{QDateTime::currentDateTimeUtc()};
    net::HttpService http;
    std::unique_ptr<FaultProxy> proxy;
    QUrl proxyUrl;
    std::shared_ptr<prometheus::PrometheusClient> client;
    sources::MetricsRouter metrics;
    std::unique_ptr<prometheus::PrometheusAlertBackend> alerts;
    polling::PollScheduler scheduler{clock};
    std::unique_ptr<fakes::TestActions> actions;
    std::unique_ptr<ui::MainWindow> window;
    ui::PanelWidget* panel = nullptr;
};

} // namespace

TEST_P(PrometheusFaults, PanelsAndAlertsKeepTheirLastGoodDataAndSayWhyAndSinceWhen)
{
    const PrometheusFault& fault = GetParam();
    ui::AlertTableModel* alertRows = window->alertList()->model();
    // The rule fires within a few evaluations.
    ASSERT_TRUE(faults::settle(scheduler, [&] {
        if (!scheduler.isInFlight(u"alerts"_s) && alertRows->rowCount() == 0)
            scheduler.pollNow(u"alerts"_s);
        return panel->hasData() && alertRows->rowCount() == 1;
    })) << panel->statusText().toStdString();
    const int points = panel->chart()->pointCount();
    const QDateTime lastGood = clock.now();

    clock.advance(60'000);
    const QDateTime failedAt = clock.now();
    fault.start(*proxy);
    scheduler.pollAllNow();
    ASSERT_TRUE(faults::settle(scheduler, [&] {
        return panel->isStale()
            && scheduler.health(alerts->sourceName()).state(clock.now()) == polling::SourceState::Failing;
    })) << panel->statusText().toStdString();

    // The chart keeps what it drew, greyed, and says since when and why.
    EXPECT_TRUE(panel->statusText().contains(u"stale since "_s + shownTime(failedAt)))
        << panel->statusText().toStdString();
    EXPECT_TRUE(panel->statusText().contains(fault.reason)) << panel->statusText().toStdString();
    EXPECT_TRUE(panel->chart()->isStale());
    EXPECT_EQ(panel->chart()->pointCount(), points);
    std::printf("[   info   ] panel: %s\n[   info   ] status bar: %s\n[   info   ] its tooltip: %s\n",
        qPrintable(panel->statusText()), qPrintable(statusOf(*window, u"real"_s)),
        qPrintable(faults::statusToolTipOf(*window, u"real"_s)));
    // Both entries of the status bar, the charts' source and its alerts, say the same.
    for (const QString& source : {u"real"_s, alerts->sourceName()}) {
        const QString status = statusOf(*window, source);
        EXPECT_TRUE(status.contains(u"failing"_s)) << status.toStdString();
        EXPECT_TRUE(status.contains(u"since "_s + shownTime(failedAt))) << status.toStdString();
        EXPECT_TRUE(status.contains(fault.reason)) << status.toStdString();
        EXPECT_TRUE(status.contains(u"showing data from "_s + shownTime(lastGood))) << status.toStdString();
        const QString detail = faults::statusToolTipOf(*window, source);
        EXPECT_TRUE(detail.contains(fault.detail)) << detail.toStdString();
    }
    // The firing alert stays in the list.
    EXPECT_EQ(alertRows->rowCount(), 1);

    // The server answers again: everything recovers without anyone touching it.
    proxy->pass();
    if (proxy->url().port() == 0) {
        ASSERT_TRUE(proxy->listen(quint16(proxyUrl.port())));
    }
    clock.advance(5'000);
    scheduler.pollAllNow();
    ASSERT_TRUE(faults::settle(scheduler, [&] {
        return !panel->isStale()
            && scheduler.health(alerts->sourceName()).state(clock.now()) == polling::SourceState::Live;
    })) << panel->statusText().toStdString();
    EXPECT_FALSE(panel->chart()->isStale());
    EXPECT_TRUE(statusOf(*window, u"real"_s).contains(u"live"_s)) << statusOf(*window, u"real"_s).toStdString();
    EXPECT_EQ(alertRows->rowCount(), 1);
}

INSTANTIATE_TEST_SUITE_P(Faults, PrometheusFaults, ::testing::ValuesIn(prometheusFaults()), faultName);
