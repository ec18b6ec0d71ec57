#include "analytics/slo/Slo.h"
#include "common/TimeText.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>

using namespace wk::analytics::slo;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

struct Row
{
    Severity severity;
    Seconds shortWindow;
    Seconds longWindow;
    double factor;
    Seconds pendingFor;
};

void expectTable(const std::vector<AlertWindow>& alerts, const std::vector<Row>& expected)
{
    ASSERT_EQ(alerts.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("alert " + std::to_string(i));
        EXPECT_EQ(alerts[i].severity, expected[i].severity);
        EXPECT_EQ(alerts[i].shortWindow, expected[i].shortWindow);
        EXPECT_EQ(alerts[i].longWindow, expected[i].longWindow);
        EXPECT_NEAR(alerts[i].factor, expected[i].factor, 1e-12);
        EXPECT_EQ(alerts[i].pendingFor, expected[i].pendingFor);
    }
}

// Pyrra's Windows() done the long way, on Go Durations in nanoseconds: truncating division, then Round(1m)
// (halfway up). Only valid while period * 1e9 fits in int64, which covers every period the tests use.
Seconds goRound(Seconds period, std::int64_t divisor)
{
    const std::int64_t minute = 60'000'000'000;
    const std::int64_t d = period.count() * 1'000'000'000 / divisor;
    const std::int64_t r = d % minute;
    const std::int64_t rounded = r + r < minute ? d - r : d + minute - r;
    return Seconds(rounded / 1'000'000'000);
}

} // namespace

TEST(SlothPreset, ThirtyDaysIsTheWorkbookTable)
{
    expectTable(alertWindows(Preset::Sloth, days(30)),
        {
            {Severity::Page, minutes(5), hours(1), 14.4, Seconds(0)},
            {Severity::Page, minutes(30), hours(6), 6.0, Seconds(0)},
            {Severity::Ticket, hours(2), days(1), 3.0, Seconds(0)},
            {Severity::Ticket, hours(6), days(3), 1.0, Seconds(0)},
        });
}

TEST(SlothPreset, TwentyEightDaysKeepsTheWindowsAndScalesTheFactors)
{
    // 2% x 672 h / 100 / 1 h, 5% x 672 / 100 / 6, 10% x 672 / 100 / 24, 10% x 672 / 100 / 72.
    expectTable(alertWindows(Preset::Sloth, days(28)),
        {
            {Severity::Page, minutes(5), hours(1), 13.44, Seconds(0)},
            {Severity::Page, minutes(30), hours(6), 5.6, Seconds(0)},
            {Severity::Ticket, hours(2), days(1), 2.8, Seconds(0)},
            {Severity::Ticket, hours(6), days(3), 0.9333333333333333, Seconds(0)},
        });
}

TEST(SlothPreset, OtherPeriodsUseTheSameFormula)
{
    const auto week = alertWindows(Preset::Sloth, days(7));
    ASSERT_EQ(week.size(), 4u);
    EXPECT_EQ(week[0].longWindow, hours(1));
    EXPECT_NEAR(week[0].factor, 2.0 * 168 / 100 / 1, 1e-12); // 3.36
    EXPECT_NEAR(week[3].factor, 10.0 * 168 / 100 / 72, 1e-12);
}

TEST(PyrraPreset, TwentyEightDaysIsTheBaseTable)
{
    expectTable(alertWindows(Preset::Pyrra, days(28)),
        {
            {Severity::Page, minutes(5), hours(1), 14, minutes(2)},
            {Severity::Page, minutes(30), hours(6), 7, minutes(15)},
            {Severity::Ticket, hours(2), days(1), 2, hours(1)},
            {Severity::Ticket, hours(6), days(4), 1, hours(3)},
        });
}

TEST(PyrraPreset, ThirtyDaysScalesAndRoundsToTheMinute)
{
    // 30d / 8064 = 5m21.4s -> 5m; / 672 = 1h4m17s -> 1h4m; / 1344 = 32m8.6s -> 32m; / 112 = 6h25m42.9s -> 6h26m;
    // / 336 = 2h8m34s -> 2h9m; / 28 = 1d1h42m51s -> 1d1h43m; / 7 = 4d6h51m25.7s -> 4d6h51m.
    expectTable(alertWindows(Preset::Pyrra, days(30)),
        {
            {Severity::Page, minutes(5), minutes(64), 14, minutes(2)},
            {Severity::Page, minutes(32), minutes(386), 7, minutes(16)},
            {Severity::Ticket, minutes(129), minutes(1543), 2, minutes(64)},
            {Severity::Ticket, minutes(386), minutes(6171), 1, minutes(193)},
        });
}

TEST(PyrraPreset, HalfAMinuteRoundsUpAsGoDoes)
{
    // 14d / 8064 = 2m30s exactly -> 3m, as Pyrra's README lists http_requests:burnrate3m for a 2w SLO;
    // 7d / 20160 = 30s exactly -> 1m.
    const auto twoWeeks = alertWindows(Preset::Pyrra, days(14));
    EXPECT_EQ(twoWeeks[0].shortWindow, minutes(3));
    EXPECT_THAT(distinctWindows(twoWeeks),
        testing::ElementsAre(minutes(3), minutes(15), minutes(30), hours(1), hours(3), hours(12), days(2)));
    EXPECT_EQ(alertWindows(Preset::Pyrra, days(7))[0].pendingFor, minutes(1));
    // One second less and 2m29.99..s rounds down.
    EXPECT_EQ(alertWindows(Preset::Pyrra, days(14) - Seconds(1))[0].shortWindow, minutes(2));
}

TEST(PyrraPreset, ClosedFormMatchesGoDurationArithmetic)
{
    const std::int64_t divisors[] = {20160, 672, 8064, 2688, 112, 1344, 28, 336, 224, 7};
    for (std::int64_t seconds = 3600; seconds <= 400 * 86400; seconds += 3607) {
        const auto alerts = alertWindows(Preset::Pyrra, Seconds(seconds));
        const Seconds got[] = {alerts[0].pendingFor, alerts[0].longWindow, alerts[0].shortWindow, alerts[1].pendingFor,
            alerts[1].longWindow, alerts[1].shortWindow, alerts[2].longWindow, alerts[2].shortWindow,
            alerts[3].pendingFor, alerts[3].longWindow};
        for (std::size_t i = 0; i < std::size(divisors); ++i)
            ASSERT_EQ(got[i], goRound(Seconds(seconds), divisors[i])) << seconds << " s / " << divisors[i];
    }
}

TEST(PyrraPreset, ShortPeriodsRoundWindowsToZero)
{
    EXPECT_EQ(alertWindows(Preset::Pyrra, hours(24))[0].shortWindow, Seconds(0));
    EXPECT_EQ(alertWindows(Preset::Pyrra, Seconds(241920))[0].shortWindow, minutes(1)); // 2.8 days: 30 s -> 1m
}

TEST(DistinctWindows, SevenWindowsShortestFirst)
{
    EXPECT_THAT(distinctWindows(alertWindows(Preset::Sloth, days(30))),
        testing::ElementsAre(minutes(5), minutes(30), hours(1), hours(2), hours(6), days(1), days(3)));
    EXPECT_THAT(distinctWindows(alertWindows(Preset::Pyrra, days(28))),
        testing::ElementsAre(minutes(5), minutes(30), hours(1), hours(2), hours(6), days(1), days(4)));
    EXPECT_EQ(distinctWindows(alertWindows(Preset::Pyrra, days(30))).size(), 7u);
}

TEST(DurationText, LargestUnitFirst)
{
    EXPECT_EQ(wk::durationText(Seconds(minutes(5)).count()), QStringLiteral("5m"));
    EXPECT_EQ(wk::durationText(Seconds(hours(1)).count()), QStringLiteral("1h"));
    EXPECT_EQ(wk::durationText(Seconds(days(3)).count()), QStringLiteral("3d"));
    EXPECT_EQ(wk::durationText(Seconds(days(30)).count()), QStringLiteral("30d"));
    EXPECT_EQ(wk::durationText(Seconds(minutes(64)).count()), QStringLiteral("1h4m"));
    EXPECT_EQ(wk::durationText(Seconds(minutes(1543)).count()), QStringLiteral("1d1h43m"));
    EXPECT_EQ(wk::durationText(Seconds(Seconds(90061)).count()), QStringLiteral("1d1h1m1s"));
    EXPECT_EQ(wk::durationText(Seconds(Seconds(0)).count()), QStringLiteral("0s"));
    EXPECT_EQ(wk::durationText(-90), QStringLiteral("-1m30s"));
}
