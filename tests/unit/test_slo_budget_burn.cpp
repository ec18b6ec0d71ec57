#include "polling/SloBudgetBurn.h"

#include <gtest/gtest.h>

using namespace wk;

TEST(SloBudgetBurn, AnHourAtTenTimesTheAllowedRateBurnsTenHoursOfBudget)
{
    workspace::Slo slo;
    slo.objective = 0.99;
    slo.periodSeconds = 30LL * 24 * 3600;
    // 10 % errors against a 1 % allowance for 1 h: 10 h of a 720 h budget.
    EXPECT_NEAR(polling::budgetBurned(slo, 0.10, 3600), 10.0 / 720.0, 1e-12);
    EXPECT_DOUBLE_EQ(polling::budgetBurned(slo, 0.0, 3600), 0.0);
    // The whole period at exactly the allowed ratio spends the whole budget.
    EXPECT_NEAR(polling::budgetBurned(slo, 0.01, slo.periodSeconds), 1.0, 1e-12);
}

TEST(SloBudgetBurn, AnObjectiveOfOneHundredPercentHasNoBudgetToBurn)
{
    workspace::Slo slo;
    slo.objective = 1.0;
    EXPECT_DOUBLE_EQ(polling::budgetBurned(slo, 0.5, 3600), 0.0);
}
