// Drift from Prometheus histograms: one feature's PSI, Jensen-Shannon, KS lower bound and normed Wasserstein
// from two 200-bucket histograms (target: at most 10 us per feature), and a whole fleet of 1,000 features
// (target: at most 10 ms on one core). The Time column is the figure: per feature, and per 1,000 features.
#include "analytics/drift/HistogramDrift.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using wk::analytics::Bucket;

namespace {

// Cumulative buckets of a normal sample over 200 exponential bounds, as a latency or feature histogram has.
std::vector<Bucket> histogram(std::mt19937_64& rng, double shift, int buckets)
{
    std::vector<double> bounds;
    for (int i = 0; i < buckets - 1; ++i)
        bounds.push_back(0.001 * std::pow(1.05, i));
    std::lognormal_distribution<double> sample(std::log(0.05) + shift, 1.0);
    std::vector<double> counts(bounds.size() + 1, 0.0);
    for (int i = 0; i < 100'000; ++i) {
        const double x = sample(rng);
        const auto at = std::lower_bound(bounds.begin(), bounds.end(), x) - bounds.begin();
        counts[std::size_t(at)] += 1.0;
    }
    std::vector<Bucket> out;
    double running = 0.0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        running += counts[i];
        out.push_back({i < bounds.size() ? bounds[i] : std::numeric_limits<double>::infinity(), running});
    }
    return out;
}

void BM_DriftPerFeature200Buckets(benchmark::State& state)
{
    std::mt19937_64 rng(7);
    const auto reference = histogram(rng, 0.0, 200);
    const auto current = histogram(rng, 0.2, 200);
    for (auto _ : state)
        benchmark::DoNotOptimize(wk::analytics::drift::histogramDrift(reference, current));
}
BENCHMARK(BM_DriftPerFeature200Buckets);

void BM_DriftFleetOf1000Features(benchmark::State& state)
{
    std::mt19937_64 rng(11);
    std::vector<std::vector<Bucket>> references;
    std::vector<std::vector<Bucket>> currents;
    for (int i = 0; i < 1000; ++i) {
        const int buckets = 12 + (i % 10) * 18; // 12 to 174 buckets, as real histograms vary
        references.push_back(histogram(rng, 0.0, buckets));
        currents.push_back(histogram(rng, 0.05 * (i % 7), buckets));
        if (i >= 20) { // generating is slow: reuse the first twenty shapes
            references.back() = references[std::size_t(i % 20)];
            currents.back() = currents[std::size_t(i % 20)];
        }
    }
    for (auto _ : state) {
        for (std::size_t i = 0; i < references.size(); ++i)
            benchmark::DoNotOptimize(wk::analytics::drift::histogramDrift(references[i], currents[i]));
    }
}
BENCHMARK(BM_DriftFleetOf1000Features)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
