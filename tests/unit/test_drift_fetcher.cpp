// The drift panel's poll: the queries it asks, the report it makes of the answers, and what a failure leaves.
#include "analytics/drift/BucketSets.h"
#include "fakes/FakeMetricsBackend.h"
#include "polling/DriftFetcher.h"

#include <gtest/gtest.h>

#include <array>

using namespace wk;

namespace {

metrics::Labels labels(const QString& feature, const QString& le)
{
    return {{QStringLiteral("feature"), feature}, {QStringLiteral("le"), le}};
}

// Cumulative counts at le=1, le=2 and +Inf for each feature.
metrics::Vector histogram(const QList<std::pair<QString, std::array<double, 3>>>& features)
{
    metrics::Vector out;
    for (const auto& [name, counts] : features) {
        out.push_back({labels(name, QStringLiteral("1")), 0, counts[0]});
        out.push_back({labels(name, QStringLiteral("2")), 0, counts[1]});
        out.push_back({labels(name, QStringLiteral("+Inf")), 0, counts[2]});
    }
    return out;
}

metrics::Matrix overTime(const metrics::Vector& at, const std::vector<qint64>& timesMs)
{
    metrics::Matrix out;
    for (const metrics::Sample& s : at) {
        metrics::Series series{s.labels, timesMs, std::vector<double>(timesMs.size(), s.value)};
        out.push_back(series);
    }
    return out;
}

struct DriftFetcherTest : ::testing::Test
{
    workspace::Panel panel;
    fakes::FakeMetricsBackend backend;
    polling::PanelRequest request;
    QMap<QString, QString> variables{{QStringLiteral("service"), QStringLiteral("fraud \"scorer\"")}};

    DriftFetcherTest()
    {
        panel.kind = workspace::PanelKind::Drift;
        panel.drift.histogram = QStringLiteral("x_bucket{service=\"$service\"}");
        panel.drift.windowMinutes = 60;
        panel.drift.heatmapHours = 3;
        request.panel = &panel;
        request.variables = variables;
        request.now = QDateTime::fromSecsSinceEpoch(1'800'000'000 + 1234, Qt::UTC);
    }

    polling::PanelData fetch()
    {
        polling::PanelData out;
        bool called = false;
        polling::fetchDriftPanel(backend, request, nullptr, [&](polling::PanelData data) {
            out = std::move(data);
            called = true;
        });
        EXPECT_TRUE(called);
        return out;
    }
};

} // namespace

TEST_F(DriftFetcherTest, AsksForTheCurrentAndReferenceWindows)
{
    EXPECT_EQ(polling::driftCurrentExpr(panel.drift, variables),
        QStringLiteral("sum by (feature, le) (increase(x_bucket{service=\"fraud \\\"scorer\\\"\"}[60m]))"));
    EXPECT_EQ(polling::driftReferenceExpr(panel.drift, variables),
        QStringLiteral(
            "sum by (feature, le) (increase(x_bucket{service=\"fraud \\\"scorer\\\"\"}[60m] offset 1440m))"));
    panel.drift.referenceFrom = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    panel.drift.referenceTo = QDateTime::fromSecsSinceEpoch(7200, Qt::UTC);
    EXPECT_TRUE(polling::driftReferenceExpr(panel.drift, variables).contains(QStringLiteral("[7200s]")));
}

TEST_F(DriftFetcherTest, ReportsEachFeatureMostDriftedFirstAndAHeatmap)
{
    const QString current = polling::driftCurrentExpr(panel.drift, variables);
    const QString reference = polling::driftReferenceExpr(panel.drift, variables);
    const metrics::Vector now
        = histogram({{QStringLiteral("age"), {50, 100, 100}}, {QStringLiteral("amount"), {25, 100, 100}}});
    const metrics::Vector before
        = histogram({{QStringLiteral("age"), {50, 100, 100}}, {QStringLiteral("amount"), {50, 100, 100}}});
    backend.answers.insert(current, metrics::QueryResult{now, {}});
    backend.answers.insert(reference, metrics::QueryResult{before, {}});
    const qint64 end = request.now.toSecsSinceEpoch() / 3600 * 3600 * 1000;
    const std::vector<qint64> times{end - 2 * 3'600'000, end - 3'600'000, end};
    backend.rangeAnswers.insert(current, metrics::QueryResult{overTime(now, times), {}});
    backend.rangeAnswers.insert(reference, metrics::QueryResult{overTime(before, {times[1], times[2]}), {}});

    const polling::PanelData data = fetch();
    ASSERT_FALSE(data.error) << data.error->detail.toStdString();
    ASSERT_TRUE(data.drift);
    ASSERT_EQ(data.drift->features.size(), 2u);
    EXPECT_EQ(data.drift->features[0].feature, QStringLiteral("amount"));
    EXPECT_NEAR(data.drift->features[0].result->psi, 0.27465307216702745, 1e-12);
    EXPECT_EQ(data.drift->features[1].feature, QStringLiteral("age"));
    EXPECT_DOUBLE_EQ(data.drift->features[1].result->psi, 0.0);

    const polling::DriftHeatmap& map = data.drift->heatmap;
    ASSERT_EQ(map.timesMs, times);
    ASSERT_EQ(map.features, (QStringList{QStringLiteral("age"), QStringLiteral("amount")}));
    EXPECT_FALSE(map.psi[1][0]) << "the reference range had no sample then: no value, not zero";
    ASSERT_TRUE(map.psi[1][2]);
    EXPECT_NEAR(*map.psi[1][2], 0.27465307216702745, 1e-12);
    ASSERT_EQ(backend.rangeQueries.size(), 2);
    EXPECT_EQ(backend.rangeQueries[0].stepSeconds, 3600);
}

TEST_F(DriftFetcherTest, AFailedQueryLeavesNoReportAndSaysWhy)
{
    const QString current = polling::driftCurrentExpr(panel.drift, variables);
    backend.answers.insert(current, metrics::QueryResult{histogram({{QStringLiteral("a"), {1, 2, 3}}}), {}});
    // The reference query has no answer: the fake fails it.
    const polling::PanelData data = fetch();
    ASSERT_TRUE(data.error);
    EXPECT_FALSE(data.drift);
    EXPECT_FALSE(data.hasContent());
}

TEST_F(DriftFetcherTest, AMissingReferenceFileIsAnError)
{
    panel.drift.referenceFile = QStringLiteral("/nonexistent/reference.csv");
    const QString current = polling::driftCurrentExpr(panel.drift, variables);
    backend.answers.insert(current, metrics::QueryResult{histogram({{QStringLiteral("a"), {1, 2, 3}}}), {}});
    backend.rangeAnswers.insert(current, metrics::QueryResult{metrics::Matrix{}, {}});
    const polling::PanelData data = fetch();
    ASSERT_TRUE(data.error);
    EXPECT_EQ(data.error->code, ErrorCode::Io);
    EXPECT_TRUE(data.error->detail.contains(QStringLiteral("reference.csv")));
}

TEST_F(DriftFetcherTest, AFeatureWithoutDataIsListedLastWithoutFigures)
{
    const QString current = polling::driftCurrentExpr(panel.drift, variables);
    const QString reference = polling::driftReferenceExpr(panel.drift, variables);
    backend.answers.insert(current,
        metrics::QueryResult{
            histogram({{QStringLiteral("quiet"), {0, 0, 0}}, {QStringLiteral("busy"), {1, 2, 3}}}), {}});
    backend.answers.insert(reference,
        metrics::QueryResult{
            histogram({{QStringLiteral("quiet"), {1, 2, 3}}, {QStringLiteral("busy"), {1, 2, 3}}}), {}});
    backend.rangeAnswers.insert(current, metrics::QueryResult{metrics::Matrix{}, {}});
    backend.rangeAnswers.insert(reference, metrics::QueryResult{metrics::Matrix{}, {}});
    const polling::PanelData data = fetch();
    ASSERT_TRUE(data.drift);
    ASSERT_EQ(data.drift->features.size(), 2u);
    EXPECT_EQ(data.drift->features[0].feature, QStringLiteral("busy"));
    EXPECT_FALSE(data.drift->features[1].result);
}
