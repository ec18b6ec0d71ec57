// Prometheus' own alerts through the read-only alert backend, against a real Prometheus with a rule file.
#include "../support/SkipWhenMissing.h"
#include "ClientTestSupport.h"
#include "PrometheusServer.h"
#include "prometheus/PrometheusAlertBackend.h"
#include "prometheus/RuleCondition.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using wk::testfleet::PrometheusServer;

namespace {

// Real time, not the generated history's: these rules must fire now, so they read constants.
const QByteArray kRules = R"(groups:
  - name: ml
    rules:
      - alert: ModelServingLatencyHigh
        expr: vector(0.93) > 0.5
        labels: {severity: critical, team: ml-infra, service: fraud-scorer}
        annotations:
          summary: "Model serving latency high: fraud-scorer"
          description: "p99 above 500 ms"
          runbook_url: "https://runbooks.example.com/latency"
      - alert: NeverFires
        expr: vector(0.1) > 0.5
        labels: {severity: warning}
)";

} // namespace

TEST(PrometheusAlertsReal, FiringRulesBecomeReadOnlyAlertsWithTheirExpression)
{
    if (!PrometheusServer::available())
        WK_SKIP_WHEN_MISSING(PrometheusServer::unavailableReason().toStdString());
    PrometheusServer server;
    server.setRules(kRules);
    auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    net::HttpService http;
    prometheus::PrometheusClient client(http, {u"test"_s, server.url(), {}, {}, 5'000});
    prometheus::PrometheusAlertBackend backend(client);

    QObject context;
    std::optional<Result<alerts::AlertPage>> page;
    QElapsedTimer timer;
    timer.start();
    // Rules are evaluated every second; wait (bounded) for the first evaluation.
    while (timer.elapsed() < 15'000) {
        page.reset();
        backend.list({}, &context, [&](Result<alerts::AlertPage> p) { page = std::move(p); });
        while (!page && timer.elapsed() < 15'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (page && *page && !(*page)->alerts.isEmpty())
            break;
        QThread::msleep(200);
    }
    ASSERT_TRUE(page && *page) << (page ? describe(page->error()).toStdString() : "no answer");
    ASSERT_EQ((*page)->alerts.size(), 1) << "only the firing rule";
    const alerts::Alert& alert = (*page)->alerts.front();
    EXPECT_EQ(alert.message, u"Model serving latency high: fraud-scorer"_s);
    EXPECT_EQ(alert.priority, alerts::Priority::P1);
    EXPECT_EQ(alert.team, u"ml-infra"_s);
    EXPECT_EQ(alert.service, u"fraud-scorer"_s);
    EXPECT_EQ(alert.runbookUrl, u"https://runbooks.example.com/latency"_s);
    EXPECT_TRUE(alert.createdAt.isValid());
    // The detail pane charts the rule's expression with its threshold.
    const auto condition = prometheus::splitRuleCondition(alert.details.value(u"rule_expr"_s));
    ASSERT_TRUE(condition) << alert.details.value(u"rule_expr"_s).toStdString();
    EXPECT_EQ(condition->expr, u"vector(0.93)"_s);
    EXPECT_DOUBLE_EQ(condition->threshold, 0.5);

    // Acknowledging is refused with the reason, not silently dropped.
    std::optional<Result<alerts::ActionReceipt>> acked;
    alerts::AlertAction ack;
    ack.alertId = alert.id;
    backend.send(ack, &context, [&](Result<alerts::ActionReceipt> r) { acked = std::move(r); });
    ASSERT_TRUE(acked);
    ASSERT_FALSE(*acked);
    EXPECT_EQ(acked->error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(acked->error().detail.contains(u"read-only"_s));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
