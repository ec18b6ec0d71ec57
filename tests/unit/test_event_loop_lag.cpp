// The stall statistics the soak reports and the console logs: percentiles by nearest rank over whole
// milliseconds, the maximum, per-window maxima.
#include "common/EventLoopLag.h"

#include <gtest/gtest.h>

using wk::EventLoopLag;

TEST(EventLoopLag, PercentilesAreNearestRankOverEverySample)
{
    EventLoopLag lag;
    for (int i = 0; i < 98; ++i)
        lag.record(1);
    lag.record(60);
    lag.record(400);
    EXPECT_EQ(lag.samples(), 100);
    EXPECT_EQ(lag.percentileMs(50), 1);
    EXPECT_EQ(lag.percentileMs(98), 1);
    EXPECT_EQ(lag.percentileMs(99), 60);
    EXPECT_EQ(lag.percentileMs(100), 400);
    EXPECT_EQ(lag.maxMs(), 400);
    EXPECT_EQ(lag.countAtLeast(50), 2);
    EXPECT_EQ(lag.countAtLeast(0), 100);
}

TEST(EventLoopLag, LongStallsKeepTheirMaximumBeyondTheHistogram)
{
    EventLoopLag lag;
    lag.record(25'000);
    lag.record(-3); // a clock oddity never counts as negative lateness
    EXPECT_EQ(lag.maxMs(), 25'000);
    EXPECT_EQ(lag.countAtLeast(10'000), 1);
    EXPECT_EQ(lag.percentileMs(50), 0);
    EXPECT_EQ(lag.percentileMs(100), 10'000); // the histogram's last bucket holds everything longer
}

TEST(EventLoopLag, WindowMaximaStartAfreshAndResetClearsEverything)
{
    EventLoopLag lag;
    EXPECT_EQ(lag.percentileMs(99), 0);
    lag.record(30);
    lag.record(12);
    EXPECT_EQ(lag.takeWindowMax(), 30);
    lag.record(7);
    EXPECT_EQ(lag.takeWindowMax(), 7);
    EXPECT_EQ(lag.takeWindowMax(), 0);
    lag.reset();
    EXPECT_EQ(lag.samples(), 0);
    EXPECT_EQ(lag.maxMs(), 0);
}
