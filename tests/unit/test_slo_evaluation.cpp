#include "analytics/slo/Slo.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace wk::analytics::slo;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

SloSpec spec999(Preset preset = Preset::Sloth, Seconds period = days(30))
{
    return SloSpec{0.999, period, preset};
}

// Ratios that put page-quick and ticket-quick above their factors and the slow pairs below.
std::vector<WindowRatio> mixedRatios()
{
    return {
        {minutes(5), 0.02},   // burn 20
        {hours(1), 0.015},    // burn 15 > 14.4
        {minutes(30), 0.005}, // burn 5 < 6
        {hours(6), 0.007},    // burn 7
        {hours(2), 0.004},    // burn 4 > 3
        {days(1), 0.0035},    // burn 3.5 > 3
        {days(3), 0.0009},    // burn 0.9 < 1
    };
}

std::optional<double> burnOf(const SloStatus& status, Seconds window)
{
    for (const WindowBurn& w : status.windows) {
        if (w.window == window)
            return w.burnRate;
    }
    ADD_FAILURE() << "no window of " << window.count() << " s";
    return std::nullopt;
}

} // namespace

TEST(SloEvaluation, BurnRateIsErrorRatioOverBudget)
{
    const SloStatus status = evaluate(spec999(), mixedRatios(), 0.0004);
    ASSERT_EQ(status.windows.size(), 7u);
    EXPECT_EQ(status.windows.front().window, minutes(5));
    EXPECT_EQ(status.windows.back().window, days(3));
    EXPECT_NEAR(*status.windows.front().errorRatio, 0.02, 1e-15);
    EXPECT_NEAR(*burnOf(status, minutes(5)), 20.0, 1e-9);
    EXPECT_NEAR(*burnOf(status, hours(1)), 15.0, 1e-9);
    EXPECT_NEAR(*burnOf(status, days(3)), 0.9, 1e-9);
}

TEST(SloEvaluation, AlertFiresOnlyWhenBothWindowsBurnAboveTheFactor)
{
    const SloStatus status = evaluate(spec999(), mixedRatios(), 0.0004);
    ASSERT_EQ(status.alerts.size(), 4u);
    EXPECT_TRUE(status.alerts[0].firing);  // 20 and 15 > 14.4
    EXPECT_FALSE(status.alerts[1].firing); // 5 < 6 although 7 > 6
    EXPECT_TRUE(status.alerts[2].firing);  // 4 and 3.5 > 3
    EXPECT_FALSE(status.alerts[3].firing); // 7 > 1 but 0.9 < 1
    EXPECT_NEAR(*status.alerts[1].shortBurn, 5.0, 1e-9);
    EXPECT_NEAR(*status.alerts[1].longBurn, 7.0, 1e-9);
    EXPECT_TRUE(severityFiring(status, Severity::Page));
    EXPECT_TRUE(severityFiring(status, Severity::Ticket));
}

TEST(SloEvaluation, AtTheFactorExactlyDoesNotFire)
{
    // Sloth and Pyrra both write `>`: a burn equal to the factor is not an alert, the next double above it is.
    const double threshold = 14.4 * (1.0 - 0.999);
    std::vector<WindowRatio> ratios = {{minutes(5), threshold}, {hours(1), threshold}};
    EXPECT_FALSE(evaluate(spec999(), ratios, std::nullopt).alerts[0].firing);
    ratios[0].errorRatio = std::nextafter(threshold, 1.0);
    ratios[1].errorRatio = std::nextafter(threshold, 1.0);
    EXPECT_TRUE(evaluate(spec999(), ratios, std::nullopt).alerts[0].firing);
}

TEST(SloEvaluation, MissingOrZeroTrafficWindowsAreUnknownAndDoNotFire)
{
    std::vector<WindowRatio> ratios = mixedRatios();
    ratios.erase(ratios.begin()); // no 5m
    ratios.push_back({days(1), std::nullopt});
    const SloStatus status = evaluate(spec999(), ratios, 0.0004);
    EXPECT_FALSE(burnOf(status, minutes(5)).has_value());
    EXPECT_FALSE(status.alerts[0].shortBurn.has_value());
    EXPECT_TRUE(status.alerts[0].longBurn.has_value());
    EXPECT_FALSE(status.alerts[0].firing);
    EXPECT_FALSE(severityFiring(status, Severity::Page));
    EXPECT_TRUE(status.alerts[2].firing); // the known 1d ratio comes first and wins over the later unknown one
}

TEST(SloEvaluation, RatiosMayComeInAnyOrder)
{
    std::vector<WindowRatio> ratios = mixedRatios();
    std::reverse(ratios.begin(), ratios.end());
    const SloStatus a = evaluate(spec999(), mixedRatios(), 0.0004);
    const SloStatus b = evaluate(spec999(), ratios, 0.0004);
    for (std::size_t i = 0; i < a.alerts.size(); ++i)
        EXPECT_EQ(a.alerts[i].firing, b.alerts[i].firing);
    EXPECT_EQ(a.exhaustionSeconds, b.exhaustionSeconds);
}

TEST(SloEvaluation, NotANumberCountsAsUnknown)
{
    const std::vector<WindowRatio> ratios
        = {{minutes(5), std::nan("")}, {hours(1), INFINITY}, {minutes(30), -0.5}, {hours(6), 0.5}};
    const SloStatus status = evaluate(spec999(), ratios, std::nan(""));
    EXPECT_FALSE(burnOf(status, minutes(5)).has_value());
    EXPECT_FALSE(burnOf(status, hours(1)).has_value());
    EXPECT_FALSE(burnOf(status, minutes(30)).has_value());
    EXPECT_TRUE(burnOf(status, hours(6)).has_value());
    EXPECT_FALSE(status.budgetRemaining.has_value());
    EXPECT_FALSE(status.exhaustionSeconds.has_value());
}

TEST(SloBudget, RemainingIsOneMinusPeriodRatioOverBudget)
{
    EXPECT_NEAR(*evaluate(spec999(), {}, 0.0).budgetRemaining, 1.0, 1e-12);
    EXPECT_NEAR(*evaluate(spec999(), {}, 0.0004).budgetRemaining, 0.6, 1e-9);
    EXPECT_NEAR(*evaluate(spec999(), {}, 0.001).budgetRemaining, 0.0, 1e-9);
    EXPECT_NEAR(*evaluate(spec999(), {}, 0.0025).budgetRemaining, -1.5, 1e-9);
    EXPECT_FALSE(evaluate(spec999(), {}, std::nullopt).budgetRemaining.has_value());
}

TEST(SloBudget, ExhaustionIsRemainingTimesPeriodOverCurrentBurn)
{
    // 60% left of a 30-day budget at 15x: the whole budget would last 2 days, 60% of it 1.2 days.
    const SloStatus status = evaluate(spec999(), mixedRatios(), 0.0004);
    EXPECT_EQ(status.currentBurnWindow, hours(1));
    EXPECT_NEAR(*status.currentBurnRate, 15.0, 1e-9);
    EXPECT_NEAR(*status.exhaustionSeconds, 0.6 * 30 * 86400 / 15.0, 1e-3);
    EXPECT_NEAR(*status.exhaustionSeconds, 103680.0, 1e-3);
}

TEST(SloBudget, FullOutageAgainstThreeNinesSpendsAMonthInUnderAnHour)
{
    const SloStatus status = evaluate(spec999(), {{hours(1), 1.0}}, 0.0);
    EXPECT_NEAR(*status.currentBurnRate, 1000.0, 1e-9);
    EXPECT_NEAR(*status.exhaustionSeconds, 2592.0, 1e-6); // 30 days / 1000
}

TEST(SloBudget, NoExhaustionWhenNotBurning)
{
    EXPECT_FALSE(evaluate(spec999(), {{hours(1), 0.0}}, 0.0004).exhaustionSeconds.has_value());
    EXPECT_FALSE(evaluate(spec999(), {{minutes(5), 0.5}}, 0.0004).exhaustionSeconds.has_value()); // 1h unknown
    EXPECT_FALSE(evaluate(spec999(), {{hours(1), 0.5}}, std::nullopt).exhaustionSeconds.has_value());
    EXPECT_FALSE(evaluate(spec999(), {{hours(1), 1e-310}}, 0.0004).exhaustionSeconds.has_value()); // overflows
}

TEST(SloBudget, SpentBudgetIsExhaustedNowWhateverTheBurn)
{
    EXPECT_EQ(evaluate(spec999(), {{hours(1), 0.5}}, 1.0 - 0.999).exhaustionSeconds, 0.0);
    EXPECT_EQ(evaluate(spec999(), {{hours(1), 0.0}}, 0.002).exhaustionSeconds, 0.0);
    EXPECT_EQ(evaluate(spec999(), {}, 0.002).exhaustionSeconds, 0.0);
}

TEST(SloBudget, PyrraAtThirtyDaysTakesTheCurrentBurnFromItsScaledLongWindow)
{
    const SloStatus status = evaluate(spec999(Preset::Pyrra), {{minutes(64), 0.002}, {hours(1), 0.5}}, 0.0);
    EXPECT_EQ(status.currentBurnWindow, minutes(64));
    EXPECT_NEAR(*status.currentBurnRate, 2.0, 1e-9);
    EXPECT_NEAR(*status.exhaustionSeconds, 30 * 86400 / 2.0, 1e-3);
}

TEST(SloEvaluation, PyrraFactorsApply)
{
    // At 28 days Pyrra pages above 14 and Sloth above 13.44: a burn of 13.9 tells them apart.
    const std::vector<WindowRatio> ratios = {{minutes(5), 0.0139}, {hours(1), 0.0139}};
    EXPECT_FALSE(evaluate(spec999(Preset::Pyrra, days(28)), ratios, std::nullopt).alerts[0].firing);
    EXPECT_TRUE(evaluate(spec999(Preset::Sloth, days(28)), ratios, std::nullopt).alerts[0].firing);
}

TEST(SloEvaluation, ObjectiveOutsideZeroOneLeavesEverythingUnknown)
{
    for (double objective : {0.0, 1.0, 1.5, -0.1, std::nan("")}) {
        const SloStatus status = evaluate({objective, days(30), Preset::Sloth}, mixedRatios(), 0.0004);
        EXPECT_FALSE(burnOf(status, minutes(5)).has_value()) << objective;
        EXPECT_FALSE(status.alerts[0].firing) << objective;
        EXPECT_FALSE(status.budgetRemaining.has_value()) << objective;
        EXPECT_FALSE(status.exhaustionSeconds.has_value()) << objective;
    }
}
