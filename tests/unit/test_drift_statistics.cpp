#include "analytics/drift/BinCounts.h"
#include "analytics/drift/ChiSquare.h"
#include "analytics/drift/IncompleteGamma.h"
#include "analytics/drift/JensenShannon.h"
#include "analytics/drift/NumpySum.h"
#include "analytics/drift/PopulationStability.h"
#include "analytics/drift/Wasserstein.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace wk::analytics::drift;
using namespace Qt::StringLiterals;

TEST(DriftNumpySum, SumsPairwiseLikeNumpyNotLeftToRight)
{
    const std::vector<double> tenths(1000, 0.1);
    double naive = 0.0;
    for (const double value : tenths)
        naive += value;
    EXPECT_EQ(numpySum(tenths), 100.00000000000001); // numpy.sum([0.1] * 1000)
    EXPECT_EQ(naive, 99.9999999999986);              // Python's sum(): a plain loop drifts much further
    EXPECT_EQ(numpySum(std::vector<double>{}), 0.0);
    EXPECT_EQ(numpySum(std::vector<double>{1.5, 2.5, 3.0}), 7.0);
}

TEST(DriftBins, SturgesEdgesAreNumpysLinspace)
{
    // 100 values on [0, 10]: log2(100) + 1 = 7.64 bins of width 1.308, rounded up to 8 equal bins.
    const std::vector<double> edges = sturgesBinEdges(0.0, 10.0, 100);
    ASSERT_EQ(edges.size(), 9u);
    for (std::size_t i = 0; i < edges.size(); ++i)
        EXPECT_EQ(edges[i], 1.25 * double(i));
    // 1024 values: log2 is exactly 10, and ptp / (ptp / 11) comes back as exactly 11 here, as in numpy.
    EXPECT_EQ(sturgesBinEdges(0.0, 10.0, 1024).size(), 12u);
    EXPECT_EQ(sturgesBinEdges(0.0, 10.0, 2).size(), 3u);
}

TEST(DriftBins, ConstantSampleGetsOneBinWidenedByHalf)
{
    EXPECT_EQ(sturgesBinEdges(3.0, 3.0, 3), (std::vector<double>{2.5, 3.5}));
}

TEST(DriftBins, HistogramBinsAreHalfOpenButTheLastIsClosed)
{
    const std::vector<double> sorted{-1.0, 0.0, 0.5, 1.0, 2.0, 2.0, 3.0};
    const std::vector<double> edges{0.0, 1.0, 2.0};
    EXPECT_EQ(histogramCounts(sorted, edges), (std::vector<std::int64_t>{2, 3}));
}

TEST(DriftBins, TwentyDistinctReferenceValuesStillBinByValue)
{
    std::vector<double> reference;
    for (int i = 0; i < 20; ++i)
        reference.push_back(i);
    const std::vector<double> current{0.0, 25.0, 25.0};
    const BinCounts byValue = numericalBins(reference, current);
    EXPECT_TRUE(byValue.edges.empty());
    ASSERT_EQ(byValue.values.size(), 21u); // 20 reference values and the current's 25
    EXPECT_EQ(byValue.reference.back(), 0);
    EXPECT_EQ(byValue.current.back(), 2);
    EXPECT_EQ(byValue.current.front(), 1);

    reference.push_back(20.0);
    const BinCounts histogram = numericalBins(reference, current);
    EXPECT_FALSE(histogram.edges.empty());
    EXPECT_EQ(histogram.edges.front(), 0.0);
    EXPECT_EQ(histogram.edges.back(), 25.0);
}

TEST(DriftBins, CategoriesAreTheUnionInOrder)
{
    const std::vector<QString> reference{u"b"_s, u"a"_s, u"b"_s};
    const std::vector<QString> current{u"c"_s, u"a"_s};
    const BinCounts bins = categoryBins(reference, current);
    EXPECT_EQ(bins.categories, (std::vector<QString>{u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(bins.reference, (std::vector<std::int64_t>{1, 2, 0}));
    EXPECT_EQ(bins.current, (std::vector<std::int64_t>{1, 0, 1}));
}

TEST(DriftPsi, ZeroSharesAreFilledAsEvidentlyDoes)
{
    EXPECT_EQ(fillZeroShares({0.5, 0.5, 0.0}), (std::vector<double>{0.5, 0.5, 0.0001}));
    // The smallest non-zero share is at most 0.0001 (here exactly): the fill is that share / 1e6.
    EXPECT_EQ(fillZeroShares({0.0001, 0.9999, 0.0}), (std::vector<double>{0.0001, 0.9999, 0.0001 / 1e6}));
    EXPECT_EQ(fillZeroShares({0.00005, 0.99995, 0.0}), (std::vector<double>{0.00005, 0.99995, 0.00005 / 1e6}));
}

TEST(DriftPsi, HandComputedValues)
{
    // (0.5 - 0.25) ln 2 + (0.5 - 0.75) ln(2/3) = 0.25 ln 3
    EXPECT_NEAR(populationStabilityIndex(std::vector{0.5, 0.5}, std::vector{0.25, 0.75}), 0.25 * std::log(3.0), 1e-15);
    EXPECT_EQ(populationStabilityIndex(std::vector{0.2, 0.8}, std::vector{0.2, 0.8}), 0.0);
    // A bin empty in the current sample: its share becomes 0.0001, so the PSI is large but finite.
    const double psi = populationStabilityIndex(std::vector{0.5, 0.5}, std::vector{1.0, 0.0});
    const double expected = (0.5 - 1.0) * std::log(0.5) + (0.5 - 0.0001) * std::log(0.5 / 0.0001);
    EXPECT_NEAR(psi, expected, 1e-14);
}

TEST(DriftJensenShannon, HandComputedValues)
{
    // Disjoint supports: the divergence is ln 2, the distance its square root.
    EXPECT_NEAR(jensenShannonDistance(std::vector{1.0, 0.0}, std::vector{0.0, 1.0}), std::sqrt(std::log(2.0)), 1e-15);
    // Weights are normalised first.
    EXPECT_EQ(jensenShannonDistance(std::vector{1.0, 3.0}, std::vector{0.25, 0.75}), 0.0);
    // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); KL(p||m) = 1/2 ln(2/3) + 1/2 ln 2, KL(q||m) = ln(4/3).
    const double divergence = 0.5 * std::log(2.0 / 3.0) + 0.5 * std::log(2.0) + std::log(4.0 / 3.0);
    EXPECT_NEAR(
        jensenShannonDistance(std::vector{0.5, 0.5}, std::vector{1.0, 0.0}), std::sqrt(divergence / 2.0), 1e-15);
}

TEST(DriftWasserstein, HandComputedValues)
{
    EXPECT_EQ(wassersteinDistanceSorted(std::vector{0.0, 1.0, 3.0}, std::vector{5.0, 6.0, 8.0}), 5.0);
    EXPECT_EQ(wassersteinDistanceSorted(std::vector{0.0, 1.0}, std::vector{0.0, 1.0}), 0.0);
    EXPECT_EQ(wassersteinDistanceSorted(std::vector{0.0}, std::vector{1.0}), 1.0);
    // Half the mass moves by 2: W1 = 1.
    EXPECT_EQ(wassersteinDistanceSorted(std::vector{0.0, 1.0}, std::vector{0.0, 3.0}), 1.0);
    EXPECT_EQ(populationStd(std::vector{2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}), 2.0);
    EXPECT_EQ(populationStd(std::vector{3.0, 3.0}), 0.0);
    EXPECT_EQ(normedWasserstein(0.5, 0.0), 500.0); // a constant reference divides by 0.001
    EXPECT_EQ(normedWasserstein(0.5, 2.0), 0.25);
}

TEST(DriftChiSquare, UpperIncompleteGammaClosedForms)
{
    for (const double x : {0.001, 0.5, 1.0, 7.0, 40.0, 700.0}) {
        EXPECT_NEAR(regularizedGammaQ(1.0, x), std::exp(-x), 1e-12 * std::exp(-x)) << x;
        EXPECT_NEAR(regularizedGammaQ(0.5, x), std::erfc(std::sqrt(x)), 1e-12 * std::erfc(std::sqrt(x))) << x;
        // Q(2, x) = (1 + x) e^-x
        EXPECT_NEAR(regularizedGammaQ(2.0, x), (1.0 + x) * std::exp(-x), 1e-12 * (1.0 + x) * std::exp(-x)) << x;
    }
    EXPECT_EQ(regularizedGammaQ(3.0, 0.0), 1.0);
    EXPECT_EQ(chiSquareSf(std::numeric_limits<double>::infinity(), 4), 0.0);
    EXPECT_TRUE(std::isnan(regularizedGammaQ(0.0, 1.0)));
    EXPECT_TRUE(std::isnan(regularizedGammaQ(1.0, -1.0)));
}

TEST(DriftChiSquare, AgainstExpectedCounts)
{
    // 100 current rows against a 50/50 reference: expected 50 and 50, observed 30 and 70: 8 + 8 = 16 on 1 df.
    const ChiSquareResult result
        = chiSquareTest(std::vector<std::int64_t>{500, 500}, std::vector<std::int64_t>{30, 70});
    EXPECT_EQ(result.statistic, 16.0);
    EXPECT_EQ(result.degreesOfFreedom, 1);
    EXPECT_NEAR(result.pvalue, 6.334248366623988e-05, 1e-18); // scipy.stats.chi2.sf(16, 1)
}

TEST(DriftChiSquare, UnseenCategoryIsInfinitelyUnlikely)
{
    const ChiSquareResult result = chiSquareTest(std::vector<std::int64_t>{10, 0}, std::vector<std::int64_t>{5, 5});
    EXPECT_TRUE(std::isinf(result.statistic));
    EXPECT_EQ(result.pvalue, 0.0);
}

TEST(DriftChiSquare, OneCategoryHasNothingToTest)
{
    const ChiSquareResult result = chiSquareTest(std::vector<std::int64_t>{7}, std::vector<std::int64_t>{3});
    EXPECT_EQ(result.degreesOfFreedom, 0);
    EXPECT_EQ(result.pvalue, 1.0);
    EXPECT_FALSE(std::isnan(result.statistic));
}
