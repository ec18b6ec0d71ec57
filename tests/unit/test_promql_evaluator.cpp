#include "demo/promql/Evaluator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::demo::promql;

namespace {

constexpr qint64 kBase = 1'700'000'000'000; // counters start at 0 here
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = kBase + 60 * kMinute;

double seconds(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

// A small world with known answers. select() narrows by metric name only, so the tests also prove that the
// evaluator applies the other matchers itself (anchored regexes included).
class FakeSource : public SeriesSource
{
public:
    FakeSource()
    {
        counter(u"http_requests_total"_s, {{u"job"_s, u"api"_s}, {u"instance"_s, u"a"_s}}, 2.0);
        counter(u"http_requests_total"_s, {{u"job"_s, u"api"_s}, {u"instance"_s, u"b"_s}}, 3.0);
        counter(u"http_requests_total"_s, {{u"job"_s, u"web"_s}, {u"instance"_s, u"c"_s}}, 7.0);
        counter(u"http_errors_total"_s, {{u"job"_s, u"api"_s}, {u"instance"_s, u"a"_s}}, 0.5);
        counter(u"http_errors_total"_s, {{u"job"_s, u"api"_s}, {u"instance"_s, u"b"_s}}, 0.3);
        // Per instance: 1/s at most 0.1 s, 3/s at most 0.5 s, 4/s at most 1 s, 5/s in all.
        const std::pair<const char16_t*, double> buckets[]
            = {{u"0.1", 1.0}, {u"0.5", 3.0}, {u"1", 4.0}, {u"+Inf", 5.0}};
        for (const QString& instance : {u"a"_s, u"b"_s}) {
            for (const auto& [le, rate] : buckets)
                counter(u"request_duration_seconds_bucket"_s,
                    {{u"job"_s, u"api"_s}, {u"instance"_s, instance}, {u"le"_s, QString::fromUtf16(le)}}, rate);
        }
        // Rises 0.5 per second from 20 at kBase.
        gauge(u"temperature_celsius"_s, {{u"room"_s, u"lab"_s}},
            [](qint64 t) { return 20.0 + 0.5 * seconds(t - kBase); });
        // Down (no samples) from kBase + 30 min to kBase + 40 min.
        gauge(u"node_up"_s, {{u"instance"_s, u"flaky"_s}},
            [](qint64 t) { return t >= kBase + 30 * kMinute && t < kBase + 40 * kMinute ? qQNaN() : 1.0; });
    }

    std::vector<SeriesRef> select(const std::vector<Matcher>& matchers) const override
    {
        ++selectCalls;
        std::vector<SeriesRef> result;
        for (const Definition& d : m_series) {
            const bool nameMatches = std::all_of(matchers.begin(), matchers.end(), [&](const Matcher& m) {
                return m.name != u"__name__"_s || m.op != Matcher::Op::Equal || m.value == d.ref.labels.value(m.name);
            });
            if (nameMatches)
                result.push_back(d.ref);
        }
        return result;
    }

    double value(const SeriesRef& series, qint64 timeMs) const override
    {
        ++valueCalls;
        return m_series[static_cast<std::size_t>(series.id)].value(timeMs);
    }

    double counterTotal(const SeriesRef& series, qint64 timeMs) const override
    {
        return m_series[static_cast<std::size_t>(series.id)].total(timeMs);
    }

    mutable int selectCalls = 0;
    mutable qint64 valueCalls = 0;

private:
    struct Definition
    {
        SeriesRef ref;
        std::function<double(qint64)> value;
        std::function<double(qint64)> total;
    };

    void counter(const QString& name, metrics::Labels labels, double perSecond)
    {
        labels.insert(u"__name__"_s, name);
        m_series.push_back(
            {{labels, Kind::Counter, static_cast<int>(m_series.size())}, [perSecond](qint64) { return perSecond; },
                [perSecond](qint64 t) { return perSecond * seconds(t - kBase); }});
    }

    void gauge(const QString& name, metrics::Labels labels, std::function<double(qint64)> f)
    {
        labels.insert(u"__name__"_s, name);
        m_series.push_back({{labels, Kind::Gauge, static_cast<int>(m_series.size())}, std::move(f), {}});
    }

    std::vector<Definition> m_series;
};

metrics::Vector vectorAt(const SeriesSource& source, const QString& expr, qint64 t = kNow)
{
    auto result = evaluateInstant(expr, t, source);
    EXPECT_TRUE(result.has_value()) << expr.toStdString() << ": "
                                    << (result ? "" : result.error().detail.toStdString());
    if (!result)
        return {};
    const auto* vector = std::get_if<metrics::Vector>(&result->data);
    EXPECT_NE(vector, nullptr) << expr.toStdString() << " is not a vector";
    return vector ? *vector : metrics::Vector{};
}

// The value of a one-element vector or a scalar.
double valueAt(const SeriesSource& source, const QString& expr, qint64 t = kNow)
{
    auto result = evaluateInstant(expr, t, source);
    EXPECT_TRUE(result.has_value()) << expr.toStdString() << ": "
                                    << (result ? "" : result.error().detail.toStdString());
    if (!result)
        return qQNaN();
    if (const auto* scalar = std::get_if<metrics::Scalar>(&result->data))
        return scalar->value;
    const auto* vector = std::get_if<metrics::Vector>(&result->data);
    EXPECT_TRUE(vector && vector->size() == 1) << expr.toStdString() << " is not a single sample";
    return vector && vector->size() == 1 ? vector->front().value : qQNaN();
}

QString errorOf(const SeriesSource& source, const QString& expr)
{
    auto result = evaluateInstant(expr, kNow, source);
    EXPECT_FALSE(result.has_value()) << expr.toStdString() << " succeeded";
    return result ? QString() : result.error().detail;
}

} // namespace

TEST(PromqlEvaluator, CounterRateIncreaseAndRawTotal)
{
    const FakeSource source;
    EXPECT_DOUBLE_EQ(valueAt(source, u"rate(http_requests_total{instance=\"a\"}[5m])"_s), 2.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"irate(http_requests_total{instance=\"a\"}[5m])"_s), 2.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"increase(http_requests_total{instance=\"b\"}[5m])"_s), 900.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"increase(http_requests_total{instance=\"a\"}[1h30m])"_s), 10'800.0);
    // Read raw, a counter is its total: 2/s for an hour.
    EXPECT_DOUBLE_EQ(valueAt(source, u"http_requests_total{instance=\"a\"}"_s), 7200.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"max_over_time(http_requests_total{instance=\"a\"}[5m])"_s), 7200.0);

    const metrics::Vector rates = vectorAt(source, u"rate(http_requests_total[5m])"_s);
    ASSERT_EQ(rates.size(), 3u);
    // Sorted by labels, __name__ dropped.
    EXPECT_EQ(rates[0].labels, metrics::Labels({{u"instance"_s, u"a"_s}, {u"job"_s, u"api"_s}}));
    EXPECT_EQ(rates[2].labels, metrics::Labels({{u"instance"_s, u"c"_s}, {u"job"_s, u"web"_s}}));
    EXPECT_DOUBLE_EQ(rates[2].value, 7.0);
    EXPECT_EQ(rates[0].timestampMs, kNow);
}

TEST(PromqlEvaluator, GaugeOverTimeAndPrometheusStyleRate)
{
    const FakeSource source;
    // Samples at now, now-15 s, ... now-285 s of 1820 - 0.5 * age.
    EXPECT_DOUBLE_EQ(valueAt(source, u"temperature_celsius"_s), 1820.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"avg_over_time(temperature_celsius[5m])"_s), 1820.0 - 71.25);
    EXPECT_DOUBLE_EQ(valueAt(source, u"max_over_time(temperature_celsius[5m])"_s), 1820.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"min_over_time(temperature_celsius[5m])"_s), 1820.0 - 142.5);
    EXPECT_DOUBLE_EQ(valueAt(source, u"sum_over_time(temperature_celsius[5m])"_s), 20 * (1820.0 - 71.25));
    EXPECT_DOUBLE_EQ(valueAt(source, u"count_over_time(temperature_celsius[5m])"_s), 20.0);
    // 142.5 over 285 s of samples, extrapolated by one interval at the start to the full 300 s.
    EXPECT_DOUBLE_EQ(valueAt(source, u"delta(temperature_celsius[5m])"_s), 150.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"rate(temperature_celsius[5m])"_s), 0.5);
    EXPECT_DOUBLE_EQ(valueAt(source, u"irate(temperature_celsius[5m])"_s), 0.5);
}

TEST(PromqlEvaluator, OffsetReadsOneDayEarlier)
{
    const FakeSource source;
    EXPECT_DOUBLE_EQ(valueAt(source, u"temperature_celsius offset 1d"_s), 20.0 + 0.5 * (3600.0 - 86'400.0));
    EXPECT_DOUBLE_EQ(valueAt(source, u"avg_over_time(temperature_celsius[5m] offset 1d)"_s),
        20.0 + 0.5 * (3600.0 - 86'400.0) - 71.25);
    EXPECT_DOUBLE_EQ(valueAt(source, u"temperature_celsius - temperature_celsius offset 1d"_s), 0.5 * 86'400.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"temperature_celsius offset 1d"_s, kNow + kDay), 1820.0);
}

TEST(PromqlEvaluator, AggregationsByAndWithout)
{
    const FakeSource source;
    const metrics::Vector sums = vectorAt(source, u"sum by (job) (rate(http_requests_total[5m]))"_s);
    ASSERT_EQ(sums.size(), 2u);
    EXPECT_EQ(sums[0].labels, metrics::Labels({{u"job"_s, u"api"_s}}));
    EXPECT_DOUBLE_EQ(sums[0].value, 5.0);
    EXPECT_DOUBLE_EQ(sums[1].value, 7.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"sum(rate(http_requests_total[5m]))"_s), 12.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"avg(rate(http_requests_total[5m])) by ()"_s), 4.0);
    EXPECT_DOUBLE_EQ(vectorAt(source, u"avg by (job) (rate(http_requests_total[5m]))"_s)[0].value, 2.5);
    EXPECT_DOUBLE_EQ(vectorAt(source, u"max by (job) (rate(http_requests_total[5m]))"_s)[0].value, 3.0);
    EXPECT_DOUBLE_EQ(vectorAt(source, u"min by (job) (rate(http_requests_total[5m]))"_s)[0].value, 2.0);
    EXPECT_DOUBLE_EQ(vectorAt(source, u"count by (job) (http_requests_total)"_s)[0].value, 2.0);
    const metrics::Vector without = vectorAt(source, u"sum without (instance) (rate(http_requests_total[5m]))"_s);
    ASSERT_EQ(without.size(), 2u);
    EXPECT_EQ(without[1].labels, metrics::Labels({{u"job"_s, u"web"_s}}));
}

TEST(PromqlEvaluator, HistogramQuantileThroughTheFullExpression)
{
    const FakeSource source;
    // Summed buckets: 2 <= 0.1, 6 <= 0.5, 8 <= 1, 10 in all. Rank 5 -> 0.1 + 0.4 * 3/4.
    const QString p50 = u"histogram_quantile(0.5, sum by (le) (rate(request_duration_seconds_bucket[5m])))"_s;
    const metrics::Vector median = vectorAt(source, p50);
    ASSERT_EQ(median.size(), 1u);
    EXPECT_TRUE(median[0].labels.isEmpty());
    EXPECT_NEAR(median[0].value, 0.4, 1e-12);
    EXPECT_NEAR(valueAt(source, QString(p50).replace(u"0.5,"_s, u"0.7,"_s)), 0.75, 1e-12);
    // Rank 9 is in +Inf: the highest finite bound.
    EXPECT_DOUBLE_EQ(valueAt(source, QString(p50).replace(u"0.5,"_s, u"0.99,"_s)), 1.0);
    // Without the sum, one quantile per instance; `le` and the name are gone.
    const metrics::Vector perInstance
        = vectorAt(source, u"histogram_quantile(0.1, rate(request_duration_seconds_bucket[5m]))"_s);
    ASSERT_EQ(perInstance.size(), 2u);
    EXPECT_EQ(perInstance[1].labels, metrics::Labels({{u"instance"_s, u"b"_s}, {u"job"_s, u"api"_s}}));
    EXPECT_NEAR(perInstance[1].value, 0.05, 1e-12);
}

TEST(PromqlEvaluator, VectorDivisionMatchesLabels)
{
    const FakeSource source;
    const metrics::Vector ratio = vectorAt(source, u"rate(http_errors_total[5m]) / rate(http_requests_total[5m])"_s);
    ASSERT_EQ(ratio.size(), 2u); // instance c has no errors series
    EXPECT_EQ(ratio[0].labels, metrics::Labels({{u"instance"_s, u"a"_s}, {u"job"_s, u"api"_s}}));
    EXPECT_DOUBLE_EQ(ratio[0].value, 0.25);
    EXPECT_DOUBLE_EQ(ratio[1].value, 0.1);
    EXPECT_DOUBLE_EQ(
        valueAt(source,
            u"sum by (job) (rate(http_errors_total[5m])) / on(job) sum by (job) (rate(http_requests_total[5m]))"_s),
        0.16);
    const metrics::Vector onInstance
        = vectorAt(source, u"http_errors_total / on(instance) http_requests_total{job=\"api\"}"_s);
    ASSERT_EQ(onInstance.size(), 2u);
    EXPECT_EQ(onInstance[0].labels, metrics::Labels({{u"instance"_s, u"a"_s}})); // on() keeps only the matched labels
    EXPECT_TRUE(errorOf(source, u"http_errors_total / ignoring(instance) http_requests_total"_s)
                    .contains(u"many-to-many matching not allowed"_s));
}

TEST(PromqlEvaluator, ComparisonsFilterOrReturnBool)
{
    const FakeSource source;
    const metrics::Vector busy = vectorAt(source, u"rate(http_requests_total[5m]) > 2.5"_s);
    ASSERT_EQ(busy.size(), 2u);
    EXPECT_DOUBLE_EQ(busy[0].value, 3.0); // the sample's own value is kept
    EXPECT_EQ(busy[1].labels.value(u"instance"_s), u"c"_s);
    const metrics::Vector flipped = vectorAt(source, u"2.5 < rate(http_requests_total[5m])"_s);
    ASSERT_EQ(flipped.size(), 2u);
    EXPECT_DOUBLE_EQ(flipped[1].value, 7.0);
    const metrics::Vector flags = vectorAt(source, u"rate(http_requests_total[5m]) > bool 2.5"_s);
    ASSERT_EQ(flags.size(), 3u);
    EXPECT_EQ(flags[0].value, 0.0);
    EXPECT_EQ(flags[1].value, 1.0);
    // Vector/vector comparison keeps the left sample and its name.
    const metrics::Vector raw = vectorAt(source, u"http_requests_total > http_errors_total"_s);
    ASSERT_EQ(raw.size(), 2u);
    EXPECT_EQ(raw[0].labels.value(u"__name__"_s), u"http_requests_total"_s);
    EXPECT_EQ(valueAt(source, u"1 > bool 2"_s), 0.0);
    EXPECT_EQ(valueAt(source, u"2 >= bool 2"_s), 1.0);
    EXPECT_TRUE(vectorAt(source, u"temperature_celsius < 0"_s).empty());
}

TEST(PromqlEvaluator, SetOperatorsMatchOnLabelsWithoutName)
{
    const FakeSource source;
    EXPECT_EQ(vectorAt(source, u"http_requests_total and http_errors_total"_s).size(), 2u);
    const metrics::Vector unless = vectorAt(source, u"http_requests_total unless http_errors_total"_s);
    ASSERT_EQ(unless.size(), 1u);
    EXPECT_EQ(unless[0].labels.value(u"instance"_s), u"c"_s);
    // a and b come from the left (errors), c from the right.
    const metrics::Vector either = vectorAt(source, u"http_errors_total or http_requests_total"_s);
    ASSERT_EQ(either.size(), 3u);
    EXPECT_DOUBLE_EQ(either[0].value, 0.5 * 3600);
    EXPECT_DOUBLE_EQ(either[2].value, 7.0 * 3600);
    EXPECT_EQ(vectorAt(source, u"http_requests_total unless on(job) http_errors_total"_s).size(), 1u);
}

TEST(PromqlEvaluator, ScalarsFunctionsAndArithmetic)
{
    const FakeSource source;
    EXPECT_DOUBLE_EQ(valueAt(source, u"1 + 2 * 3 - 4 / 2"_s), 5.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"-2 ^ 2"_s), -4.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"(1 + 2) * 3"_s), 9.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"7 % 4"_s), 3.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"time()"_s), seconds(kNow));
    EXPECT_DOUBLE_EQ(valueAt(source, u"scalar(sum(rate(http_requests_total[5m])))"_s), 12.0);
    EXPECT_TRUE(std::isnan(valueAt(source, u"scalar(rate(http_requests_total[5m]))"_s)));
    EXPECT_DOUBLE_EQ(valueAt(source, u"vector(3) * 2"_s), 6.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"abs(-temperature_celsius)"_s), 1820.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"clamp_max(temperature_celsius, 100)"_s), 100.0);
    EXPECT_DOUBLE_EQ(valueAt(source, u"clamp_min(temperature_celsius, 5000)"_s), 5000.0);
    EXPECT_DOUBLE_EQ(vectorAt(source, u"clamp_max(rate(http_requests_total[5m]), 2.5)"_s)[1].value, 2.5);
    EXPECT_DOUBLE_EQ(valueAt(source, u"time() - max(temperature_celsius)"_s), seconds(kNow) - 1820.0);
    const metrics::Vector negated = vectorAt(source, u"-temperature_celsius"_s);
    ASSERT_EQ(negated.size(), 1u);
    EXPECT_FALSE(negated[0].labels.contains(u"__name__"_s));
    EXPECT_DOUBLE_EQ(valueAt(source, u"temperature_celsius / 0"_s), std::numeric_limits<double>::infinity());
}

TEST(PromqlEvaluator, SelectorsMatchLikePrometheus)
{
    const FakeSource source;
    EXPECT_EQ(vectorAt(source, u"http_requests_total{instance=~\"a|b\"}"_s).size(), 2u);
    EXPECT_EQ(vectorAt(source, u"http_requests_total{job=~\"ap\"}"_s).size(), 0u); // anchored
    EXPECT_EQ(vectorAt(source, u"http_requests_total{job!~\"a.*\"}"_s).size(), 1u);
    EXPECT_EQ(vectorAt(source, u"http_requests_total{job!=\"api\"}"_s).size(), 1u);
    EXPECT_EQ(vectorAt(source, u"{__name__=\"http_errors_total\"}"_s).size(), 2u);
    EXPECT_EQ(vectorAt(source, u"{__name__=~\"http_.*_total\", instance=\"a\"}"_s).size(), 2u);
    // A matcher on a missing label matches the empty value.
    EXPECT_EQ(vectorAt(source, u"http_requests_total{zone=\"\"}"_s).size(), 3u);
    // Dropping the names of two metrics leaves two identical label sets.
    EXPECT_EQ(errorOf(source, u"rate({__name__=~\"http_.*_total\", instance=\"a\"}[5m])"_s),
        u"vector cannot contain metrics with the same labelset"_s);
}

TEST(PromqlEvaluator, MissingSamplesAreSkipped)
{
    const FakeSource source;
    EXPECT_TRUE(vectorAt(source, u"node_up"_s, kBase + 35 * kMinute).empty());
    EXPECT_DOUBLE_EQ(valueAt(source, u"node_up"_s, kBase + 45 * kMinute), 1.0);
    // (37:00, 42:00]: only 40:00 ... 42:00 have samples.
    EXPECT_DOUBLE_EQ(valueAt(source, u"count_over_time(node_up[5m])"_s, kBase + 42 * kMinute), 9.0);
    // One sample in the window is too few for a rate, as in Prometheus.
    EXPECT_TRUE(vectorAt(source, u"rate(node_up[5m])"_s, kBase + 40 * kMinute).empty());
    EXPECT_TRUE(vectorAt(source, u"avg_over_time(node_up[5m])"_s, kBase + 39 * kMinute).empty());
}

TEST(PromqlEvaluator, RangeQueryShape)
{
    const FakeSource source;
    const qint64 start = kNow - 1000 * 1000;
    auto result = evaluateRange(u"sum by (job) (rate(http_requests_total[5m]))"_s, start, kNow, 7'000, source);
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    const auto& matrix = std::get<metrics::Matrix>(result->data);
    ASSERT_EQ(matrix.size(), 2u);
    EXPECT_EQ(matrix[0].labels, metrics::Labels({{u"job"_s, u"api"_s}}));
    EXPECT_EQ(matrix[1].labels, metrics::Labels({{u"job"_s, u"web"_s}}));
    const std::size_t points = 1000 / 7 + 1;
    ASSERT_EQ(matrix[0].timestampsMs.size(), points);
    ASSERT_EQ(matrix[0].values.size(), points);
    EXPECT_EQ(matrix[0].timestampsMs.front(), start);
    EXPECT_EQ(matrix[0].timestampsMs.back(), start + 142 * 7'000);
    EXPECT_DOUBLE_EQ(matrix[1].values[17], 7.0);
    // Parsed once and selected once for all 143 steps.
    EXPECT_EQ(source.selectCalls, 1);
}

TEST(PromqlEvaluator, RangeQueryScalarsAndGaps)
{
    const FakeSource source;
    auto scalar = evaluateRange(u"time()"_s, kBase, kBase + 2 * kMinute, kMinute, source);
    ASSERT_TRUE(scalar.has_value());
    const auto& one = std::get<metrics::Matrix>(scalar->data);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_TRUE(one[0].labels.isEmpty());
    EXPECT_EQ(one[0].values, (std::vector<double>{seconds(kBase), seconds(kBase) + 60, seconds(kBase) + 120}));

    // node_up is absent from 30:00 to 39:59: 25..29 and 40..45 remain.
    auto gaps = evaluateRange(u"node_up"_s, kBase + 25 * kMinute, kBase + 45 * kMinute, kMinute, source);
    ASSERT_TRUE(gaps.has_value());
    const auto& series = std::get<metrics::Matrix>(gaps->data);
    ASSERT_EQ(series.size(), 1u);
    EXPECT_EQ(series[0].timestampsMs.size(), 11u);
    EXPECT_EQ(series[0].timestampsMs[5], kBase + 40 * kMinute);
}

TEST(PromqlEvaluator, RangeQueryGuards)
{
    const FakeSource source;
    auto tooFine = evaluateRange(u"vector(1)"_s, 0, 11'001'000, 1'000, source);
    ASSERT_FALSE(tooFine.has_value());
    EXPECT_EQ(tooFine.error().code, ErrorCode::BadQuery);
    EXPECT_TRUE(tooFine.error().detail.startsWith(u"exceeded maximum resolution of 11,000 points per timeseries"_s));
    auto limit = evaluateRange(u"vector(1)"_s, 0, 11'000'000, 1'000, source);
    ASSERT_TRUE(limit.has_value());
    EXPECT_EQ(std::get<metrics::Matrix>(limit->data)[0].values.size(), 11'001u);

    EXPECT_EQ(evaluateRange(u"vector(1)"_s, 0, 1000, 0, source).error().code, ErrorCode::BadQuery);
    EXPECT_EQ(evaluateRange(u"vector(1)"_s, 2000, 1000, 10, source).error().code, ErrorCode::BadQuery);
    EXPECT_TRUE(evaluateRange(u"node_up[5m]"_s, 0, 1000, 10, source).error().detail.contains(u"range vector"_s));
}

TEST(PromqlEvaluator, InstantRangeSelectorGivesRawSamples)
{
    const FakeSource source;
    auto result = evaluateInstant(u"http_requests_total{instance=\"a\"}[1m]"_s, kNow, source);
    ASSERT_TRUE(result.has_value());
    const auto& matrix = std::get<metrics::Matrix>(result->data);
    ASSERT_EQ(matrix.size(), 1u);
    EXPECT_EQ(matrix[0].timestampsMs, (std::vector<qint64>{kNow - 45'000, kNow - 30'000, kNow - 15'000, kNow}));
    EXPECT_EQ(matrix[0].values, (std::vector<double>{7110.0, 7140.0, 7170.0, 7200.0}));
}

TEST(PromqlEvaluator, ParseErrorsComeBackAsBadQuery)
{
    const FakeSource source;
    auto result = evaluateInstant(u"sum(rate(x[5m])))"_s, kNow, source);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::BadQuery);
    EXPECT_EQ(result.error().detail, u"parse error at char 17: unexpected \")\""_s);
    auto range = evaluateRange(u"rate(x[5m]"_s, kNow - kMinute, kNow, 15'000, source);
    ASSERT_FALSE(range.has_value());
    EXPECT_TRUE(range.error().detail.startsWith(u"parse error at char 11: unexpected end of input"_s));
}
