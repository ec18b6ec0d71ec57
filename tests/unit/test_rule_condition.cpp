#include "prometheus/RuleCondition.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::prometheus::splitRuleCondition;

TEST(RuleCondition, SplitsAtTheTopLevelComparison)
{
    auto latency = splitRuleCondition(
        u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{job=\"a>b\"}[5m]))) > 0.5"_s);
    ASSERT_TRUE(latency);
    EXPECT_EQ(latency->expr,
        u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{job=\"a>b\"}[5m])))"_s);
    EXPECT_EQ(latency->op, u">"_s);
    EXPECT_DOUBLE_EQ(latency->threshold, 0.5);
    EXPECT_TRUE(latency->above());

    auto accuracy = splitRuleCondition(u"ml_model_accuracy < 0.85"_s);
    ASSERT_TRUE(accuracy);
    EXPECT_FALSE(accuracy->above());
    EXPECT_DOUBLE_EQ(accuracy->threshold, 0.85);

    auto ready = splitRuleCondition(u"kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0"_s);
    ASSERT_TRUE(ready);
    EXPECT_EQ(ready->op, u"=="_s);
    auto stale = splitRuleCondition(u"time() - ml_feature_store_last_updated_timestamp_seconds >= 7200"_s);
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->op, u">="_s);
    EXPECT_EQ(stale->expr, u"time() - ml_feature_store_last_updated_timestamp_seconds"_s);
}

TEST(RuleCondition, NoLineForRulesWithoutANumericThreshold)
{
    EXPECT_FALSE(splitRuleCondition(u"absent(up{job=\"api\"})"_s));
    EXPECT_FALSE(splitRuleCondition(u"rate(a[5m]) > rate(b[5m])"_s));
    EXPECT_FALSE(splitRuleCondition(u"up == bool 0"_s));
    EXPECT_FALSE(splitRuleCondition(u"sum(x{a!=\"b\"})"_s));
}
