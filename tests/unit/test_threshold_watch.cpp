#include "incidents/ThresholdWatch.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;
using namespace wk;
using incidents::ThresholdWatch;

namespace {

workspace::Panel latencyPanel()
{
    workspace::Panel panel;
    panel.id = u"latency"_s;
    panel.title = u"p99 latency"_s;
    panel.thresholds = {
        {0.5, workspace::ThresholdSeverity::Warning, true, u"SLO"_s},
        {1.0, workspace::ThresholdSeverity::Critical, true, u"page"_s},
    };
    return panel;
}

workspace::Panel accuracyPanel()
{
    workspace::Panel panel;
    panel.id = u"accuracy"_s;
    panel.title = u"Accuracy"_s;
    panel.thresholds = {{0.9, workspace::ThresholdSeverity::Critical, false, u"floor"_s}};
    return panel;
}

} // namespace

TEST(ThresholdWatch, TheFirstValueOnlySetsWhereTheSeriesStands)
{
    ThresholdWatch watch;
    EXPECT_TRUE(watch.observe(latencyPanel(), u"p99"_s, 2.0).isEmpty());
    EXPECT_TRUE(watch.observe(latencyPanel(), u"p99"_s, 1.5).isEmpty());
}

TEST(ThresholdWatch, ReportsEachMoveAcrossALineAndTheWayBack)
{
    ThresholdWatch watch;
    const auto panel = latencyPanel();
    watch.observe(panel, u"p99"_s, 0.2);

    auto crossings = watch.observe(panel, u"p99"_s, 0.7);
    ASSERT_EQ(crossings.size(), 1);
    EXPECT_EQ(crossings[0].level, 1);
    EXPECT_EQ(crossings[0].previousLevel, 0);
    EXPECT_DOUBLE_EQ(crossings[0].threshold, 0.5);
    EXPECT_EQ(crossings[0].thresholdLabel, u"SLO"_s);

    crossings = watch.observe(panel, u"p99"_s, 1.2);
    ASSERT_EQ(crossings.size(), 1);
    EXPECT_EQ(crossings[0].level, 2);
    EXPECT_DOUBLE_EQ(crossings[0].threshold, 1.0);

    EXPECT_TRUE(watch.observe(panel, u"p99"_s, 1.4).isEmpty()) << "still critical: nothing new";

    crossings = watch.observe(panel, u"p99"_s, 0.3);
    ASSERT_EQ(crossings.size(), 1);
    EXPECT_EQ(crossings[0].level, 0);
    EXPECT_EQ(crossings[0].previousLevel, 2);
    EXPECT_DOUBLE_EQ(crossings[0].threshold, 0.5) << "back under the mildest line";
}

TEST(ThresholdWatch, BelowIsBadForAccuracy)
{
    ThresholdWatch watch;
    watch.observe(accuracyPanel(), u"fraud"_s, 0.95);
    const auto crossings = watch.observe(accuracyPanel(), u"fraud"_s, 0.85);
    ASSERT_EQ(crossings.size(), 1);
    EXPECT_EQ(crossings[0].level, 2);
    EXPECT_FALSE(crossings[0].above);
}

TEST(ThresholdWatch, SeriesAndPanelsAreKeptApartAndCanBeForgotten)
{
    ThresholdWatch watch;
    const auto panel = latencyPanel();
    watch.observe(panel, u"a"_s, 0.1);
    watch.observe(panel, u"b"_s, 2.0);
    EXPECT_EQ(watch.observe(panel, u"a"_s, 2.0).size(), 1);
    EXPECT_TRUE(watch.observe(panel, u"b"_s, 2.0).isEmpty());

    watch.forget(panel.id);
    EXPECT_TRUE(watch.observe(panel, u"a"_s, 0.1).isEmpty()) << "after a service switch the first value is new";
}

TEST(ThresholdWatch, NoDataBreaksNothing)
{
    ThresholdWatch watch;
    const auto panel = latencyPanel();
    watch.observe(panel, u"p99"_s, 0.1);
    EXPECT_TRUE(watch.observe(panel, u"p99"_s, std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_EQ(ThresholdWatch::levelOf(panel.thresholds, std::numeric_limits<double>::quiet_NaN()), 0);
}
