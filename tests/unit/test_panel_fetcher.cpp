#include "fakes/FakeMetricsBackend.h"
#include "polling/PanelFetcher.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::polling;

namespace {

workspace::Panel latencyPanel()
{
    workspace::Panel p;
    p.id = u"latency"_s;
    p.title = u"Latency"_s;
    p.kind = workspace::PanelKind::TimeSeries;
    p.rangeMinutes = 60;
    p.targets = {{u"p99{service=\"$service\"}"_s, u"p99 {{service}}"_s}, {u"p50{service=\"$service\"}"_s, u"p50"_s}};
    return p;
}

metrics::QueryResult matrixOf(const QString& service, double value)
{
    metrics::Series s;
    s.labels = {{u"service"_s, service}};
    s.timestampsMs = {1000, 2000};
    s.values = {value, value};
    return {metrics::Matrix{s}, {}};
}

} // namespace

TEST(PanelFetcher, StepIsOnePointPerPixelButNeverBelowTheScrapeInterval)
{
    EXPECT_EQ(rangeStepSeconds(60, 800), 15);
    EXPECT_EQ(rangeStepSeconds(24 * 60, 800), 108);
    EXPECT_EQ(rangeStepSeconds(7 * 24 * 60, 600), 1008);
    // A year on a 4K-wide wall screen would be 11,000+ points: the step grows to stay under the limit.
    EXPECT_EQ(rangeStepSeconds(365 * 24 * 60, 3840), 8213);
    EXPECT_LE(365 * 24 * 3600 / rangeStepSeconds(365 * 24 * 60, 100'000), 11'000);
}

TEST(PanelFetcher, LegendTemplatesUseLabels)
{
    const metrics::Labels labels{{u"__name__"_s, u"up"_s}, {u"class"_s, u"churn"_s}, {u"job"_s, u"x"_s}};
    EXPECT_EQ(expandLegend(u"{{class}} rate"_s, labels), u"churn rate"_s);
    EXPECT_EQ(expandLegend(u"{{ class }}"_s, labels), u"churn"_s);
    EXPECT_EQ(expandLegend({}, labels), u"up{class=\"churn\", job=\"x\"}"_s);
}

TEST(PanelFetcher, RangeQueriesExpandVariablesAndAlignToTheStep)
{
    fakes::FakeMetricsBackend backend;
    backend.answers.insert(u"p99{service=\"fraud-scorer\"}"_s, matrixOf(u"fraud-scorer"_s, 0.4));
    backend.answers.insert(u"p50{service=\"fraud-scorer\"}"_s, matrixOf(u"fraud-scorer"_s, 0.1));
    const auto panel = latencyPanel();
    PanelRequest request{&panel, {{u"service"_s, u"fraud-scorer"_s}},
        QDateTime::fromString(u"2026-03-01T12:00:07Z"_s, Qt::ISODate), 800};
    std::optional<PanelData> got;
    fetchPanel(backend, request, nullptr, [&](PanelData d) { got = std::move(d); });
    ASSERT_TRUE(got);
    ASSERT_EQ(backend.rangeQueries.size(), 2);
    EXPECT_EQ(backend.rangeQueries[0].stepSeconds, 15);
    EXPECT_EQ(backend.rangeQueries[0].end, QDateTime::fromString(u"2026-03-01T12:00:00Z"_s, Qt::ISODate));
    EXPECT_EQ(backend.rangeQueries[0].start, QDateTime::fromString(u"2026-03-01T11:00:00Z"_s, Qt::ISODate));
    ASSERT_EQ(got->series.size(), 2u);
    EXPECT_EQ(got->series[0].legend, u"p99 fraud-scorer"_s);
    EXPECT_EQ(got->series[1].target, 1);
    EXPECT_FALSE(got->error);
}

TEST(PanelFetcher, OneFailingTargetDoesNotBlankTheOthers)
{
    fakes::FakeMetricsBackend backend;
    backend.answers.insert(u"p99{service=\"a\"}"_s, matrixOf(u"a"_s, 0.4));
    backend.answers.insert(
        u"p50{service=\"a\"}"_s, std::unexpected(Error{ErrorCode::Http, u"503 from Thanos"_s, std::nullopt, 503}));
    const auto panel = latencyPanel();
    PanelRequest request{&panel, {{u"service"_s, u"a"_s}}, QDateTime::currentDateTimeUtc(), 600};
    std::optional<PanelData> got;
    fetchPanel(backend, request, nullptr, [&](PanelData d) { got = std::move(d); });
    ASSERT_TRUE(got);
    ASSERT_EQ(got->series.size(), 1u);
    ASSERT_TRUE(got->error);
    EXPECT_EQ(got->error->httpStatus, 503);
}

TEST(PanelFetcher, VariableValuesCannotBreakOutOfTheirQuotes)
{
    fakes::FakeMetricsBackend backend;
    const auto panel = latencyPanel();
    PanelRequest request{
        &panel, {{u"service"_s, u"a\"} or vector(1) or {x=\""_s}}, QDateTime::currentDateTimeUtc(), 600};
    fetchPanel(backend, request, nullptr, [](PanelData) {});
    ASSERT_EQ(backend.rangeQueries.size(), 2);
    EXPECT_EQ(backend.rangeQueries[0].expr, u"p99{service=\"a\\\"} or vector(1) or {x=\\\"\"}"_s);
}

TEST(PanelFetcher, LongSeriesAreDecimatedInCoreBeforeTheChartSeesThem)
{
    fakes::FakeMetricsBackend backend;
    metrics::Series raw;
    for (int i = 0; i < 100'000; ++i) {
        raw.timestampsMs.push_back(i * 1000LL);
        raw.values.push_back(i == 54'321 ? 99.0 : double(i % 7));
    }
    backend.answers.insert(u"p99{service=\"a\"}"_s, metrics::QueryResult{metrics::Matrix{raw}, {}});
    backend.answers.insert(u"p50{service=\"a\"}"_s, matrixOf(u"a"_s, 1.0));
    const auto panel = latencyPanel();
    PanelRequest request{&panel, {{u"service"_s, u"a"_s}}, QDateTime::currentDateTimeUtc(), 500};
    std::optional<PanelData> got;
    fetchPanel(backend, request, nullptr, [&](PanelData d) { got = std::move(d); });
    ASSERT_TRUE(got);
    const auto& series = got->series.front();
    EXPECT_LE(series.values.size(), 1000u) << "at most two points per pixel column";
    EXPECT_NE(std::find(series.values.begin(), series.values.end(), 99.0), series.values.end())
        << "the one-sample spike survives";
    EXPECT_EQ(got->series[1].values.size(), 2u) << "short series pass through untouched";
}
