#include "analytics/slo/CounterSeries.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

using namespace wk::analytics::slo;
using std::chrono::hours;
using std::chrono::minutes;
using Kind = SeriesProblem::Kind;

namespace {

constexpr std::int64_t t0 = 1'772'323'200; // 2026-03-01T00:00:00Z

// Samples every minute from t0; totals and errors are given per sample.
CounterSeries series(const std::vector<double>& totals, const std::vector<double>& errors, std::int64_t step = 60)
{
    std::vector<CounterSample> samples;
    for (std::size_t i = 0; i < totals.size(); ++i)
        samples.push_back({t0 + step * std::int64_t(i), totals[i], errors[i]});
    auto built = CounterSeries::fromSamples(samples);
    EXPECT_TRUE(built.has_value());
    return *built;
}

// Steady traffic of `perMinute` requests for `count` minutes, all failing from minute `outageFrom` on.
CounterSeries outage(int count, double perMinute, int outageFrom)
{
    std::vector<double> totals;
    std::vector<double> errors;
    double total = 0;
    double failed = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            total += perMinute;
            if (i > outageFrom)
                failed += perMinute;
        }
        totals.push_back(total);
        errors.push_back(failed);
    }
    return series(totals, errors);
}

} // namespace

TEST(CounterSeries, WindowRatioIsTheDifferenceOfTheSamplesAtItsEnds)
{
    // 181 samples (3 hours); the last 10 minutes all fail.
    const CounterSeries s = outage(181, 100, 170);
    const std::int64_t at = s.lastTime();
    EXPECT_EQ(at, t0 + 180 * 60);
    const auto five = s.increase(at, minutes(5));
    ASSERT_TRUE(five);
    EXPECT_EQ(five->from, at - 300);
    EXPECT_DOUBLE_EQ(five->total, 500);
    EXPECT_DOUBLE_EQ(five->errors, 500);
    EXPECT_DOUBLE_EQ(*errorRatio(*five), 1.0);
    EXPECT_DOUBLE_EQ(*errorRatio(*s.increase(at, hours(1))), 10.0 / 60.0);
    EXPECT_DOUBLE_EQ(*errorRatio(*s.increase(at, minutes(30))), 10.0 / 30.0);
    EXPECT_DOUBLE_EQ(*errorRatio(*s.increase(at - 600, minutes(30))), 0.0);
}

TEST(CounterSeries, WindowReachingBeforeTheFirstSampleIsUnknown)
{
    const CounterSeries s = outage(61, 100, 50);
    EXPECT_TRUE(s.increase(s.lastTime(), hours(1)).has_value()); // exactly back to the first sample
    EXPECT_FALSE(s.increase(s.lastTime(), hours(1) + minutes(1)).has_value());
    EXPECT_FALSE(s.increase(s.lastTime(), hours(6)).has_value());
    const auto ratios = s.windowRatios(s.lastTime(), {minutes(5), hours(1), hours(6)});
    ASSERT_EQ(ratios.size(), 3u);
    EXPECT_TRUE(ratios[0].errorRatio.has_value());
    EXPECT_TRUE(ratios[1].errorRatio.has_value());
    EXPECT_FALSE(ratios[2].errorRatio.has_value());
    EXPECT_EQ(ratios[2].window, hours(6));
}

TEST(CounterSeries, WindowStartBetweenSamplesIsUnknown)
{
    const CounterSeries s = outage(61, 100, 50);
    EXPECT_FALSE(s.increase(s.lastTime(), Seconds(90)).has_value());     // 1.5 samples back
    EXPECT_FALSE(s.increase(s.lastTime() - 30, minutes(5)).has_value()); // `at` between samples
    EXPECT_FALSE(s.increase(s.lastTime() + 60, minutes(5)).has_value()); // after the last sample
    EXPECT_FALSE(s.increase(s.lastTime(), Seconds(0)).has_value());
}

TEST(CounterSeries, ZeroTrafficIsUnknownNotZero)
{
    const CounterSeries s = series({500, 500, 500, 500}, {7, 7, 7, 7});
    const auto grown = s.increase(s.lastTime(), minutes(3));
    ASSERT_TRUE(grown);
    EXPECT_DOUBLE_EQ(grown->total, 0);
    EXPECT_FALSE(errorRatio(*grown).has_value());
    EXPECT_FALSE(s.windowRatios(s.lastTime(), {minutes(3)}).front().errorRatio.has_value());
}

TEST(CounterSeries, ErrorsCounterResetAddsTheValueBeforeTheDrop)
{
    // errors 0, 5, 10, then the process restarts: 2, 6. Growth: 5 + 5 + 2 + 4 = 16.
    const CounterSeries s = series({0, 100, 200, 300, 400}, {0, 5, 10, 2, 6});
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(4))->errors, 16);
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(2))->errors, 6 - 10 + 10); // 10 -> 2 -> 6: 2 + 4
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime() - 120, minutes(2))->errors, 10);    // before the reset
    EXPECT_DOUBLE_EQ(*errorRatio(*s.increase(s.lastTime(), minutes(4))), 16.0 / 400.0);
}

TEST(CounterSeries, TotalCounterResetAddsTheValueBeforeTheDrop)
{
    // total 100, 200, 300, restart: 50, 150. Growth: 100 + 100 + 50 + 100 = 350.
    const CounterSeries s = series({100, 200, 300, 50, 150}, {1, 2, 3, 4, 5});
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(4))->total, 350);
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(1))->total, 100);
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime() - 60, minutes(1))->total, 50); // the reset sample itself
    EXPECT_DOUBLE_EQ(*errorRatio(*s.increase(s.lastTime(), minutes(4))), 4.0 / 350.0);
}

TEST(CounterSeries, SeveralResetsInBothCountersIndependently)
{
    // errors: 10 -> 20 (+10), reset -> 3 (+3), -> 8 (+5), reset -> 1 (+1), -> 4 (+3): 22.
    // total: 1000 -> 2000 (+1000), -> 2500 (+500), reset -> 400 (+400), -> 900 (+500), reset -> 0 (+0): 2400.
    const CounterSeries s = series({1000, 2000, 2500, 400, 900, 0}, {10, 20, 3, 8, 1, 4});
    const auto all = s.increase(s.lastTime(), minutes(5));
    ASSERT_TRUE(all);
    EXPECT_DOUBLE_EQ(all->errors, 22);
    EXPECT_DOUBLE_EQ(all->total, 2400);
    // A window starting right on a reset sample counts only what came after it.
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(2))->errors, 3 + 1 + 3 - 3);
    EXPECT_DOUBLE_EQ(s.increase(s.lastTime(), minutes(2))->total, 500);
}

TEST(CounterSeries, PeriodRatioUsesTheWholePeriodOrWhatTheSeriesHas)
{
    const CounterSeries s = outage(181, 100, 170); // 3 hours: 18000 requests, 1000 failed
    const auto shortPeriod = s.periodIncrease(s.lastTime(), hours(1));
    ASSERT_TRUE(shortPeriod);
    EXPECT_EQ(shortPeriod->from, s.lastTime() - 3600);
    EXPECT_DOUBLE_EQ(shortPeriod->total, 6000);
    const auto longPeriod = s.periodIncrease(s.lastTime(), std::chrono::days(30));
    ASSERT_TRUE(longPeriod);
    EXPECT_EQ(longPeriod->from, s.firstTime());
    EXPECT_EQ(longPeriod->to, s.lastTime());
    EXPECT_DOUBLE_EQ(longPeriod->total, 18000);
    EXPECT_DOUBLE_EQ(longPeriod->errors, 1000);
    // A period that is not a multiple of the interval starts at the next sample: never more than the period.
    const auto ragged = s.periodIncrease(s.lastTime(), Seconds(3630));
    EXPECT_EQ(ragged->from, s.lastTime() - 3600);
    EXPECT_FALSE(s.periodIncrease(s.lastTime() - 1, hours(1)).has_value());
}

TEST(CounterSeries, RegularIntervalIsRequired)
{
    const std::vector<CounterSample> irregular = {{0, 0, 0}, {60, 1, 0}, {120, 2, 0}, {190, 3, 0}, {250, 4, 0}};
    const auto built = CounterSeries::fromSamples(irregular);
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().kind, Kind::IrregularInterval);
    EXPECT_EQ(built.error().index, 3u);
    EXPECT_EQ(built.error().interval, 60);

    const auto backwards = CounterSeries::fromSamples({{0, 0, 0}, {60, 1, 0}, {60, 2, 0}});
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().kind, Kind::NotIncreasing);
    EXPECT_EQ(backwards.error().index, 2u);
    EXPECT_EQ(CounterSeries::fromSamples({{60, 0, 0}, {0, 1, 0}}).error().kind, Kind::NotIncreasing);
}

TEST(CounterSeries, TooFewOrBadSamplesAreRefused)
{
    EXPECT_EQ(CounterSeries::fromSamples({}).error().kind, Kind::TooFewSamples);
    const auto one = CounterSeries::fromSamples({{0, 1, 0}});
    EXPECT_EQ(one.error().kind, Kind::TooFewSamples);
    EXPECT_EQ(one.error().index, 1u);
    const auto nan = CounterSeries::fromSamples({{0, 1, 0}, {60, std::nan(""), 0}});
    EXPECT_EQ(nan.error().kind, Kind::NotFinite);
    EXPECT_EQ(nan.error().index, 1u);
    EXPECT_EQ(CounterSeries::fromSamples({{0, 1, -1}, {60, 2, 0}}).error().kind, Kind::Negative);
    const auto two = CounterSeries::fromSamples({{0, 1, 0}, {15, 2, 1}});
    ASSERT_TRUE(two);
    EXPECT_EQ(two->interval(), 15);
    EXPECT_EQ(two->size(), 2u);
    EXPECT_TRUE(two->hasSampleAt(15));
    EXPECT_FALSE(two->hasSampleAt(30));
}
