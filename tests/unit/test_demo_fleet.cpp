#include "demo/DemoAlertDesk.h"
#include "demo/DemoFleet.h"
#include "demo/promql/Evaluator.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::demo;

namespace {

constexpr qint64 minute = 60'000;

// Start of a fleet cycle: the scripted incidents are laid out from here.
qint64 cycleStart()
{
    const qint64 cycle = IncidentScript::cycleMinutes * minute;
    return QDateTime::fromString(u"2026-11-20T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch() / cycle * cycle;
}

double instant(const DemoFleet& fleet, const QString& expr, qint64 t)
{
    auto r = promql::evaluateInstant(expr, t, fleet);
    EXPECT_TRUE(r.has_value()) << expr.toStdString() << ": " << (r ? "" : r.error().detail.toStdString());
    if (!r)
        return NAN;
    const auto* v = std::get_if<metrics::Vector>(&r->data);
    if (v && !v->empty())
        return v->front().value;
    if (const auto* s = std::get_if<metrics::Scalar>(&r->data))
        return s->value;
    return NAN;
}

} // namespace

TEST(DemoFleet, SameSeedGivesSameSeries)
{
    const DemoFleet a(42);
    const DemoFleet b(42);
    const DemoFleet c(43);
    const qint64 t0 = cycleStart();
    int differs = 0;
    for (qint64 t = t0; t < t0 + 60 * minute; t += 15'000) {
        EXPECT_DOUBLE_EQ(a.requestRate(1, t), b.requestRate(1, t));
        EXPECT_DOUBLE_EQ(a.latencyMedian(0, t), b.latencyMedian(0, t));
        if (a.requestRate(1, t) != c.requestRate(1, t))
            ++differs;
    }
    EXPECT_GT(differs, 200) << "another seed must give other noise";
}

TEST(DemoFleet, MetricsStayInPhysicalRanges)
{
    const DemoFleet fleet(7);
    const qint64 t0 = cycleStart();
    const auto everything = fleet.select({{u"__name__"_s, promql::Matcher::Op::Regex, u".+"_s}});
    ASSERT_GT(everything.size(), 100u);
    // Two days at five-minute steps cover every scripted incident twice and both halves of the diurnal curve.
    for (qint64 t = t0; t < t0 + 48 * 60 * minute; t += 5 * minute) {
        for (int s = 0; s < int(fleet.services().size()); ++s) {
            EXPECT_GT(fleet.requestRate(s, t), 0.0);
            const double err = fleet.errorRatio(s, t);
            EXPECT_GE(err, 0.0);
            EXPECT_LE(err, 0.2);
            const double acc = fleet.accuracy(s, t);
            EXPECT_GE(acc, 0.5);
            EXPECT_LE(acc, 1.0);
            EXPECT_GT(fleet.latencyMedian(s, t), 0.0);
            EXPECT_LE(fleet.featureStoreUpdatedMs(s, t), t);
            EXPECT_LE(fleet.lastTrainingSuccessMs(s, t), t);
        }
        for (const auto& ref : everything) {
            const double v = fleet.value(ref, t);
            const QString name = ref.labels.value(u"__name__"_s);
            if (std::isnan(v)) {
                // Only a node that is down stops reporting.
                EXPECT_TRUE(name.startsWith(u"ml_gpu_"_s)) << name.toStdString();
                continue;
            }
            EXPECT_GE(v, 0.0) << name.toStdString();
            if (name == u"ml_gpu_utilization_percent") {
                EXPECT_LE(v, 100.0);
            }
            if (name == u"ml_model_accuracy" || name == u"ml_feature_drift_score") {
                EXPECT_LE(v, 1.0) << name.toStdString();
            }
            if (name == u"ml_gpu_memory_used_bytes") {
                EXPECT_LE(v, 16.0 * 1024 * 1024 * 1024);
            }
        }
    }
}

TEST(DemoFleet, HistogramBucketsAreCumulative)
{
    const DemoFleet fleet(7);
    const qint64 t = cycleStart() + 10 * minute; // inside the fraud-scorer latency spike
    auto buckets = fleet.select({{u"__name__"_s, promql::Matcher::Op::Equal, u"ml_request_duration_seconds_bucket"_s},
        {u"service"_s, promql::Matcher::Op::Equal, u"fraud-scorer"_s}});
    std::vector<std::pair<double, double>> byBound;
    for (const auto& b : buckets) {
        const QString le = b.labels.value(u"le"_s);
        byBound.emplace_back(le == u"+Inf" ? INFINITY : le.toDouble(), fleet.value(b, t));
    }
    std::sort(byBound.begin(), byBound.end());
    ASSERT_EQ(byBound.size(), 11u);
    for (std::size_t i = 1; i < byBound.size(); ++i)
        EXPECT_GE(byBound[i].second, byBound[i - 1].second);
}

TEST(DemoFleet, LatencySpikeStartsAndEndsOnSchedule)
{
    const DemoFleet fleet(7);
    const qint64 t0 = cycleStart(); // fraud-scorer latency spike: minutes 0 to 25 of the cycle
    const QString p99
        = u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{service=\"fraud-scorer\"}[5m])))"_s;
    EXPECT_LT(instant(fleet, p99, t0 - 10 * minute), 0.2) << "healthy before the incident";
    EXPECT_GT(instant(fleet, p99, t0 + 12 * minute), 0.5) << "past the 500 ms line during it";
    EXPECT_LT(instant(fleet, p99, t0 + 35 * minute), 0.2) << "healthy again after it";
    // The other services are not affected.
    EXPECT_LT(
        instant(fleet,
            u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{service=\"churn-model\"}[5m])))"_s,
            t0 + 20 * minute),
        0.5);
}

TEST(DemoFleet, GpuNodeDownStopsItsMetricsAndReadiness)
{
    const DemoFleet fleet(7);
    const qint64 down = cycleStart() + 110 * minute; // gpu-node-2 is down from minute 100 to 125
    EXPECT_FALSE(fleet.nodeReady(u"gpu-node-2"_s, down));
    EXPECT_TRUE(fleet.nodeReady(u"gpu-node-1"_s, down));
    EXPECT_DOUBLE_EQ(
        instant(fleet, u"sum(kube_node_status_condition{condition=\"Ready\",status=\"true\"})"_s, down), 2.0);
    EXPECT_DOUBLE_EQ(
        instant(fleet, u"sum(kube_node_status_condition{condition=\"Ready\",status=\"true\"})"_s, down + 20 * minute),
        3.0);
    auto r = promql::evaluateInstant(u"ml_gpu_utilization_percent{service=\"fraud-scorer\"}"_s, down, fleet);
    ASSERT_TRUE(r);
    EXPECT_TRUE(std::get<metrics::Vector>(r->data).empty()) << "a node that is down has no samples";
}

TEST(DemoFleet, FeatureStoreGoesStaleOnlyDuringItsIncident)
{
    const DemoFleet fleet(7);
    const qint64 t0 = cycleStart();
    const int churn = fleet.serviceIndex(u"churn-model"_s);
    // Normally refreshed every 30 minutes.
    EXPECT_LE(t0 + 100 * minute - fleet.featureStoreUpdatedMs(churn, t0 + 100 * minute), 30 * minute);
    // Stale from minute 120 to 300: past two hours old by minute 260.
    EXPECT_GT(t0 + 260 * minute - fleet.featureStoreUpdatedMs(churn, t0 + 260 * minute), 120 * minute);
    EXPECT_LE(t0 + 310 * minute - fleet.featureStoreUpdatedMs(churn, t0 + 310 * minute), 30 * minute);
}

TEST(DemoAlertDesk, AnHourOfFleetLifeOpensAndClosesTheScriptedAlerts)
{
    const DemoFleet fleet(7);
    DemoAlertDesk desk(fleet);
    const qint64 t0 = cycleStart();
    // Replay history up to the cycle start, then run the first two hours in 15-second steps.
    desk.advanceTo(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC));
    desk.advanceTo(QDateTime::fromMSecsSinceEpoch(t0 + 120 * minute, Qt::UTC));
    EXPECT_TRUE(desk.ruleErrors().isEmpty()) << desk.ruleErrors().join(u"; "_s).toStdString();

    const auto all = desk.alerts({});
    auto find = [&](const QString& alias) -> const alerts::Alert* {
        for (const auto& a : all) {
            if (a.alias == alias && a.createdAt.toMSecsSinceEpoch() >= t0)
                return &a;
        }
        return nullptr;
    };
    const auto* latency = find(u"ModelServingLatencyHigh/fraud-scorer"_s);
    ASSERT_NE(latency, nullptr);
    EXPECT_EQ(latency->priority, alerts::Priority::P1);
    EXPECT_EQ(latency->team, u"ML Infra"_s);
    EXPECT_EQ(latency->service, u"fraud-scorer"_s);
    EXPECT_EQ(latency->runbookUrl, u"runbook:model-serving-latency"_s);
    // Fires after the p99 crosses 500 ms and has stayed there for the rule's 5 minutes.
    const qint64 firedAfter = latency->createdAt.toMSecsSinceEpoch() - t0;
    EXPECT_GE(firedAfter, 5 * minute);
    EXPECT_LE(firedAfter, 12 * minute);
    // Resolves once the spike (minutes 0-25) is over, give or take the 5-minute rate window.
    ASSERT_EQ(latency->status, alerts::AlertStatus::Closed);
    EXPECT_GE(latency->closedAt.toMSecsSinceEpoch() - t0, 24 * minute);
    EXPECT_LE(latency->closedAt.toMSecsSinceEpoch() - t0, 31 * minute);
    // Nobody acknowledged a P1: the policy escalated it to the secondary after 5 minutes.
    EXPECT_GE(latency->escalationLevel, 1);

    const auto* accuracy = find(u"ModelAccuracyDrop/churn-model"_s);
    ASSERT_NE(accuracy, nullptr);
    EXPECT_EQ(accuracy->priority, alerts::Priority::P2);
    EXPECT_EQ(accuracy->team, u"Data Science"_s);
    EXPECT_GE(accuracy->createdAt.toMSecsSinceEpoch() - t0, 45 * minute); // starts at 30, needs 15 m below 0.85
    EXPECT_EQ(accuracy->status, alerts::AlertStatus::Closed);

    const auto* node = find(u"GPUNodeNotReady/gpu-node-2"_s);
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->service, u"fraud-scorer"_s);
    EXPECT_EQ(node->status, alerts::AlertStatus::Open) << "the node is still down at minute 120";

    const auto* drift = find(u"DataDriftDetected/sentiment-api/text_length"_s);
    ASSERT_NE(drift, nullptr);
    EXPECT_EQ(drift->status, alerts::AlertStatus::Open);
    EXPECT_EQ(find(u"DataDriftDetected/sentiment-api/emoji_ratio"_s), nullptr) << "only the scripted feature drifts";
}

TEST(DemoAlertDesk, ActionsChangeTheAlertAsABackendWould)
{
    const DemoFleet fleet(7);
    DemoAlertDesk desk(fleet);
    const qint64 t0 = cycleStart();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(t0 + 115 * minute, Qt::UTC);
    desk.advanceTo(now);
    QString nodeAlert;
    for (const auto& a : desk.alerts({})) {
        if (a.alias == u"GPUNodeNotReady/gpu-node-2" && a.status == alerts::AlertStatus::Open)
            nodeAlert = a.id;
    }
    ASSERT_FALSE(nodeAlert.isEmpty());

    alerts::AlertAction ack;
    ack.kind = alerts::ActionKind::Acknowledge;
    ack.alertId = nodeAlert;
    ack.user = u"somchai"_s;
    auto acked = desk.apply(ack, now);
    ASSERT_TRUE(acked);
    EXPECT_EQ(acked->status, alerts::AlertStatus::Acknowledged);
    EXPECT_EQ(acked->owner, u"somchai"_s);

    alerts::AlertAction note;
    note.kind = alerts::ActionKind::AddNote;
    note.alertId = nodeAlert;
    note.user = u"somchai"_s;
    note.note = u"Draining the node"_s;
    auto noted = desk.apply(note, now);
    ASSERT_TRUE(noted);
    EXPECT_EQ(noted->notes.last().text, u"Draining the node"_s);

    alerts::AlertAction escalate;
    escalate.kind = alerts::ActionKind::Escalate;
    escalate.alertId = nodeAlert;
    auto escalated = desk.apply(escalate, now);
    ASSERT_TRUE(escalated);
    EXPECT_EQ(escalated->escalationLevel, acked->escalationLevel + 1);

    alerts::AlertAction close;
    close.kind = alerts::ActionKind::Close;
    close.alertId = nodeAlert;
    ASSERT_TRUE(desk.apply(close, now));
    auto again = desk.apply(close, now);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Http);

    alerts::AlertAction unknown;
    unknown.alertId = u"nope"_s;
    EXPECT_EQ(desk.apply(unknown, now).error().code, ErrorCode::NotFound);

    // A closed alert stays closed while its condition keeps firing; it is not reopened behind the user's back.
    desk.advanceTo(now.addSecs(5 * 60));
    EXPECT_EQ(desk.alert(nodeAlert)->status, alerts::AlertStatus::Closed);
}

TEST(DemoAlertDesk, SomeAlertIsAlwaysOpenSoTheDemoIsNeverEmpty)
{
    const DemoFleet fleet(7);
    DemoAlertDesk desk(fleet);
    const qint64 t0 = cycleStart();
    for (qint64 t = t0; t <= t0 + IncidentScript::cycleMinutes * minute; t += 5 * minute) {
        desk.advanceTo(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
        int open = 0;
        for (const auto& a : desk.alerts({}))
            open += a.status != alerts::AlertStatus::Closed ? 1 : 0;
        EXPECT_GE(open, 1) << "no open alert at minute " << (t - t0) / minute;
    }
}

TEST(DemoAlertDesk, ASnoozeEndsByItself)
{
    const DemoFleet fleet(7);
    DemoAlertDesk desk(fleet);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(cycleStart() + 115 * minute, Qt::UTC);
    desk.advanceTo(now);
    QString id;
    for (const auto& a : desk.alerts({})) {
        if (a.alias == u"GPUNodeNotReady/gpu-node-2" && a.status != alerts::AlertStatus::Closed)
            id = a.id;
    }
    ASSERT_FALSE(id.isEmpty());
    alerts::AlertAction snooze;
    snooze.kind = alerts::ActionKind::Snooze;
    snooze.alertId = id;
    snooze.snoozeUntil = now.addSecs(5 * 60);
    ASSERT_EQ(desk.apply(snooze, now)->status, alerts::AlertStatus::Snoozed);
    desk.advanceTo(now.addSecs(4 * 60));
    EXPECT_EQ(desk.alert(id)->status, alerts::AlertStatus::Snoozed);
    desk.advanceTo(now.addSecs(6 * 60));
    EXPECT_EQ(desk.alert(id)->status, alerts::AlertStatus::Open);
}
