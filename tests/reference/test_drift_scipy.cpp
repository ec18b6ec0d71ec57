// The raw-sample drift statistics against numpy/scipy (and Evidently's binning, written out with numpy in
// drift_reference.py): PSI, Jensen-Shannon, normed Wasserstein, the Sturges edges and bin counts, chi-square and
// its p-value, the default test and the verdict, on generated cases (fixed seeds). The worst deviations are
// printed so a reader sees how close, not just that it passed.
//
// Tolerances: 1e-12 relative on statistics. Every sum here runs in numpy's pairwise order over the same terms, so
// most values agree to the last bit; what is left is the logarithm (numpy's np.log may use its own SIMD code,
// off from glibc's by an ulp) and the reading of numbers through JSON, both far below 1e-12. A statistic whose
// reference is 0 must be 0 within 1e-15 absolute (the Jensen-Shannon distance of two identical samples is the
// square root of a rounding-level divergence, and both sides return exactly 0 there). P-values: 1e-9 absolute or
// 1e-6 relative. Sturges edges and bin counts must be identical.

#include "PythonReference.h"

#include "analytics/drift/BinCounts.h"
#include "analytics/drift/ChiSquare.h"
#include "analytics/drift/ColumnDrift.h"
#include "analytics/drift/IncompleteGamma.h"
#include "analytics/drift/Wasserstein.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace wk::analytics::drift;
using namespace Qt::StringLiterals;

using wk::test::jsonOf;
using wk::test::numberOf;

namespace {

struct Case
{
    std::string label;
    bool numerical = true;
    std::vector<double> reference;
    std::vector<double> current;
    std::vector<QString> referenceCategories;
    std::vector<QString> currentCategories;
};

// The worst deviation seen per statistic, printed at the end.
class Deviations
{
public:
    // Relative deviation of `ours` from `theirs`; a zero reference value is checked absolutely.
    void statistic(const std::string& name, const std::string& label, double ours, double theirs)
    {
        if (std::isinf(theirs)) {
            EXPECT_EQ(ours, theirs) << name << " in " << label;
            return;
        }
        const double deviation = theirs == 0.0 ? std::abs(ours) : std::abs(ours - theirs) / std::abs(theirs);
        const double bound = theirs == 0.0 ? 1e-15 : 1e-12;
        EXPECT_LE(deviation, bound) << name << " in " << label << ": ours " << ours << ", reference " << theirs;
        note(name, label, deviation);
    }

    void pvalue(const std::string& name, const std::string& label, double ours, double theirs)
    {
        const double absolute = std::abs(ours - theirs);
        const double relative = theirs > 0.0 ? absolute / theirs : (ours == 0.0 ? 0.0 : 1.0);
        EXPECT_TRUE(absolute <= 1e-9 || relative <= 1e-6)
            << name << " in " << label << ": ours " << ours << ", scipy " << theirs;
        note(name + " (abs)", label, absolute);
        if (theirs > 1e-300)
            note(name + " (rel)", label, relative);
    }

    void print() const
    {
        for (const auto& [name, worst] : m_worst)
            std::cout << "worst " << name << " deviation: " << worst.first << " (" << worst.second << ")\n";
    }

private:
    void note(const std::string& name, const std::string& label, double deviation)
    {
        auto& worst = m_worst[name];
        if (deviation >= worst.first)
            worst = {deviation, label};
    }

    std::map<std::string, std::pair<double, std::string>> m_worst;
};

template <typename Distribution>
std::vector<double> draw(std::mt19937_64& random, std::size_t n, Distribution distribution)
{
    std::vector<double> values(n);
    for (double& value : values)
        value = distribution(random);
    return values;
}

std::vector<double> rounded(std::vector<double> values, double step)
{
    for (double& value : values)
        value = std::round(value / step) * step;
    return values;
}

std::vector<QString> categoriesOf(std::mt19937_64& random, std::size_t n, int categories, double skew, int offset = 0)
{
    std::vector<double> weights(static_cast<std::size_t>(categories));
    for (int i = 0; i < categories; ++i)
        weights[std::size_t(i)] = 1.0 / std::pow(double(i + 1), skew);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::vector<QString> values(n);
    for (QString& value : values)
        value = u"c%1"_s.arg(pick(random) + offset);
    return values;
}

Case numerical(std::string label, std::vector<double> reference, std::vector<double> current)
{
    return Case{std::move(label), true, std::move(reference), std::move(current), {}, {}};
}

Case categorical(std::string label, std::vector<QString> reference, std::vector<QString> current)
{
    return Case{std::move(label), false, {}, {}, std::move(reference), std::move(current)};
}

std::vector<Case> generateCases()
{
    std::mt19937_64 random(0x5eed'd21f7);
    std::vector<Case> cases;
    const auto normal = [](double mean, double sd) { return std::normal_distribution<double>(mean, sd); };
    // Tiny samples, shifted or not: some fall to five distinct values or fewer (values as categories).
    for (std::size_t n = 1; n <= 6; ++n) {
        for (std::size_t m = 1; m <= 6; ++m) {
            cases.push_back(numerical("tiny " + std::to_string(n) + "x" + std::to_string(m),
                draw(random, n, normal(0, 1)), draw(random, m, normal(0.3, 1))));
        }
    }
    // Small to medium continuous samples, n != m, various shifts and scales.
    for (const auto& [n, m] : std::vector<std::pair<std::size_t, std::size_t>>{
             {30, 30}, {50, 200}, {200, 50}, {999, 1000}, {1000, 37}, {1001, 1500}, {3000, 2999}, {5000, 100}}) {
        for (const double shift : {0.0, 0.1, 1.0}) {
            cases.push_back(
                numerical("normal " + std::to_string(n) + "x" + std::to_string(m) + " shift " + std::to_string(shift),
                    draw(random, n, normal(10, 2)), draw(random, m, normal(10 + 2 * shift, 2.5))));
        }
    }
    // Equal samples: everything 0.
    {
        const auto same = draw(random, 700, normal(0, 1));
        cases.push_back(numerical("equal samples", same, same));
        const auto reversed = std::vector<double>(same.rbegin(), same.rend());
        cases.push_back(numerical("equal samples, other order", same, reversed));
    }
    // Heavy tails: Cauchy, and log-normal with a far outlier.
    cases.push_back(numerical("cauchy", draw(random, 800, std::cauchy_distribution<double>(0, 1)),
        draw(random, 900, std::cauchy_distribution<double>(0.5, 1))));
    {
        auto current = draw(random, 400, std::lognormal_distribution<double>(0, 2));
        current.push_back(1e12);
        cases.push_back(numerical(
            "lognormal with an outlier", draw(random, 2000, std::lognormal_distribution<double>(0, 2)), current));
    }
    // Ties: values on a grid, many of them exactly on Sturges edges (integers with power-of-two spans).
    cases.push_back(numerical("ties 0.1 grid", rounded(draw(random, 600, normal(0, 1)), 0.1),
        rounded(draw(random, 500, normal(0.2, 1)), 0.1)));
    for (const int span : {64, 100, 255}) {
        std::uniform_int_distribution<int> uniform(0, span);
        const auto integers = [&](std::size_t n) {
            std::vector<double> values(n);
            for (double& value : values)
                value = uniform(random);
            return values;
        };
        cases.push_back(numerical("integers 0.." + std::to_string(span), integers(127), integers(129)));
        cases.push_back(numerical("integers 0.." + std::to_string(span) + " big", integers(4095), integers(4097)));
    }
    // At most 20 distinct reference values (one bin per value), 20 and 21 at the boundary, and current values
    // the reference never has.
    for (const int distinct : {6, 12, 20, 21, 22}) {
        std::uniform_int_distribution<int> pick(0, distinct - 1);
        std::vector<double> reference(300);
        for (std::size_t i = 0; i < reference.size(); ++i)
            reference[i] = i < std::size_t(distinct) ? double(i) * 1.5 : pick(random) * 1.5;
        std::vector<double> current(250);
        for (double& value : current)
            value = (pick(random) + (distinct > 12 ? 3 : 0)) * 1.5;
        cases.push_back(numerical(std::to_string(distinct) + " distinct values", reference, current));
    }
    // Few distinct values (categorical by Evidently's rule), in small and large references.
    for (const std::size_t n : {40, 1200}) {
        std::discrete_distribution<int> ref({5, 3, 2}), cur({3, 3, 4});
        std::vector<double> reference(n);
        std::vector<double> current(n / 2);
        for (double& value : reference)
            value = ref(random);
        for (double& value : current)
            value = cur(random);
        cases.push_back(numerical("three values n=" + std::to_string(n), reference, current));
        current.push_back(7.0); // a value the reference never has: chi-square is infinite
        cases.push_back(numerical("three values and an unseen one n=" + std::to_string(n), reference, current));
    }
    // Constant columns.
    cases.push_back(numerical("constant, equal", std::vector<double>(50, 3.25), std::vector<double>(20, 3.25)));
    cases.push_back(numerical("constant, moved", std::vector<double>(50, 3.25), std::vector<double>(20, 4.0)));
    cases.push_back(
        numerical("constant reference, spread current", std::vector<double>(50, 1.0), draw(random, 60, normal(1, 1))));
    cases.push_back(
        numerical("spread reference, constant current", draw(random, 60, normal(1, 1)), std::vector<double>(50, 1.0)));
    // Awkward scales: a large offset with small noise, and tiny magnitudes.
    cases.push_back(
        numerical("offset 1e9", draw(random, 500, normal(1e9, 1e-3)), draw(random, 500, normal(1e9, 1e-3))));
    cases.push_back(
        numerical("scale 1e-200", draw(random, 300, normal(0, 1e-200)), draw(random, 300, normal(0, 2e-200))));
    // Huge samples: the asymptotic side, and long pairwise sums.
    cases.push_back(
        numerical("huge 300k x 250k", draw(random, 300'000, normal(0, 1)), draw(random, 250'000, normal(0.01, 1))));
    cases.push_back(
        numerical("huge current 800 x 200k", draw(random, 800, normal(0, 1)), draw(random, 200'000, normal(0, 1.05))));

    // Categorical columns.
    for (const auto& [n, m, k] : std::vector<std::tuple<std::size_t, std::size_t, int>>{
             {10, 10, 2}, {100, 80, 3}, {1000, 1000, 5}, {1001, 300, 5}, {500, 5000, 50}, {20'000, 15'000, 500}}) {
        const std::string size = std::to_string(n) + "x" + std::to_string(m) + " k=" + std::to_string(k);
        cases.push_back(
            categorical("categories " + size, categoriesOf(random, n, k, 1.0), categoriesOf(random, m, k, 1.0)));
        cases.push_back(
            categorical("skewed categories " + size, categoriesOf(random, n, k, 1.0), categoriesOf(random, m, k, 0.3)));
        // Current categories shifted by two: two the reference never has, two the current never has.
        cases.push_back(categorical(
            "unseen categories " + size, categoriesOf(random, n, k, 0.5), categoriesOf(random, m, k, 0.5, 2)));
    }
    cases.push_back(
        categorical("one category", std::vector<QString>(30, u"only"_s), std::vector<QString>(12, u"only"_s)));
    cases.push_back(categorical("words", {u"café"_s, u"東京"_s, u"a,b"_s, u"\"q\""_s, u"café"_s, u"x"_s},
        {u"東京"_s, u"東京"_s, u"a,b"_s, u"x"_s, u"café"_s}));
    return cases;
}

std::vector<std::pair<double, double>> chiSquareGrid()
{
    std::vector<std::pair<double, double>> grid;
    for (const double k :
        {1.0, 2.0, 3.0, 4.0, 5.0, 7.0, 10.0, 19.0, 50.0, 99.0, 500.0, 1000.0, 4999.0, 20'000.0, 100'000.0}) {
        for (const double factor :
            {1e-6, 0.01, 0.1, 0.5, 0.8, 0.9, 0.95, 1.0, 1.02, 1.05, 1.1, 1.3, 1.6, 2.0, 3.0, 5.0, 10.0})
            grid.emplace_back(k, k * factor);
        // Far tails, in absolute terms too.
        for (const double x : {1e-10, 0.5, 30.0, 200.0, 1400.0})
            grid.emplace_back(k, x);
        const double sd = std::sqrt(2.0 * k);
        for (const double z : {-3.0, -1.0, 1.0, 3.0, 6.0, 10.0, 20.0})
            grid.emplace_back(k, std::max(1e-3, k + z * sd));
    }
    return grid;
}

} // namespace

TEST(DriftScipyReference, StatisticsAgreeWithNumpyAndScipy)
{
    const std::vector<Case> cases = generateCases();
    const auto grid = chiSquareGrid();
    QJsonArray requests;
    for (const Case& c : cases) {
        QJsonObject request;
        request.insert(u"kind"_s, c.numerical ? u"numerical"_s : u"categorical"_s);
        request.insert(u"reference"_s, c.numerical ? jsonOf(c.reference) : jsonOf(c.referenceCategories));
        request.insert(u"current"_s, c.numerical ? jsonOf(c.current) : jsonOf(c.currentCategories));
        requests.append(request);
    }
    QJsonArray gridRequest;
    for (const auto& [k, x] : grid)
        gridRequest.append(QJsonArray{k, x});
    const auto answer = wk::test::runPythonReference(
        u"drift_reference.py"_s, QJsonDocument(QJsonObject{{u"cases"_s, requests}, {u"chi2_grid"_s, gridRequest}}));
    ASSERT_TRUE(answer);
    const QJsonArray answers = answer->object().value(u"cases"_s).toArray();
    ASSERT_EQ(answers.size(), qsizetype(cases.size()));

    Deviations deviations;
    int verdicts = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const QJsonObject reference = answers[qsizetype(i)].toObject();
        const auto drift = c.numerical ? numericalDrift(c.reference, c.current)
                                       : categoricalDrift(c.referenceCategories, c.currentCategories);
        ASSERT_TRUE(drift) << c.label << ": " << drift.error().detail.toStdString();
        SCOPED_TRACE(c.label);

        deviations.statistic("psi", c.label, drift->psi, numberOf(reference.value(u"psi"_s)));
        deviations.statistic("jensen-shannon", c.label, drift->jensenShannon, numberOf(reference.value(u"js"_s)));
        EXPECT_EQ(driftTestName(drift->test), reference.value(u"test"_s).toString());

        // Chi-square over the values or categories, also for numerical columns where it is not the default.
        BinCounts values;
        if (c.numerical) {
            std::vector<double> sortedReference = c.reference;
            std::vector<double> sortedCurrent = c.current;
            std::ranges::sort(sortedReference);
            std::ranges::sort(sortedCurrent);
            values = valueBins(sortedReference, sortedCurrent);

            const BinCounts bins = numericalBins(sortedReference, sortedCurrent);
            const QJsonValue edges = reference.value(u"edges"_s);
            if (edges.isNull()) {
                EXPECT_TRUE(bins.edges.empty());
            } else {
                std::vector<double> theirs;
                for (const QJsonValue& edge : edges.toArray())
                    theirs.push_back(edge.toDouble());
                EXPECT_EQ(bins.edges, theirs) << "Sturges edges must be numpy's, bit for bit";
            }
            std::vector<std::int64_t> referenceCounts;
            std::vector<std::int64_t> currentCounts;
            for (const QJsonValue& count : reference.value(u"ref_counts"_s).toArray())
                referenceCounts.push_back(count.toInteger());
            for (const QJsonValue& count : reference.value(u"cur_counts"_s).toArray())
                currentCounts.push_back(count.toInteger());
            EXPECT_EQ(bins.reference, referenceCounts);
            EXPECT_EQ(bins.current, currentCounts);

            const double referenceStd = populationStd(c.reference);
            deviations.statistic("std", c.label, referenceStd, numberOf(reference.value(u"std"_s)));
            const double w1 = wassersteinDistanceSorted(sortedReference, sortedCurrent);
            deviations.statistic("wasserstein", c.label, w1, numberOf(reference.value(u"w1"_s)));
            deviations.statistic("wasserstein normed", c.label, normedWasserstein(w1, referenceStd),
                numberOf(reference.value(u"w1_normed"_s)));
            if (drift->wassersteinNormed) {
                EXPECT_EQ(*drift->wassersteinNormed, normedWasserstein(w1, referenceStd));
            }
        } else {
            values = categoryBins(c.referenceCategories, c.currentCategories);
        }
        const ChiSquareResult chi = chiSquareTest(values.reference, values.current);
        deviations.statistic("chi-square", c.label, chi.statistic, numberOf(reference.value(u"chi_stat"_s)));
        deviations.pvalue("chi-square p", c.label, chi.pvalue, numberOf(reference.value(u"chi_p"_s)));
        if (drift->chiSquare) {
            EXPECT_EQ(drift->chiSquare->statistic, chi.statistic);
            EXPECT_EQ(drift->chiSquare->pvalue, chi.pvalue);
        }

        // The verdict from the reference's own numbers, unless the p-value sits on the threshold.
        double score = 0.0;
        switch (drift->test) {
        case DriftTest::Ks:
            score = numberOf(reference.value(u"ks_p"_s));
            break;
        case DriftTest::ChiSquare:
            score = numberOf(reference.value(u"chi_p"_s));
            break;
        case DriftTest::Wasserstein:
            score = numberOf(reference.value(u"w1_normed"_s));
            break;
        case DriftTest::JensenShannon:
            score = numberOf(reference.value(u"js"_s));
            break;
        }
        if (std::abs(score - drift->threshold) > 1e-6) {
            const bool expected = isPValueTest(drift->test) ? score < drift->threshold : score >= drift->threshold;
            EXPECT_EQ(drift->drift, expected) << driftTestName(drift->test).toStdString() << " score " << score;
            ++verdicts;
        }
    }

    const QJsonArray sf = answer->object().value(u"chi2_sf"_s).toArray();
    ASSERT_EQ(sf.size(), qsizetype(grid.size()));
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const auto [k, x] = grid[i];
        deviations.pvalue("chi2.sf grid", "k=" + std::to_string(k) + " x=" + std::to_string(x), chiSquareSf(x, k),
            numberOf(sf[qsizetype(i)]));
    }
    std::cout << cases.size() << " cases, " << verdicts << " verdicts, " << grid.size() << " chi2.sf points\n";
    deviations.print();
}
