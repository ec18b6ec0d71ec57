#include "analytics/drift/KolmogorovSmirnov.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <vector>

using wk::analytics::drift::KsMethod;
using wk::analytics::drift::KsResult;
using wk::analytics::drift::ksTwoSample;
using wk::analytics::drift::ksTwoSampleSorted;
using wk::analytics::drift::kstwoSf;

namespace {

std::vector<double> range(int n, double offset)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(i + offset);
    return out;
}

// Pr(D >= observed) by listing every way to interleave n and m distinct values: the share of interleavings
// whose largest CDF gap, as |i m - j n|, is at least the observed one.
double bruteForcePvalue(int n, int m, std::int64_t observedGap)
{
    int atLeast = 0;
    int total = 0;
    for (std::uint32_t mask = 0; mask < (1u << (n + m)); ++mask) {
        if (std::popcount(mask) != n)
            continue;
        std::int64_t i = 0;
        std::int64_t j = 0;
        std::int64_t gap = 0;
        for (int bit = 0; bit < n + m; ++bit) {
            ((mask >> bit) & 1u) != 0 ? ++i : ++j;
            gap = std::max(gap, std::abs(i * m - j * n));
        }
        ++total;
        atLeast += gap >= observedGap ? 1 : 0;
    }
    return double(atLeast) / double(total);
}

} // namespace

TEST(KolmogorovSmirnov, SeparatedEqualSamplesHaveTheClosedFormPvalue)
{
    // Two interleavings of 3 + 3 values out of C(6, 3) = 20 keep the samples apart.
    const KsResult result = ksTwoSample(std::vector{1.0, 2.0, 3.0}, std::vector{4.0, 5.0, 6.0});
    EXPECT_EQ(result.statistic, 1.0);
    EXPECT_NEAR(result.pvalue, 0.1, 1e-15);
    EXPECT_EQ(result.method, KsMethod::Exact);
}

TEST(KolmogorovSmirnov, SeparatedUnequalSamples)
{
    // {1, 2} against {3}: of the 3 interleavings, baa and aab reach D = 1.
    const KsResult result = ksTwoSample(std::vector{1.0, 2.0}, std::vector{3.0});
    EXPECT_EQ(result.statistic, 1.0);
    EXPECT_NEAR(result.pvalue, 2.0 / 3.0, 1e-15);
}

TEST(KolmogorovSmirnov, TiesAreComparedAfterEveryCopy)
{
    // At 1: F1 = 2/3, F2 = 1/3; at 2 both are 1. Comparing inside a run of ties would give 2/3.
    const KsResult result = ksTwoSample(std::vector{1.0, 1.0, 2.0}, std::vector{1.0, 2.0, 2.0});
    EXPECT_DOUBLE_EQ(result.statistic, 1.0 / 3.0);
    EXPECT_NEAR(result.pvalue, 1.0, 1e-15);
}

TEST(KolmogorovSmirnov, IdenticalSamplesHaveNoDistance)
{
    const std::vector<double> sample{0.3, -1.0, 2.5, 0.3, 7.0};
    const KsResult result = ksTwoSample(sample, sample);
    EXPECT_EQ(result.statistic, 0.0);
    EXPECT_EQ(result.pvalue, 1.0);
    EXPECT_EQ(result.method, KsMethod::Exact);
}

TEST(KolmogorovSmirnov, ExactPvalueCountsLatticePaths)
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal;
    const std::pair<int, int> sizes[] = {{3, 4}, {4, 6}, {5, 5}, {6, 6}, {2, 9}, {7, 5}, {6, 8}, {1, 7}};
    int compared = 0;
    for (const auto& [n, m] : sizes) {
        for (int trial = 0; trial < 8; ++trial) {
            std::vector<double> a(std::size_t(n), 0.0);
            std::vector<double> b(std::size_t(m), 0.0);
            for (double& x : a)
                x = normal(rng);
            for (double& x : b)
                x = normal(rng) + 0.4 * trial;
            const KsResult result = ksTwoSample(a, b);
            if (result.method != KsMethod::Exact)
                continue; // scipy's fallback when the sum rounds above 1; checked below
            const auto gap = std::int64_t(std::llround(result.statistic * n * m));
            EXPECT_NEAR(result.pvalue, bruteForcePvalue(n, m, gap), 1e-13)
                << n << "x" << m << " D=" << result.statistic;
            ++compared;
        }
    }
    EXPECT_GT(compared, 50);
}

TEST(KolmogorovSmirnov, ExactSumAboveOneFallsBackToTheAsymptoticAsScipyDoes)
{
    // 7 + 7 values, D = 1/7: the exact alternating sum rounds to 1 + 2^-52, which scipy rejects. The
    // asymptotic p-value is kstwo at round(3.5) = 4, inside Ruben and Gambino's range: 1 - 4!/4^4 (1/7)^4.
    const KsResult seven = ksTwoSample(range(7, 0.0), range(7, 0.5));
    EXPECT_DOUBLE_EQ(seven.statistic, 1.0 / 7.0);
    EXPECT_EQ(seven.method, KsMethod::Asymptotic);
    EXPECT_NEAR(seven.pvalue, 1.0 - 0.09375 / 2401.0, 1e-15);

    // 5 + 5: round(2.5) is 2 (half to even), where D = 0.2 lies below the support; 3 would give 0.99822.
    const KsResult five = ksTwoSample(range(5, 0.0), range(5, 0.5));
    EXPECT_EQ(five.method, KsMethod::Asymptotic);
    EXPECT_EQ(five.pvalue, 1.0);
}

TEST(KolmogorovSmirnov, TenThousandPerSampleIsTheLastExactSize)
{
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal;
    std::vector<double> big(10000);
    for (double& x : big)
        x = normal(rng);
    const std::vector<double> small{-0.5, 0.1, 0.9};
    EXPECT_EQ(ksTwoSample(big, small).method, KsMethod::Exact);
    big.push_back(normal(rng));
    const KsResult asymptotic = ksTwoSample(big, small);
    EXPECT_EQ(asymptotic.method, KsMethod::Asymptotic);
    // round(10001 * 3 / 10004) = 3
    EXPECT_EQ(asymptotic.pvalue, kstwoSf(asymptotic.statistic, 3.0));
}

TEST(KolmogorovSmirnov, RadixSortedKeysAgreeWithTheSortedEntryPoint)
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal;
    std::vector<double> a(60000);
    std::vector<double> b(45000);
    for (double& x : a)
        x = normal(rng) * 1e3;
    for (double& x : b)
        x = std::round(normal(rng) * 10.0) / 10.0;
    // Both zeros, infinities, subnormals and extremes must keep their order.
    const double specials[]
        = {0.0, -0.0, std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
            std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::denorm_min(),
            std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
    for (std::size_t i = 0; i < std::size(specials); ++i) {
        a[i * 7] = specials[i];
        b[i * 5] = specials[(i + 3) % std::size(specials)];
    }
    const KsResult radix = ksTwoSample(a, b);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const KsResult sorted = ksTwoSampleSorted(a, b);
    EXPECT_EQ(radix.statistic, sorted.statistic);
    EXPECT_EQ(radix.pvalue, sorted.pvalue);
    EXPECT_EQ(radix.method, KsMethod::Asymptotic);
}

TEST(Kstwo, ClosedFormsAtTheEndsOfTheSupport)
{
    EXPECT_EQ(kstwoSf(0.3, 1.0), 1.0);                             // below 1/(2n) D_n cannot be
    EXPECT_DOUBLE_EQ(kstwoSf(0.75, 1.0), 0.5);                     // n = 1: D = max(U, 1 - U)
    EXPECT_DOUBLE_EQ(kstwoSf(0.8, 3.0), 2 * 0.2 * 0.2 * 0.2);      // d >= 1 - 1/n: 2 (1 - d)^n
    EXPECT_DOUBLE_EQ(kstwoSf(0.2, 3.0), 1.0 - 6.0 / 27.0 * 0.008); // d <= 1/n: 1 - n!/n^n (2nd - 1)^n
    EXPECT_EQ(kstwoSf(0.0, 10.0), 1.0);
    EXPECT_EQ(kstwoSf(1.0, 10.0), 0.0);
    EXPECT_TRUE(std::isnan(kstwoSf(0.3, 0.0)));
    EXPECT_TRUE(std::isnan(kstwoSf(0.3, 2.5)));
    EXPECT_TRUE(std::isnan(kstwoSf(std::nan(""), 10.0)));
}

TEST(Kstwo, LargeSamplesApproachKolmogorovsLimit)
{
    // Pr(sqrt(n) D_n > z) -> 2 sum (-1)^(k-1) exp(-2 k^2 z^2); at n = 10^7 the gap is ~3e-4 relative.
    for (const double z : {0.8, 1.0, 1.36}) {
        double limit = 0.0;
        for (int k = 1; k < 50; ++k)
            limit += 2.0 * (k % 2 != 0 ? 1.0 : -1.0) * std::exp(-2.0 * k * k * z * z);
        EXPECT_NEAR(kstwoSf(z / std::sqrt(1e7), 1e7) / limit, 1.0, 5e-4) << z;
    }
}
