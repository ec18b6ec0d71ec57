#include "workspace/Units.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk::workspace;

TEST(Units, FormatsWhatAnOnCallEngineerReads)
{
    EXPECT_EQ(formatValue(0.412, Unit::Seconds), u"412 ms"_s);
    EXPECT_EQ(formatValue(2.5, Unit::Seconds), u"2.5 s"_s);
    EXPECT_EQ(formatValue(7500, Unit::Seconds), u"2 h 5 min"_s);
    EXPECT_EQ(formatValue(0.99953, Unit::PercentUnit), u"99.95 %"_s);
    EXPECT_EQ(formatValue(0.0312, Unit::PercentUnit), u"3.1 %"_s);
    EXPECT_EQ(formatValue(2.5 * 1024 * 1024 * 1024, Unit::Bytes), u"2.5 GiB"_s);
    EXPECT_EQ(formatValue(87.0, Unit::Percent), u"87 %"_s);
    EXPECT_EQ(formatValue(NAN, Unit::Seconds), u"no data"_s);
    EXPECT_EQ(formatValue(3, Unit::None), u"3"_s);
}

TEST(Units, AxisScalePicksReadableUnits)
{
    EXPECT_EQ(axisScale(Unit::Seconds, 0.9).suffix, u" ms"_s);
    EXPECT_DOUBLE_EQ(axisScale(Unit::Seconds, 0.9).factor, 1000.0);
    EXPECT_EQ(axisScale(Unit::Bytes, 3e9).suffix, u" GiB"_s);
    EXPECT_EQ(axisScale(Unit::PercentUnit, 0.5).suffix, u" %"_s);
    EXPECT_EQ(axisScale(Unit::Seconds, 20000).suffix, u" h"_s);
}

TEST(Units, DurationsRoundSensibly)
{
    EXPECT_EQ(formatDuration(45), u"45 s"_s);
    EXPECT_EQ(formatDuration(12 * 60 + 30), u"12 min"_s);
    EXPECT_EQ(formatDuration(2 * 86400 + 4 * 3600), u"2 d 4 h"_s);
}
