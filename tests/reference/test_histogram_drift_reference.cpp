// Drift from histograms against numpy and scipy, computed in the same run: PSI and Jensen-Shannon are exact on
// the bucket grid; the KS figure is exactly the largest CDF gap at the bounds and never above the KS statistic of
// the raw samples; the normed Wasserstein estimate is close to scipy's on the raw samples when buckets are fine.
#include "PythonReference.h"
#include "analytics/drift/HistogramDrift.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <random>

using wk::analytics::Bucket;

namespace {

struct Case
{
    std::vector<double> reference;
    std::vector<double> current;
    std::vector<double> bounds;
};

std::vector<Bucket> bucketsOf(const std::vector<double>& samples, const std::vector<double>& bounds)
{
    std::vector<Bucket> out;
    for (double bound : bounds) {
        const double count
            = double(std::count_if(samples.begin(), samples.end(), [&](double x) { return x <= bound; }));
        out.push_back({bound, count});
    }
    out.push_back({std::numeric_limits<double>::infinity(), double(samples.size())});
    return out;
}

QJsonArray toJson(const std::vector<Bucket>& buckets)
{
    QJsonArray out;
    for (const Bucket& b : buckets)
        out.append(QJsonArray{std::isinf(b.upperBound) ? 1e308 : b.upperBound, b.count});
    return out;
}

std::vector<Case> generatedCases()
{
    std::mt19937_64 rng(20261121);
    std::vector<Case> cases;
    for (int i = 0; i < 60; ++i) {
        const int n = 200 + 97 * i;
        const int m = 150 + 61 * (59 - i);
        const double shift = (i % 6) * 0.15;
        const double scale = 1.0 + (i % 4) * 0.2;
        const bool coarse = i % 3 == 0; // 6 buckets, as many latency histograms have, or 60
        std::normal_distribution<double> ref(10.0, 2.0);
        std::normal_distribution<double> cur(10.0 + shift * 2.0, 2.0 * scale);
        Case c;
        for (int k = 0; k < n; ++k)
            c.reference.push_back(ref(rng));
        for (int k = 0; k < m; ++k)
            c.current.push_back(i % 10 == 9 ? std::round(cur(rng)) : cur(rng)); // some ties
        const int buckets = coarse ? 6 : 60;
        for (int b = 0; b < buckets; ++b)
            c.bounds.push_back(2.0 + 16.0 * (b + 1) / (buckets + 1));
        cases.push_back(std::move(c));
    }
    return cases;
}

} // namespace

TEST(HistogramDriftReference, AgreesWithNumpyAndScipyOnTheBucketGrid)
{
    const std::vector<Case> cases = generatedCases();
    QJsonArray input;
    for (const Case& c : cases) {
        input.append(QJsonObject{{QStringLiteral("reference"), toJson(bucketsOf(c.reference, c.bounds))},
            {QStringLiteral("current"), toJson(bucketsOf(c.current, c.bounds))},
            {QStringLiteral("reference_samples"), wk::test::jsonOf(c.reference)},
            {QStringLiteral("current_samples"), wk::test::jsonOf(c.current)}});
    }
    const auto answer
        = wk::test::runPythonReference(QStringLiteral("histogram_drift_reference.py"), QJsonDocument(input));
    ASSERT_TRUE(answer);
    const QJsonArray expected = answer->array();
    ASSERT_EQ(expected.size(), qsizetype(cases.size()));
    double worstPsi = 0.0;
    double worstJs = 0.0;
    double worstWasserstein = 0.0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto result = wk::analytics::drift::histogramDrift(
            bucketsOf(cases[i].reference, cases[i].bounds), bucketsOf(cases[i].current, cases[i].bounds));
        ASSERT_TRUE(result) << "case " << i;
        const QJsonObject e = expected[qsizetype(i)].toObject();
        const double psi = e[QStringLiteral("psi")].toDouble();
        const double js = e[QStringLiteral("jensen_shannon")].toDouble();
        worstPsi = std::max(worstPsi, std::abs(result->psi - psi) / std::max(psi, 1e-300));
        worstJs = std::max(worstJs, std::abs(result->jensenShannon - js));
        EXPECT_NEAR(result->psi, psi, 1e-12 * std::max(1.0, psi)) << "case " << i;
        EXPECT_NEAR(result->jensenShannon, js, 1e-12) << "case " << i;
        EXPECT_NEAR(result->ksLowerBound, e[QStringLiteral("ks_at_bounds")].toDouble(), 1e-15) << "case " << i;
        EXPECT_LE(result->ksLowerBound, e[QStringLiteral("ks_samples")].toDouble() + 1e-12)
            << "case " << i << ": a lower bound must not exceed the samples' KS statistic";
        if (cases[i].bounds.size() >= 60) {
            const double w = e[QStringLiteral("wasserstein_normed_samples")].toDouble();
            worstWasserstein = std::max(worstWasserstein, std::abs(result->wassersteinNormed - w));
            EXPECT_NEAR(result->wassersteinNormed, w, 0.05 + 0.1 * w) << "case " << i;
        }
    }
    std::printf("histogram drift vs numpy/scipy over %zu cases: worst PSI relative error %.3g, worst JS error %.3g, "
                "worst normed Wasserstein gap to the raw samples %.3g (an estimate from buckets)\n",
        cases.size(), worstPsi, worstJs, worstWasserstein);
}
