// One SLO poll of the console: 100 SLOs, each with its 7 distinct alert windows plus the whole period (8 ratios).
// Three ways a poll can get there, each iteration being one whole poll (so the time per iteration is per poll;
// the target is 50 ms):
//   EvaluateOnly      - the ratios come from Prometheus (increase() per window), the console only evaluates;
//   FromCounterSeries - 30 days of counters at 1 min are already in memory, the windows are looked up;
//   BuildSeries       - a cold poll: each SLO's 30 days of raw samples are checked, resets undone, then as above.

#include "analytics/slo/CounterSeries.h"
#include "analytics/slo/Slo.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <random>

using namespace wk::analytics::slo;

namespace {

constexpr int sloCount = 100;
constexpr std::int64_t start = 1'772'323'200;
constexpr int samplesPer30Days = 30 * 24 * 60 + 1;
constexpr int distinctRawSeries = 8; // raw inputs are shared between SLOs to keep memory modest

SloSpec specFor(int i)
{
    const double objectives[] = {0.99, 0.995, 0.999, 0.9995};
    return SloSpec{objectives[i % 4], std::chrono::days(i % 2 ? 28 : 30), i % 3 ? Preset::Sloth : Preset::Pyrra};
}

// Realistic counters: noisy traffic, a low error rate with an occasional incident, and a restart every few days.
std::vector<CounterSample> rawSeries(unsigned seed)
{
    std::mt19937_64 random(seed);
    std::poisson_distribution<int> traffic(600);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<CounterSample> samples;
    samples.reserve(samplesPer30Days);
    double total = 0;
    double errors = 0;
    for (int i = 0; i < samplesPer30Days; ++i) {
        if (i > 0 && i % 4000 == 0) {
            total = 0; // process restart
            errors = 0;
        }
        const int requests = traffic(random);
        const double errorRate = (i % 10000) < 30 ? 0.2 : 0.0005;
        total += requests;
        errors += std::floor(requests * errorRate + unit(random));
        samples.push_back({start + 60 * std::int64_t(i), total, errors});
    }
    return samples;
}

const std::vector<std::vector<CounterSample>>& rawInputs()
{
    static const std::vector<std::vector<CounterSample>> inputs = [] {
        std::vector<std::vector<CounterSample>> all;
        for (int i = 0; i < distinctRawSeries; ++i)
            all.push_back(rawSeries(unsigned(i + 1)));
        return all;
    }();
    return inputs;
}

struct SloInput
{
    SloSpec spec;
    std::vector<Seconds> windows;
};

std::vector<SloInput> sloInputs()
{
    std::vector<SloInput> slos;
    for (int i = 0; i < sloCount; ++i) {
        const SloSpec spec = specFor(i);
        slos.push_back({spec, distinctWindows(alertWindows(spec.preset, spec.period))});
    }
    return slos;
}

void perPoll(benchmark::State& state, int windowsPerPoll)
{
    state.SetLabel("one iteration = one poll of 100 SLOs");
    state.counters["slos"] = sloCount;
    state.counters["ratios_per_slo"] = double(windowsPerPoll) / sloCount;
    state.counters["polls_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void EvaluateOnly(benchmark::State& state)
{
    const std::vector<SloInput> slos = sloInputs();
    std::vector<std::vector<WindowRatio>> ratios;
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> ratio(0.0, 0.02);
    for (const SloInput& slo : slos) {
        std::vector<WindowRatio> r;
        for (Seconds w : slo.windows)
            r.push_back({w, ratio(random)});
        ratios.push_back(std::move(r));
    }
    int windows = 0;
    for (auto _ : state) {
        windows = 0;
        for (std::size_t i = 0; i < slos.size(); ++i) {
            SloStatus status = evaluate(slos[i].spec, ratios[i], 0.0004);
            benchmark::DoNotOptimize(status);
            windows += int(ratios[i].size()) + 1;
        }
    }
    perPoll(state, windows);
}

void FromCounterSeries(benchmark::State& state)
{
    const std::vector<SloInput> slos = sloInputs();
    std::vector<CounterSeries> series;
    for (int i = 0; i < distinctRawSeries; ++i)
        series.push_back(*CounterSeries::fromSamples(rawInputs()[std::size_t(i)]));
    int windows = 0;
    for (auto _ : state) {
        windows = 0;
        for (std::size_t i = 0; i < slos.size(); ++i) {
            const CounterSeries& s = series[i % series.size()];
            const auto ratios = s.windowRatios(s.lastTime(), slos[i].windows);
            const auto period = s.periodIncrease(s.lastTime(), slos[i].spec.period);
            SloStatus status = evaluate(slos[i].spec, ratios, period ? errorRatio(*period) : std::nullopt);
            benchmark::DoNotOptimize(status);
            windows += int(ratios.size()) + 1;
        }
    }
    perPoll(state, windows);
}

void BuildSeries(benchmark::State& state)
{
    const std::vector<SloInput> slos = sloInputs();
    const auto& raw = rawInputs();
    int windows = 0;
    for (auto _ : state) {
        windows = 0;
        for (std::size_t i = 0; i < slos.size(); ++i) {
            const auto s = CounterSeries::fromSamples(raw[i % raw.size()]);
            const auto ratios = s->windowRatios(s->lastTime(), slos[i].windows);
            const auto period = s->periodIncrease(s->lastTime(), slos[i].spec.period);
            SloStatus status = evaluate(slos[i].spec, ratios, period ? errorRatio(*period) : std::nullopt);
            benchmark::DoNotOptimize(status);
            windows += int(ratios.size()) + 1;
        }
    }
    state.counters["samples_per_slo"] = samplesPer30Days;
    perPoll(state, windows);
}

} // namespace

BENCHMARK(EvaluateOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK(FromCounterSeries)->Unit(benchmark::kMicrosecond);
BENCHMARK(BuildSeries)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
