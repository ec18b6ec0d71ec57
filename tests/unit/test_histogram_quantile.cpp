#include "analytics/HistogramQuantile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using wk::analytics::Bucket;
using wk::analytics::histogramQuantile;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// 10 observations: 2 <= 0.1, 4 in (0.1, 0.5], 2 in (0.5, 1], 2 above 1.
std::vector<Bucket> latencyBuckets()
{
    return {{0.1, 2}, {0.5, 6}, {1.0, 8}, {kInf, 10}};
}

} // namespace

TEST(HistogramQuantile, InterpolatesLinearlyInsideTheBucket)
{
    // rank 5 falls in (0.1, 0.5]: 3 of its 4 observations -> 0.1 + 0.4 * 3/4.
    EXPECT_DOUBLE_EQ(histogramQuantile(0.5, latencyBuckets()), 0.4);
    // rank 7 falls in (0.5, 1]: 1 of 2 -> 0.75.
    EXPECT_DOUBLE_EQ(histogramQuantile(0.7, latencyBuckets()), 0.75);
    // rank 8 is exactly the top of (0.5, 1].
    EXPECT_DOUBLE_EQ(histogramQuantile(0.8, latencyBuckets()), 1.0);
}

TEST(HistogramQuantile, FirstBucketInterpolatesFromZero)
{
    // rank 1 of the first bucket's 2 observations, between 0 and 0.1.
    EXPECT_DOUBLE_EQ(histogramQuantile(0.1, latencyBuckets()), 0.05);
    EXPECT_DOUBLE_EQ(histogramQuantile(0.0, latencyBuckets()), 0.0);
}

TEST(HistogramQuantile, NonPositiveFirstBoundIsReturnedAsIs)
{
    const std::vector<Bucket> buckets{{-1.0, 2}, {0.0, 4}, {kInf, 4}};
    EXPECT_DOUBLE_EQ(histogramQuantile(0.25, buckets), -1.0);
    // rank 3 in (-1, 0]: 1 of 2.
    EXPECT_DOUBLE_EQ(histogramQuantile(0.75, buckets), -0.5);
}

TEST(HistogramQuantile, OrderOfBucketsDoesNotMatter)
{
    const std::vector<Bucket> shuffled{{kInf, 10}, {0.5, 6}, {1.0, 8}, {0.1, 2}};
    EXPECT_DOUBLE_EQ(histogramQuantile(0.5, shuffled), 0.4);
}

TEST(HistogramQuantile, RankInInfBucketReturnsSecondHighestBound)
{
    EXPECT_DOUBLE_EQ(histogramQuantile(0.9, latencyBuckets()), 1.0);
    EXPECT_DOUBLE_EQ(histogramQuantile(1.0, latencyBuckets()), 1.0);
    EXPECT_DOUBLE_EQ(histogramQuantile(0.99, {{2.5, 5}, {kInf, 10}}), 2.5);
}

TEST(HistogramQuantile, MissingInfBucketIsNaN)
{
    EXPECT_TRUE(std::isnan(histogramQuantile(0.5, {{0.1, 2}, {0.5, 6}, {1.0, 10}})));
}

TEST(HistogramQuantile, FewerThanTwoBucketsIsNaN)
{
    EXPECT_TRUE(std::isnan(histogramQuantile(0.5, {{kInf, 10}})));
    EXPECT_TRUE(std::isnan(histogramQuantile(0.5, {})));
}

TEST(HistogramQuantile, NoObservationsIsNaN)
{
    EXPECT_TRUE(std::isnan(histogramQuantile(0.5, {{0.1, 0}, {0.5, 0}, {kInf, 0}})));
}

TEST(HistogramQuantile, QuantileOutsideZeroOneIsInfinite)
{
    EXPECT_EQ(histogramQuantile(-0.1, latencyBuckets()), -kInf);
    EXPECT_EQ(histogramQuantile(1.1, latencyBuckets()), kInf);
    EXPECT_TRUE(std::isnan(histogramQuantile(std::numeric_limits<double>::quiet_NaN(), latencyBuckets())));
    // The q checks come first, as in Prometheus, even for buckets that would give NaN.
    EXPECT_EQ(histogramQuantile(2.0, {}), kInf);
}

TEST(HistogramQuantile, NonMonotonicCountsAreFlattened)
{
    // The 0.5 bucket dipped below the 0.1 bucket; treated as 2, so rank 5 lands in (0.5, 1]: 3 of 6.
    const std::vector<Bucket> buckets{{0.1, 2}, {0.5, 1}, {1.0, 8}, {kInf, 10}};
    EXPECT_DOUBLE_EQ(histogramQuantile(0.5, buckets), 0.75);
    // A dip right below +Inf: +Inf counts as 8, so the total is 8 and rank 4 is in (0.1, 0.5].
    EXPECT_DOUBLE_EQ(histogramQuantile(0.5, {{0.1, 2}, {0.5, 6}, {1.0, 8}, {kInf, 7}}), 0.1 + 0.4 * 2.0 / 4.0);
}

TEST(HistogramQuantile, BucketsWithTheSameBoundAreMerged)
{
    // Two 0.5 buckets sum to 6 of 10; rank 3 of 6 in [0, 0.5].
    EXPECT_DOUBLE_EQ(histogramQuantile(0.3, {{0.5, 3}, {kInf, 10}, {0.5, 3}}), 0.25);
}
