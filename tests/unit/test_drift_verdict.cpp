#include "analytics/drift/ColumnDrift.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace wk::analytics::drift;
using namespace Qt::StringLiterals;

namespace {

std::vector<double> normal(std::size_t n, double mean, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> distribution(mean, 1.0);
    std::vector<double> values(n);
    for (double& value : values)
        value = distribution(random);
    return values;
}

std::vector<QString> categories(std::initializer_list<std::pair<QString, int>> counts)
{
    std::vector<QString> values;
    for (const auto& [category, count] : counts)
        values.insert(values.end(), std::size_t(count), category);
    return values;
}

} // namespace

TEST(DriftVerdict, SmallNumericalReferenceUsesKsAtFivePercent)
{
    const auto same = numericalDrift(normal(500, 0.0, 1), normal(400, 0.0, 2));
    ASSERT_TRUE(same) << same.error().detail.toStdString();
    EXPECT_EQ(same->kind, ColumnKind::Numerical);
    EXPECT_EQ(same->test, DriftTest::Ks);
    EXPECT_EQ(same->threshold, 0.05);
    EXPECT_EQ(same->score, same->ks->pvalue);
    EXPECT_FALSE(same->drift);
    EXPECT_TRUE(same->wassersteinNormed.has_value());
    EXPECT_FALSE(same->chiSquare.has_value());

    const auto shifted = numericalDrift(normal(500, 0.0, 1), normal(400, 0.5, 2));
    ASSERT_TRUE(shifted);
    EXPECT_LT(shifted->ks->pvalue, 0.05);
    EXPECT_TRUE(shifted->drift);
    EXPECT_TRUE(shifted->warnings.isEmpty());
}

TEST(DriftVerdict, LargeNumericalReferenceUsesNormedWassersteinAtPointOne)
{
    const auto at1000 = numericalDrift(normal(1000, 0.0, 3), normal(1000, 0.0, 4));
    ASSERT_TRUE(at1000);
    EXPECT_EQ(at1000->test, DriftTest::Ks) << "1,000 reference rows is still the small side";

    const auto small = numericalDrift(normal(1001, 0.0, 3), normal(2000, 0.0, 4));
    ASSERT_TRUE(small);
    EXPECT_EQ(small->test, DriftTest::Wasserstein);
    EXPECT_EQ(small->threshold, 0.1);
    EXPECT_EQ(small->score, *small->wassersteinNormed);
    EXPECT_FALSE(small->drift) << "the same distribution stays below 0.1";

    const auto large = numericalDrift(normal(5000, 0.0, 3), normal(2000, 0.3, 4));
    ASSERT_TRUE(large);
    EXPECT_GE(*large->wassersteinNormed, 0.1);
    EXPECT_TRUE(large->drift);
}

TEST(DriftVerdict, CategoricalUsesChiSquareThenJensenShannon)
{
    const auto small = categoricalDrift(categories({{u"a"_s, 300}, {u"b"_s, 300}, {u"c"_s, 400}}),
        categories({{u"a"_s, 100}, {u"b"_s, 100}, {u"c"_s, 100}}));
    ASSERT_TRUE(small);
    EXPECT_EQ(small->kind, ColumnKind::Categorical);
    EXPECT_EQ(small->test, DriftTest::ChiSquare);
    EXPECT_EQ(small->score, small->chiSquare->pvalue);
    EXPECT_EQ(small->chiSquare->degreesOfFreedom, 2);
    EXPECT_FALSE(small->ks.has_value());
    EXPECT_FALSE(small->wassersteinNormed.has_value());

    const auto large
        = categoricalDrift(categories({{u"a"_s, 600}, {u"b"_s, 401}}), categories({{u"a"_s, 100}, {u"b"_s, 300}}));
    ASSERT_TRUE(large);
    EXPECT_EQ(large->test, DriftTest::JensenShannon);
    EXPECT_EQ(large->score, large->jensenShannon);
    EXPECT_TRUE(large->drift);
}

TEST(DriftVerdict, FewDistinctNumbersAreCategories)
{
    // Five distinct values in both samples together: categorical, values as categories.
    const std::vector<double> reference{1, 2, 3, 1, 2, 3, 1, 2, 3, 4};
    const std::vector<double> current{1, 1, 1, 5, 2, 2};
    const auto few = numericalDrift(reference, current);
    ASSERT_TRUE(few);
    EXPECT_EQ(few->kind, ColumnKind::Categorical);
    EXPECT_TRUE(few->numbersAsCategories);
    EXPECT_EQ(few->test, DriftTest::ChiSquare);
    EXPECT_EQ(few->unseenCategories, QStringList{u"5"_s});
    EXPECT_TRUE(std::isinf(few->chiSquare->statistic));
    EXPECT_TRUE(few->drift);
    ASSERT_EQ(few->warnings.size(), 1);
    EXPECT_TRUE(few->warnings.front().contains(u"never occurs in the reference (5)"_s));

    // A sixth value anywhere makes it numerical.
    const auto six = numericalDrift(reference, {1, 1, 1, 5, 2, 6});
    ASSERT_TRUE(six);
    EXPECT_EQ(six->kind, ColumnKind::Numerical);
    EXPECT_EQ(six->test, DriftTest::Ks);
}

TEST(DriftVerdict, ConstantColumnsHaveDefinedAnswers)
{
    const auto same = numericalDrift({4, 4, 4}, {4, 4});
    ASSERT_TRUE(same);
    EXPECT_EQ(same->kind, ColumnKind::Categorical);
    EXPECT_EQ(same->chiSquare->pvalue, 1.0);
    EXPECT_EQ(same->psi, 0.0);
    EXPECT_EQ(same->jensenShannon, 0.0);
    EXPECT_FALSE(same->drift);

    // A constant reference against a spread current: W1 is divided by 0.001, not by 0.
    const auto spread = numericalDrift({4, 4, 4, 4}, {4, 5, 6, 7, 8, 9});
    ASSERT_TRUE(spread);
    EXPECT_EQ(spread->kind, ColumnKind::Numerical);
    EXPECT_NEAR(*spread->wassersteinNormed, 2.5 / 0.001, 1e-9);
    EXPECT_TRUE(std::isfinite(spread->psi));
}

TEST(DriftVerdict, PValueTestOnAHugeSampleSaysSo)
{
    const auto huge = numericalDrift(normal(500, 0.0, 5), normal(10'001, 0.0, 6));
    ASSERT_TRUE(huge);
    EXPECT_EQ(huge->test, DriftTest::Ks);
    ASSERT_EQ(huge->warnings.size(), 1);
    EXPECT_TRUE(huge->warnings.front().contains(u"almost any shift is significant"_s));

    const auto fine = numericalDrift(normal(500, 0.0, 5), normal(10'000, 0.0, 6));
    ASSERT_TRUE(fine);
    EXPECT_TRUE(fine->warnings.isEmpty()) << "10,000 is not above the line";

    DriftOptions forced;
    forced.test = DriftTest::Ks;
    const auto forcedKs = numericalDrift(normal(20'000, 0.0, 5), normal(20'000, 0.0, 6), forced);
    ASSERT_TRUE(forcedKs);
    EXPECT_EQ(forcedKs->test, DriftTest::Ks);
    EXPECT_EQ(forcedKs->warnings.size(), 1);

    const auto distance = numericalDrift(normal(20'000, 0.0, 5), normal(20'000, 0.0, 6));
    ASSERT_TRUE(distance);
    EXPECT_TRUE(distance->warnings.isEmpty()) << "a distance does not over-fire with n";
}

TEST(DriftVerdict, ForcedTestAppliesWhereItCanAndSaysWhereNot)
{
    DriftOptions options;
    options.test = DriftTest::JensenShannon;
    const auto js = numericalDrift(normal(100, 0.0, 7), normal(100, 0.0, 8), options);
    ASSERT_TRUE(js);
    EXPECT_EQ(js->test, DriftTest::JensenShannon);
    EXPECT_EQ(js->threshold, 0.1);
    EXPECT_TRUE(js->warnings.isEmpty());

    options.test = DriftTest::Ks;
    const auto ks = categoricalDrift(categories({{u"a"_s, 3}, {u"b"_s, 2}}), categories({{u"a"_s, 3}}), options);
    ASSERT_TRUE(ks);
    EXPECT_EQ(ks->test, DriftTest::ChiSquare);
    ASSERT_EQ(ks->warnings.size(), 1);
    EXPECT_EQ(ks->warnings.front(),
        u"the ks test does not apply to this column (it is categorical): the verdict uses chisquare"_s);

    options.test = DriftTest::ChiSquare;
    const auto chi = numericalDrift(normal(2000, 0.0, 7), normal(100, 0.0, 8), options);
    ASSERT_TRUE(chi);
    EXPECT_EQ(chi->test, DriftTest::Wasserstein);
    EXPECT_FALSE(chi->warnings.isEmpty());

    options.test = DriftTest::Wasserstein;
    const auto few = numericalDrift({1, 2, 1, 2}, {1, 2}, options);
    ASSERT_TRUE(few);
    EXPECT_EQ(few->test, DriftTest::ChiSquare);
    ASSERT_EQ(few->warnings.size(), 1);
    EXPECT_TRUE(few->warnings.front().contains(u"analysed as categorical"_s));
}

TEST(DriftVerdict, BadSamplesAreErrorsNotNaN)
{
    EXPECT_FALSE(numericalDrift({}, {1.0}));
    EXPECT_FALSE(numericalDrift({1.0, std::nan("")}, {1.0}));
    EXPECT_FALSE(numericalDrift({1.0, 2.0}, {std::numeric_limits<double>::infinity()}));
    EXPECT_FALSE(numericalDrift({-1e308, 1e308}, {0.0}));
    EXPECT_FALSE(categoricalDrift(std::vector<QString>{}, std::vector<QString>{u"a"_s}));
}

TEST(DriftVerdict, TestNamesRoundTrip)
{
    for (const DriftTest test : {DriftTest::Ks, DriftTest::ChiSquare, DriftTest::Wasserstein, DriftTest::JensenShannon})
        EXPECT_EQ(driftTestFromName(driftTestName(test)), test);
    EXPECT_EQ(driftTestName(DriftTest::ChiSquare), u"chisquare"_s);
    EXPECT_FALSE(driftTestFromName(u"psi"));
}
