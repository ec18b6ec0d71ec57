// The two-sample Kolmogorov-Smirnov test and the kstwo distribution against scipy 1.10, on cases generated here
// with a fixed seed and answered by ks_reference.py in one python run per test. Statistic within 1e-12,
// p-value within 1e-9 absolute or 1e-6 relative, and the same choice of exact or asymptotic p-value.
#include "PythonReference.h"

#include "analytics/drift/KolmogorovDistribution.h"
#include "analytics/drift/KolmogorovSmirnov.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using wk::analytics::drift::KsMethod;
using wk::analytics::drift::KsResult;
using wk::analytics::drift::ksTwoSample;
using wk::analytics::drift::kstwoSf;
using wk::analytics::drift::smirnovSf;

namespace {

// Above this many values a sample goes to python as a raw float64 file rather than inline JSON.
constexpr std::size_t kInlineLimit = 20000;

struct SampleCase
{
    std::string label;
    std::vector<double> a;
    std::vector<double> b;
};

class Samples
{
public:
    std::vector<double> normal(std::size_t n, double mean = 0.0, double sd = 1.0)
    {
        return draw(n, std::normal_distribution<double>(mean, sd));
    }
    std::vector<double> cauchy(std::size_t n, double scale = 1.0)
    {
        return draw(n, std::cauchy_distribution<double>(0.0, scale));
    }
    std::vector<double> lognormal(std::size_t n, double mu = 0.0)
    {
        return draw(n, std::lognormal_distribution<double>(mu, 1.0));
    }
    std::vector<double> integers(std::size_t n, int low, int high)
    {
        std::uniform_int_distribution<int> dist(low, high);
        std::vector<double> out(n);
        for (double& x : out)
            x = dist(m_rng);
        return out;
    }
    std::vector<double> rounded(std::size_t n, double mean, double step)
    {
        std::vector<double> out = normal(n, mean);
        for (double& x : out)
            x = std::round(x / step) * step;
        return out;
    }
    std::size_t size(std::size_t low, std::size_t high)
    {
        return std::uniform_int_distribution<std::size_t>(low, high)(m_rng);
    }
    double uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_rng); }

private:
    template <typename Distribution> std::vector<double> draw(std::size_t n, Distribution dist)
    {
        std::vector<double> out(n);
        for (double& x : out)
            x = dist(m_rng);
        return out;
    }

    std::mt19937_64 m_rng{20240611};
};

std::vector<double> range(std::size_t n, double offset)
{
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = double(i) + offset;
    return out;
}

std::vector<SampleCase> twoSampleCases()
{
    Samples s;
    std::vector<SampleCase> cases;
    const auto add = [&cases](std::string label, std::vector<double> a, std::vector<double> b) {
        cases.push_back({std::move(label), std::move(a), std::move(b)});
    };
    // Tiny samples, continuous and with ties.
    for (std::size_t n : {1, 2, 3}) {
        for (std::size_t m : {1, 2, 3, 4, 5, 8}) {
            add("tiny normal " + std::to_string(n) + "x" + std::to_string(m), s.normal(n), s.normal(m, 0.5));
            add("tiny integers " + std::to_string(n) + "x" + std::to_string(m), s.integers(n, 0, 2),
                s.integers(m, 0, 2));
        }
    }
    // Unequal sizes, gcd > 1 and gcd == 1; same, shifted and scaled distributions.
    const std::pair<std::size_t, std::size_t> unequal[]
        = {{10, 15}, {12, 18}, {7, 11}, {20, 30}, {25, 40}, {64, 48}, {100, 75}, {101, 103}, {250, 100}, {333, 999},
            {500, 501}, {1000, 1500}, {2000, 3000}, {997, 1009}, {4096, 3072}, {5000, 7919}};
    for (const auto& [n, m] : unequal) {
        const std::string size = std::to_string(n) + "x" + std::to_string(m);
        add("same " + size, s.normal(n), s.normal(m));
        add("shifted " + size, s.normal(n), s.normal(m, 0.3));
        add("scaled " + size, s.normal(n), s.normal(m, 0.0, 1.5));
    }
    // Equal sizes; d = 1/n and 2/n are where scipy's exact sum can round above 1 and fall back.
    for (std::size_t n : {4, 5, 7, 13, 14, 30, 60, 69, 72, 100, 500, 1000, 5000}) {
        const std::string size = std::to_string(n);
        add("equal sizes " + size, s.normal(n), s.normal(n, 0.1));
        add("d = 1/n at " + size, range(n, 0.0), range(n, 0.5));
        add("d = 2/n at " + size, range(n, 0.0), range(n, 1.5));
    }
    // Ties: rounded data, small integers, repeated values.
    add("rounded 300x450", s.rounded(300, 0.0, 0.1), s.rounded(450, 0.1, 0.1));
    add("rounded 2000x2000", s.rounded(2000, 0.0, 0.5), s.rounded(2000, 0.05, 0.5));
    add("integers 1000x700", s.integers(1000, 0, 5), s.integers(700, 0, 6));
    add("integers 9000x10000", s.integers(9000, 0, 20), s.integers(10000, 1, 20));
    add("repeated values", std::vector<double>(40, 1.0), {1.0, 1.0, 2.0, 2.0, 3.0});
    add("signed zeros", {0.0, -0.0, 1.0}, {-0.0, 0.0, 2.0});
    // Equal samples (d = 0) and constant columns.
    const std::vector<double> same = s.normal(777);
    add("identical samples", same, same);
    const std::vector<double> bigSame = s.normal(20000);
    add("identical large samples", bigSame, bigSame);
    add("constant equal", std::vector<double>(50, 0.0), std::vector<double>(70, 0.0));
    add("constant apart", std::vector<double>(50, 0.0), std::vector<double>(70, 1.0));
    add("constant against normal", std::vector<double>(200, 0.0), s.normal(300));
    // Heavy tails.
    add("cauchy 3000x2000", s.cauchy(3000), s.cauchy(2000, 1.1));
    add("cauchy 15000x12000", s.cauchy(15000), s.cauchy(12000, 1.02));
    add("lognormal 4000x4001", s.lognormal(4000), s.lognormal(4001, 0.05));
    add("lognormal 30000x20000", s.lognormal(30000), s.lognormal(20000, 0.02));
    // Around the exact/asymptotic threshold of 10,000.
    const std::pair<std::size_t, std::size_t> threshold[] = {{10000, 10000}, {10000, 9999}, {9999, 10000},
        {10001, 10000}, {10000, 10001}, {10001, 10001}, {10000, 5000}, {10000, 1}, {10001, 1}, {1, 10001}};
    for (const auto& [n, m] : threshold)
        add("threshold " + std::to_string(n) + "x" + std::to_string(m), s.normal(n), s.normal(m, 0.02));
    add("far apart 10000x9999", s.normal(10000), s.normal(9999, 3.0));
    // Large samples: asymptotic.
    add("large 100000x100000", s.normal(100000), s.normal(100000, 0.01));
    add("large 100000x99999", s.normal(100000), s.normal(99999));
    add("large 1000000x1000000", s.normal(1000000), s.normal(1000000, 0.005));
    // Random shapes and sizes.
    for (int i = 0; i < 120; ++i) {
        const std::size_t n = s.size(1, 3000);
        const std::size_t m = s.size(1, 3000);
        const double shift = s.uniform(-0.3, 0.3);
        std::vector<double> a = i % 3 == 0 ? s.rounded(n, 0.0, 0.25) : s.normal(n);
        std::vector<double> b = i % 3 == 0 ? s.rounded(m, shift, 0.25) : s.normal(m, shift, s.uniform(0.8, 1.2));
        add("random " + std::to_string(i) + " " + std::to_string(n) + "x" + std::to_string(m), std::move(a),
            std::move(b));
    }
    return cases;
}

QJsonValue sampleJson(const std::vector<double>& values, const QTemporaryDir& dir, const QString& name)
{
    if (values.size() <= kInlineLimit) {
        QJsonArray array;
        for (const double x : values)
            array.append(x);
        return array;
    }
    const QString path = dir.filePath(name);
    QFile file(path);
    const auto bytes = qint64(values.size() * sizeof(double));
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char*>(values.data()), bytes) != bytes)
        ADD_FAILURE() << "cannot write " << path.toStdString();
    return path;
}

// Null in the answer stands for scipy's NaN (outside the domain), which JSON cannot carry.
double numberOrNaN(const QJsonValue& value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

bool pvalueAgrees(double ours, double theirs)
{
    if (std::isnan(ours) || std::isnan(theirs))
        return std::isnan(ours) && std::isnan(theirs);
    const double diff = std::abs(ours - theirs);
    return diff <= 1e-9 || diff <= 1e-6 * std::abs(theirs);
}

struct Worst
{
    int cases = 0;
    double statistic = 0.0;
    double pvalueAbsolute = 0.0;
    double pvalueRelative = 0.0;

    void add(double statisticDiff, double ours, double theirs)
    {
        ++cases;
        statistic = std::max(statistic, statisticDiff);
        const double diff = std::abs(ours - theirs);
        pvalueAbsolute = std::max(pvalueAbsolute, diff);
        if (theirs != 0.0)
            pvalueRelative = std::max(pvalueRelative, diff / std::abs(theirs));
    }
    void print(const char* what, bool withStatistic) const
    {
        std::printf("  %-10s %4d cases, ", what, cases);
        if (withStatistic)
            std::printf("worst statistic %.3g, ", statistic);
        std::printf("worst p-value %.3g absolute, %.3g relative\n", pvalueAbsolute, pvalueRelative);
    }
};

} // namespace

TEST(KsTwoSampleVsScipy, StatisticPvalueAndMethodMatchKs2samp)
{
    const std::vector<SampleCase> cases = twoSampleCases();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QJsonArray samples;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        QJsonObject sample;
        const QString index = QString::number(i);
        const auto put = [&](const QString& key, const std::vector<double>& values) {
            const QJsonValue value = sampleJson(values, dir, key + index + u".f64"_s);
            sample.insert(value.isString() ? key + u"File"_s : key, value);
        };
        put(u"a"_s, cases[i].a);
        put(u"b"_s, cases[i].b);
        samples.append(sample);
    }
    const auto answer
        = wk::test::runPythonReference(u"ks_reference.py"_s, QJsonDocument(QJsonObject{{u"samples"_s, samples}}));
    ASSERT_TRUE(answer.has_value());
    const QJsonArray expected = answer->object().value(u"samples"_s).toArray();
    ASSERT_EQ(std::size_t(expected.size()), cases.size());

    Worst exact;
    Worst asymptotic;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const SampleCase& c = cases[i];
        const QJsonObject theirs = expected.at(qsizetype(i)).toObject();
        const KsResult ours = ksTwoSample(c.a, c.b);
        const double statistic = theirs.value(u"statistic"_s).toDouble();
        const double pvalue = theirs.value(u"pvalue"_s).toDouble();
        const bool scipyExact = theirs.value(u"exact"_s).toBool();
        ASSERT_TRUE(theirs.value(u"consistent"_s).toBool()) << c.label << ": the replay of scipy's method is wrong";
        EXPECT_LE(std::abs(ours.statistic - statistic), 1e-12)
            << c.label << ": " << ours.statistic << " vs " << statistic;
        EXPECT_TRUE(pvalueAgrees(ours.pvalue, pvalue)) << c.label << ": p " << ours.pvalue << " vs " << pvalue;
        EXPECT_EQ(ours.method == KsMethod::Exact, scipyExact) << c.label;
        (scipyExact ? exact : asymptotic).add(std::abs(ours.statistic - statistic), ours.pvalue, pvalue);
    }
    std::printf(
        "ks_2samp, %zu cases (scipy %s):\n", cases.size(), qPrintable(answer->object().value(u"scipy"_s).toString()));
    exact.print("exact", true);
    asymptotic.print("asymptotic", true);
    EXPECT_GT(exact.cases, 0);
    EXPECT_GT(asymptotic.cases, 0);
}

TEST(KstwoVsScipy, SurvivalFunctionMatchesOverTheSupport)
{
    std::vector<std::pair<double, double>> grid;
    for (const double n :
        {1.0, 2.0, 3.0, 4.0, 5.0, 7.0, 10.0, 50.0, 140.0, 141.0, 1000.0, 100000.0, 100001.0, 1e6, 1e7}) {
        std::vector<double> ds = {0.0, 0.25 / n, 0.5 / n, std::nextafter(0.5 / n, 1.0), 0.75 / n, 1.0 / n,
            std::nextafter(1.0 / n, 1.0), 1.5 / n, 2.0 / n, std::nextafter(0.5, 0.0), 0.5, 0.75, 1.0 - 1.0 / n,
            std::nextafter(1.0 - 1.0 / n, 0.0), 1.0 - 0.5 / n, 0.999, 1.0, 1.5};
        // d = z/sqrt(n) across the regions where scipy switches method (n d^2 = 0.754693, 2.2, 4, 18, 370).
        for (const double z :
            {0.05, 0.1, 0.3, 0.5, 0.8, 0.868, 0.87, 1.0, 1.2, 1.48, 1.5, 2.0, 2.1, 3.0, 4.3, 6.0, 19.3})
            ds.push_back(z / std::sqrt(n));
        for (const double d : ds)
            grid.emplace_back(d, n);
    }
    // Moderate n at random d, where the matrix, Pomeranz and Smirnov methods all take turns.
    std::mt19937_64 rng(7);
    for (int i = 0; i < 300; ++i) {
        const double n = double(std::uniform_int_distribution<int>(2, 400)(rng));
        grid.emplace_back(std::uniform_real_distribution<double>(0.0, 2.5)(rng) / std::sqrt(n), n);
    }
    std::vector<std::pair<double, double>> smirnovGrid;
    for (const double n : {1.0, 2.0, 3.0, 10.0, 100.0, 1013.0, 20000.0}) {
        // 1.5/n and 2.5/n: the few alternating terms above n(1 - d) (n >= 10).
        for (const double d : {0.0, 0.5 / n, 1.0 / n, 1.5 / n, 2.5 / n, 0.01, 0.1, 0.3, 0.5, 0.7, 0.99, 1.0})
            smirnovGrid.emplace_back(d, n);
    }

    const auto toJson = [](const std::vector<std::pair<double, double>>& points) {
        QJsonArray array;
        for (const auto& [d, n] : points)
            array.append(QJsonArray{d, n});
        return array;
    };
    const auto answer = wk::test::runPythonReference(u"ks_reference.py"_s,
        QJsonDocument(QJsonObject{{u"kstwo"_s, toJson(grid)}, {u"smirnov"_s, toJson(smirnovGrid)}}));
    ASSERT_TRUE(answer.has_value());
    const QJsonArray kstwo = answer->object().value(u"kstwo"_s).toArray();
    const QJsonArray smirnov = answer->object().value(u"smirnov"_s).toArray();
    ASSERT_EQ(std::size_t(kstwo.size()), grid.size());
    ASSERT_EQ(std::size_t(smirnov.size()), smirnovGrid.size());

    Worst worstKstwo;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const auto [d, n] = grid[i];
        const double theirs = numberOrNaN(kstwo.at(qsizetype(i)));
        const double ours = kstwoSf(d, n);
        EXPECT_TRUE(pvalueAgrees(ours, theirs)) << "kstwo.sf(" << d << ", " << n << "): " << ours << " vs " << theirs;
        worstKstwo.add(0.0, ours, theirs);
    }
    Worst worstSmirnov;
    for (std::size_t i = 0; i < smirnovGrid.size(); ++i) {
        const auto [d, n] = smirnovGrid[i];
        const double theirs = numberOrNaN(smirnov.at(qsizetype(i)));
        const double ours = smirnovSf(std::int64_t(n), d);
        EXPECT_TRUE(pvalueAgrees(ours, theirs)) << "smirnov(" << n << ", " << d << "): " << ours << " vs " << theirs;
        worstSmirnov.add(0.0, ours, theirs);
    }
    std::printf("kstwo.sf over %zu points, special.smirnov over %zu:\n", grid.size(), smirnovGrid.size());
    worstKstwo.print("kstwo", false);
    worstSmirnov.print("smirnov", false);
}
