#include "demo/promql/RangeFunctions.h"

#include "demo/promql/KahanSum.h"

#include <cmath>

namespace wk::demo::promql {

namespace {

bool isRateFamily(FunctionId function)
{
    return function == FunctionId::Rate || function == FunctionId::Irate || function == FunctionId::Increase
        || function == FunctionId::Delta;
}

// Calls f(t) for each sample time in the window, oldest first: endMs - k * interval while k * interval < range.
template <typename F> void forEachSampleTime(const Window& window, F&& f)
{
    const qint64 count = (window.rangeMs + window.intervalMs - 1) / window.intervalMs;
    for (qint64 k = count - 1; k >= 0; --k)
        f(window.endMs - k * window.intervalMs);
}

// For a counter the source gives the per-second rate at each instant, so a windowed rate is their mean; two
// samples are still required, as Prometheus needs two scrapes to compute any rate.
std::optional<double> counterRate(FunctionId function, const std::vector<Point>& rates, const Window& window)
{
    if (rates.size() < 2)
        return std::nullopt;
    if (function == FunctionId::Irate)
        return rates.back().value;
    KahanSum sum;
    for (const Point& p : rates)
        sum.add(p.value);
    const double mean = sum.result() / static_cast<double>(rates.size());
    return function == FunctionId::Rate ? mean : mean * (static_cast<double>(window.rangeMs) / 1000.0);
}

// Prometheus's rate/increase/delta over stored samples: the difference (with counter resets when isCounter),
// extrapolated towards the window edges when the first/last sample is within 1.1 sample intervals of them.
std::optional<double> extrapolatedRate(
    const std::vector<Point>& samples, const Window& window, bool isCounter, bool isRate)
{
    if (samples.size() < 2)
        return std::nullopt;
    const Point& first = samples.front();
    const Point& last = samples.back();
    double result = last.value - first.value;
    if (isCounter) {
        double previous = first.value;
        for (std::size_t i = 1; i < samples.size(); ++i) {
            if (samples[i].value < previous)
                result += previous;
            previous = samples[i].value;
        }
    }
    const qint64 rangeStart = window.endMs - window.rangeMs;
    double durationToStart = static_cast<double>(first.timeMs - rangeStart) / 1000.0;
    double durationToEnd = static_cast<double>(window.endMs - last.timeMs) / 1000.0;
    const double sampledInterval = static_cast<double>(last.timeMs - first.timeMs) / 1000.0;
    const double averageBetweenSamples = sampledInterval / static_cast<double>(samples.size() - 1);
    const double threshold = averageBetweenSamples * 1.1;
    if (durationToStart >= threshold)
        durationToStart = averageBetweenSamples / 2;
    if (isCounter && result > 0 && first.value >= 0) {
        // A counter cannot have been negative: do not extrapolate past its zero point.
        const double durationToZero = sampledInterval * (first.value / result);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    if (durationToEnd >= threshold)
        durationToEnd = averageBetweenSamples / 2;
    double factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    if (isRate)
        factor /= static_cast<double>(window.rangeMs) / 1000.0;
    return result * factor;
}

// Prometheus's irate over the last two stored samples; a drop counts as a counter reset.
std::optional<double> instantRate(const std::vector<Point>& samples)
{
    if (samples.size() < 2)
        return std::nullopt;
    const Point& previous = samples[samples.size() - 2];
    const Point& last = samples.back();
    const qint64 intervalMs = last.timeMs - previous.timeMs;
    if (intervalMs == 0)
        return std::nullopt;
    const double change = last.value < previous.value ? last.value : last.value - previous.value;
    return change / (static_cast<double>(intervalMs) / 1000.0);
}

std::optional<double> overTime(FunctionId function, const std::vector<Point>& samples)
{
    if (samples.empty())
        return std::nullopt;
    switch (function) {
    case FunctionId::AvgOverTime:
    case FunctionId::SumOverTime: {
        KahanSum sum;
        for (const Point& p : samples)
            sum.add(p.value);
        if (function == FunctionId::SumOverTime)
            return sum.result();
        return sum.result() / static_cast<double>(samples.size());
    }
    case FunctionId::MinOverTime:
    case FunctionId::MaxOverTime: {
        double result = samples.front().value;
        for (const Point& p : samples) {
            if (function == FunctionId::MinOverTime ? p.value < result : p.value > result)
                result = p.value;
        }
        return result;
    }
    case FunctionId::CountOverTime:
        return static_cast<double>(samples.size());
    case FunctionId::LastOverTime:
        return samples.back().value;
    default:
        return std::nullopt;
    }
}

} // namespace

double rawValue(const SeriesSource& source, const SeriesSource::SeriesRef& series, qint64 timeMs)
{
    const double value = source.value(series, timeMs);
    if (series.kind == SeriesSource::Kind::Gauge || std::isnan(value))
        return value;
    return source.counterTotal(series, timeMs);
}

void sampleRaw(
    const SeriesSource& source, const SeriesSource::SeriesRef& series, const Window& window, std::vector<Point>& out)
{
    out.clear();
    forEachSampleTime(window, [&](qint64 t) {
        const double value = rawValue(source, series, t);
        if (!std::isnan(value))
            out.push_back({t, value});
    });
}

std::optional<double> evaluateRangeFunction(FunctionId function, const SeriesSource& source,
    const SeriesSource::SeriesRef& series, const Window& window, std::vector<Point>& scratch)
{
    if (!isRateFamily(function)) {
        sampleRaw(source, series, window, scratch);
        return overTime(function, scratch);
    }
    if (series.kind == SeriesSource::Kind::Counter) {
        scratch.clear();
        forEachSampleTime(window, [&](qint64 t) {
            const double rate = source.value(series, t);
            if (!std::isnan(rate))
                scratch.push_back({t, rate});
        });
        return counterRate(function, scratch, window);
    }
    // A gauge is rated the way Prometheus would rate its stored samples, resets and extrapolation included.
    sampleRaw(source, series, window, scratch);
    switch (function) {
    case FunctionId::Irate:
        return instantRate(scratch);
    case FunctionId::Delta:
        return extrapolatedRate(scratch, window, false, false);
    case FunctionId::Increase:
        return extrapolatedRate(scratch, window, true, false);
    default:
        return extrapolatedRate(scratch, window, true, true);
    }
}

} // namespace wk::demo::promql
