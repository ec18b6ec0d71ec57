#include "analytics/Downsample.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace wk::analytics;

TEST(Downsample, SmallSeriesPassThroughWithoutNaN)
{
    std::vector<long long> xs{0, 1, 2, 3};
    std::vector<double> ys{1.0, NAN, 3.0, 4.0};
    auto out = decimateMinMax(xs, ys, 100);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[1].x, 2.0);
}

TEST(Downsample, KeepsAtMostTwoPointsPerColumnAndEverySpike)
{
    const int n = 1'000'000;
    std::vector<long long> xs(n);
    std::vector<double> ys(n);
    for (int i = 0; i < n; ++i) {
        xs[i] = i;
        ys[i] = std::sin(i * 0.001);
    }
    ys[123'457] = 50.0;  // a one-sample spike
    ys[876'543] = -50.0; // and a dip
    auto out = decimateMinMax(xs, ys, 800);
    EXPECT_LE(out.size(), 1600u);
    EXPECT_GE(out.size(), 800u);
    bool spike = false;
    bool dip = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        spike |= out[i].y == 50.0;
        dip |= out[i].y == -50.0;
        if (i > 0) {
            EXPECT_LE(out[i - 1].x, out[i].x) << "points stay in time order";
        }
    }
    EXPECT_TRUE(spike);
    EXPECT_TRUE(dip);
}
