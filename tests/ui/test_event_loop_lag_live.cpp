// The probe against a real event loop: a slot that blocks the GUI thread shows up as that much lateness.
#include "common/EventLoopLag.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

TEST(EventLoopLagLive, ABlockedLoopIsMeasuredAndReported)
{
    wk::EventLoopLag lag;
    lag.setStallThresholdMs(100);
    QSignalSpy stalled(&lag, &wk::EventLoopLag::stalled);
    lag.start();
    QTimer::singleShot(50, &lag, [] { QThread::msleep(160); });
    QTest::qWait(400);
    lag.stop();

    EXPECT_GE(lag.maxMs(), 140);
    EXPECT_LT(lag.maxMs(), 1000);
    ASSERT_EQ(stalled.count(), 1);
    EXPECT_GE(stalled.at(0).at(0).toLongLong(), 140);
    EXPECT_GT(lag.samples(), 10);
    EXPECT_LT(lag.percentileMs(50), 20); // the rest of the time the loop answered at once
}
