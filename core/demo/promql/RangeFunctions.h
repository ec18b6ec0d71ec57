#pragma once

#include "demo/promql/Ast.h"
#include "demo/promql/SeriesSource.h"

#include <optional>
#include <vector>

namespace wk::demo::promql {

// The window a range selector covers at one evaluation: (endMs - rangeMs, endMs], sampled every intervalMs
// backwards from endMs, as a scraper on that cadence would have.
struct Window
{
    qint64 endMs = 0;
    qint64 rangeMs = 0;
    qint64 intervalMs = 15'000;
};

struct Point
{
    qint64 timeMs = 0;
    double value = 0.0;
};

// A range function (rate, avg_over_time, ...) over one series; nullopt when the window holds too few samples.
// `scratch` is reused between calls so that a range query does not allocate per point.
std::optional<double> evaluateRangeFunction(FunctionId function, const SeriesSource& source,
    const SeriesSource::SeriesRef& series, const Window& window, std::vector<Point>& scratch);

// What a scrape would have stored in the window, oldest first: a gauge's value, a counter's total.
void sampleRaw(
    const SeriesSource& source, const SeriesSource::SeriesRef& series, const Window& window, std::vector<Point>& out);

// A gauge's value or a counter's total at one instant; NaN when the series has no sample then.
double rawValue(const SeriesSource& source, const SeriesSource::SeriesRef& series, qint64 timeMs);

} // namespace wk::demo::promql
