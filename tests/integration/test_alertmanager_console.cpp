// The whole path a real alert takes: a Prometheus rule fires, the packaged Alertmanager sends it through its
// opsgenie_configs receiver to the fake Opsgenie, the console lists it, and an acknowledgement typed in the
// console lands at the fake, attributed to the engineer.
#include "../support/SkipWhenMissing.h"
#include "AlertmanagerServer.h"
#include "FakeGenieServer.h"
#include "MainWindow.h"
#include "PrometheusServer.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "dashboards/VariableBar.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "fakes/TestActions.h"
#include "genie/GenieAlertBackend.h"
#include "ui/UiTestSupport.h"
#include "workspace/WorkspaceLoader.h"

#include <QApplication>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

// Everything here answers within a minute or not at all.
bool settle(const std::function<bool()>& done, const std::function<void()>& step = {}, int timeoutMs = 60'000)
{
    return uitest::waitUntil(done, timeoutMs, step);
}

QByteArray alertmanagerConfig(const QUrl& genie)
{
    return R"(route:
  receiver: genie
  group_by: [alertname, service]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: genie
    opsgenie_configs:
      - api_key: test-genie-key
        api_url: )"
        + genie.toString().toUtf8() + R"(/
        message: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.service }}'
        description: '{{ .CommonAnnotations.summary }}'
        priority: P1
        entity: '{{ .CommonLabels.service }}'
        responders:
          - name: ml-platform
            type: team
)";
}

constexpr auto rules = R"(groups:
  - name: ml-serving
    rules:
      - alert: ModelLatencyHigh
        expr: vector(0.93) > 0.5
        labels: {severity: critical, service: fraud-scorer}
        annotations: {summary: 'p99 latency above 500 ms'}
)";

const fakegenie::AppliedAction* find(const QList<fakegenie::AppliedAction>& applied, const QString& kind)
{
    for (const auto& a : applied) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

} // namespace

TEST(AlertmanagerToConsole, AFiringRuleReachesTheConsoleAndItsAcknowledgementReachesTheService)
{
    if (!testfleet::PrometheusServer::available())
        WK_SKIP_WHEN_MISSING(testfleet::PrometheusServer::unavailableReason().toStdString());
    if (testfleet::AlertmanagerServer::binary().isEmpty())
        WK_SKIP_WHEN_MISSING("prometheus-alertmanager is not installed");

    fakegenie::FakeGenieServer genie;
    genie.setProcessingDelayMs(50);
    ASSERT_TRUE(genie.listen());
    testfleet::AlertmanagerServer alertmanager;
    const auto amStarted = alertmanager.start(alertmanagerConfig(genie.url()));
    ASSERT_TRUE(amStarted) << amStarted.error().toStdString();
    testfleet::PrometheusServer prometheus;
    prometheus.setRules(rules);
    prometheus.setAlertmanager(alertmanager.hostPort());
    const auto promStarted = prometheus.start();
    ASSERT_TRUE(promStarted) << promStarted.error().toStdString();

    // Prometheus evaluates every second and Alertmanager forwards at once.
    const fakegenie::FakeAlert* created = nullptr;
    ASSERT_TRUE(settle([&] {
        created = genie.findByAlias(QString());
        for (const fakegenie::FakeAlert* a : genie.alerts()) {
            if (a->message == u"ModelLatencyHigh on fraud-scorer"_s)
                created = a;
        }
        return created != nullptr && created->message == u"ModelLatencyHigh on fraud-scorer"_s;
    })) << "Alertmanager did not create the alert; its log:\n"
        << alertmanager.log().toStdString();
    const QString alertId = created->id;

    // The console, with Opsgenie at the fake as its alert service.
    net::HttpService http;
    genie::GenieEndpoint endpoint;
    endpoint.vendor = genie::Vendor::Opsgenie;
    endpoint.baseUrl = genie.url();
    endpoint.timeoutSeconds = 5;
    SystemClock clock;
    genie::GenieAlertBackend backend(http, endpoint, u"test-genie-key"_s, clock);
    fakes::TestActions actions(backend, clock);
    sources::MetricsRouter router;
    router.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(std::make_shared<const demo::DemoFleet>()));
    polling::PollScheduler scheduler(clock);
    ui::MainWindow window(ui::ConsoleContext{
        router, backend, actions.dispatcher, scheduler, clock, workspace::defaultWorkspace(), u"tester"_s, u"t"_s});
    window.show();
    scheduler.start();
    ui::AlertListWidget* list = window.alertList();
    ASSERT_TRUE(settle([&] { return list->model()->rowOf(alertId).has_value(); }, [&] { scheduler.tick(); }))
        << "the console never listed the alert";
    const alerts::Alert* listed = list->model()->alertAt(*list->model()->rowOf(alertId));
    EXPECT_EQ(listed->priority, alerts::Priority::P1);
    EXPECT_EQ(listed->team, u"ml-platform"_s);

    // Lists carry no entity or details; selecting the alert reads it whole, so the charts follow its service.
    ASSERT_TRUE(list->selectAlert(alertId));
    EXPECT_TRUE(settle([&] {
        return list->model()->alertAt(*list->model()->rowOf(alertId))->service == u"fraud-scorer"_s;
    })) << "the selected alert's service never arrived";
    EXPECT_TRUE(
        settle([&] { return window.variableBar()->values().value(u"service"_s) == u"fraud-scorer"_s; }, {}, 5000))
        << "the dashboards did not follow the alert's service";
    list->acknowledgeSelected();
    ASSERT_TRUE(settle([&] { return find(genie.applied(), u"Acknowledge"_s) != nullptr; }));
    const fakegenie::AppliedAction* ack = find(genie.applied(), u"Acknowledge"_s);
    EXPECT_EQ(ack->alertId, alertId);
    EXPECT_EQ(ack->user, u"tester"_s);
    EXPECT_TRUE(ack->success);
    EXPECT_TRUE(genie.alert(alertId)->acknowledged);
    // The console shows it landed, with the owner the service now reports.
    ASSERT_TRUE(settle([&] {
        const auto row = list->model()->rowOf(alertId);
        return row && list->model()->alertAt(*row)->status == alerts::AlertStatus::Acknowledged
            && !list->model()->isPending(alertId);
    }));
    EXPECT_FALSE(list->model()->lastLanded(alertId).isEmpty());
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
