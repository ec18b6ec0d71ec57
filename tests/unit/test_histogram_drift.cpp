#include "analytics/drift/BucketSets.h"
#include "analytics/drift/HistogramDrift.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using wk::analytics::Bucket;
using namespace wk::analytics::drift;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Reference: half the observations in (0, 1], half in (1, 2]. Current: a quarter and three quarters.
const std::vector<Bucket> reference{{1, 50}, {2, 100}, {inf, 100}};
const std::vector<Bucket> current{{1, 25}, {2, 100}, {inf, 100}};

} // namespace

TEST(HistogramDrift, IdenticalHistogramsHaveNoDrift)
{
    const auto result = histogramDrift(reference, reference);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->psi, 0.0);
    EXPECT_DOUBLE_EQ(result->jensenShannon, 0.0);
    EXPECT_DOUBLE_EQ(result->ksLowerBound, 0.0);
    EXPECT_DOUBLE_EQ(result->wassersteinNormed, 0.0);
    EXPECT_EQ(result->bucketCount, 3);
}

TEST(HistogramDrift, HandCheckedShift)
{
    const auto result = histogramDrift(reference, current);
    ASSERT_TRUE(result);
    // PSI: 0.25 ln 2 - 0.25 ln(2/3); the empty +Inf bucket is filled with 0.0001 on both sides and adds 0.
    EXPECT_NEAR(result->psi, 0.27465307216702745, 1e-15);
    // scipy.spatial.distance.jensenshannon([.5, .5, 0], [.25, .75, 0])
    EXPECT_NEAR(result->jensenShannon, 0.1839077909404743, 1e-15);
    // The CDFs differ by 0.25 at le=1 and agree from le=2.
    EXPECT_DOUBLE_EQ(result->ksLowerBound, 0.25);
    // Area between the CDFs: two triangles of height 0.25 and width 1; reference std from midpoints 0.5 and
    // 1.5 is 0.5, so 0.25 / 0.5.
    EXPECT_NEAR(result->wassersteinNormed, 0.5, 1e-15);
    EXPECT_EQ(result->referenceCount, 100);
    EXPECT_EQ(result->currentCount, 100);
}

TEST(HistogramDrift, OrderAndDuplicateBoundsDoNotMatter)
{
    // Two series per bound (an ignored label) in shuffled order sum to the same histogram.
    const std::vector<Bucket> split{{inf, 60}, {1, 30}, {2, 60}, {1, 20}, {inf, 40}, {2, 40}};
    const auto a = histogramDrift(split, current);
    const auto b = histogramDrift(reference, current);
    ASSERT_TRUE(a && b);
    EXPECT_DOUBLE_EQ(a->psi, b->psi);
    EXPECT_DOUBLE_EQ(a->ksLowerBound, b->ksLowerBound);
}

TEST(HistogramDrift, DifferentGridsUseTheSharedBounds)
{
    const std::vector<Bucket> finer{{0.5, 10}, {1, 50}, {1.5, 70}, {2, 100}, {inf, 100}};
    const auto a = histogramDrift(finer, current);
    const auto b = histogramDrift(reference, current);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->bucketCount, 3);
    EXPECT_DOUBLE_EQ(a->psi, b->psi);
}

TEST(HistogramDrift, KsLowerBoundNeverExceedsOne)
{
    const std::vector<Bucket> low{{1, 100}, {2, 100}, {inf, 100}};
    const std::vector<Bucket> high{{1, 0}, {2, 0}, {inf, 100}};
    const auto result = histogramDrift(low, high);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->ksLowerBound, 1.0);
    // Every reference observation in the first bucket, none of the current ones in a finite bucket: PSI is
    // large but finite thanks to the zero filling.
    EXPECT_TRUE(std::isfinite(result->psi));
    EXPECT_GT(result->psi, 5.0);
}

TEST(HistogramDrift, NoAnswerWithoutObservationsOrInfBucket)
{
    const std::vector<Bucket> empty{{1, 0}, {2, 0}, {inf, 0}};
    EXPECT_FALSE(histogramDrift(empty, current));
    EXPECT_FALSE(histogramDrift(reference, empty));
    const std::vector<Bucket> noInf{{1, 50}, {2, 100}};
    EXPECT_FALSE(histogramDrift(noInf, noInf));
    const std::vector<Bucket> oneBound{{inf, 100}};
    EXPECT_FALSE(histogramDrift(oneBound, oneBound));
}

TEST(HistogramDrift, NonMonotonicCountsAreClampedNotNegative)
{
    // Rates of many series leave float noise: a cumulative count a hair below the previous one.
    const std::vector<Bucket> noisy{{1, 50}, {2, 49.9999999}, {inf, 100}};
    const auto result = histogramDrift(noisy, reference);
    ASSERT_TRUE(result);
    EXPECT_GE(result->psi, 0.0);
    EXPECT_TRUE(std::isfinite(result->jensenShannon));
}

TEST(BucketSets, ReadsAReferenceFile)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ref.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("feature,le,count\namount,10,5\namount,100,20\namount,+Inf,21\nage,+Inf,3\n");
    file.close();
    const auto sets = readReferenceFile(file.fileName());
    ASSERT_TRUE(sets) << sets.error().detail.toStdString();
    EXPECT_EQ(sets->size(), 2);
    EXPECT_EQ(sets->value(QStringLiteral("amount")).size(), 3u);
    EXPECT_EQ(sets->value(QStringLiteral("amount")).back().upperBound, inf);
}

TEST(BucketSets, ABadReferenceFileNamesTheLine)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ref.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("feature,le,count\namount,10,5\namount,ten,20\n");
    file.close();
    const auto sets = readReferenceFile(file.fileName());
    ASSERT_FALSE(sets);
    EXPECT_NE(sets.error().detail.indexOf(QStringLiteral("line 3")), -1) << sets.error().detail.toStdString();
    EXPECT_FALSE(readReferenceFile(dir.filePath(QStringLiteral("missing.csv"))));
}

TEST(BucketSets, GroupsAVectorByFeature)
{
    wk::metrics::Vector vector;
    vector.push_back(
        {{{QStringLiteral("feature"), QStringLiteral("a")}, {QStringLiteral("le"), QStringLiteral("1")}}, 0, 3});
    vector.push_back(
        {{{QStringLiteral("feature"), QStringLiteral("a")}, {QStringLiteral("le"), QStringLiteral("+Inf")}}, 0, 4});
    vector.push_back(
        {{{QStringLiteral("feature"), QStringLiteral("b")}, {QStringLiteral("le"), QStringLiteral("+Inf")}}, 0, 1});
    vector.push_back({{{QStringLiteral("feature"), QStringLiteral("b")}}, 0, 9}); // no le: left out
    const BucketSets sets = bucketsByLabel(vector, QStringLiteral("feature"));
    EXPECT_EQ(sets.value(QStringLiteral("a")).size(), 2u);
    EXPECT_EQ(sets.value(QStringLiteral("b")).size(), 1u);
}
