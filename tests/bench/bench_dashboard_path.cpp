// What one dashboard refresh costs on the workstation: evaluating the demo fleet's PromQL and decimating
// a long series for the chart. Prints figures; it asserts nothing.
#include "analytics/Downsample.h"
#include "demo/DemoFleet.h"
#include "demo/promql/Evaluator.h"

#include <QDateTime>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const qint64 kEnd = QDateTime::fromString(u"2026-11-20T12:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

void BM_DecimateMillionPoints(benchmark::State& state)
{
    const int n = 1'000'000;
    std::vector<long long> xs(n);
    std::vector<double> ys(n);
    for (int i = 0; i < n; ++i) {
        xs[i] = i * 1000LL;
        ys[i] = std::sin(i * 0.0007) + (i % 9973 == 0 ? 5.0 : 0.0);
    }
    for (auto _ : state) {
        auto out = wk::analytics::decimateMinMax(xs, ys, int(state.range(0)));
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_DecimateMillionPoints)->Arg(800)->Arg(1920)->Unit(benchmark::kMillisecond);

void BM_DemoLatencyPanelOneHour(benchmark::State& state)
{
    const wk::demo::DemoFleet fleet;
    const QString expr
        = u"histogram_quantile(0.99, sum by (le) (rate(ml_request_duration_seconds_bucket{service=\"fraud-scorer\"}[5m])))"_s;
    for (auto _ : state) {
        auto r = wk::demo::promql::evaluateRange(expr, kEnd - 3600'000, kEnd, 15'000, fleet);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DemoLatencyPanelOneHour)->Unit(benchmark::kMillisecond);

void BM_DemoRequestRateOneHour(benchmark::State& state)
{
    const wk::demo::DemoFleet fleet;
    const QString expr = u"sum(rate(ml_requests_total{service=\"churn-model\"}[5m]))"_s;
    for (auto _ : state) {
        auto r = wk::demo::promql::evaluateRange(expr, kEnd - 3600'000, kEnd, 15'000, fleet);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DemoRequestRateOneHour)->Unit(benchmark::kMillisecond);

void BM_DemoFeatureDistributionSixHours(benchmark::State& state)
{
    const wk::demo::DemoFleet fleet;
    const QString expr
        = u"sum by (le) (rate(ml_feature_value_bucket{service=\"sentiment-api\",feature=\"text_length\"}[30m]))"_s;
    for (auto _ : state) {
        auto r = wk::demo::promql::evaluateRange(expr, kEnd - 6 * 3600'000, kEnd, 60'000, fleet);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DemoFeatureDistributionSixHours)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
