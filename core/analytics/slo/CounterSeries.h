#pragma once

#include "analytics/slo/Slo.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <vector>

namespace wk::analytics::slo {

// One scrape of two cumulative counters at Unix seconds `time`: requests served and requests that failed.
struct CounterSample
{
    std::int64_t time = 0;
    double total = 0.0;
    double errors = 0.0;
};

// How much both counters grew from `from` to `to`, counter resets undone.
struct CounterIncrease
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    double total = 0.0;
    double errors = 0.0;
};

// errors / total; nullopt when nothing was served (no traffic is not an error, and 0/0 is not a number).
std::optional<double> errorRatio(const CounterIncrease& increase);

// Why samples do not make a series; `index` is the offending sample (for TooFewSamples, the sample count).
struct SeriesProblem
{
    enum class Kind { TooFewSamples, NotFinite, Negative, NotIncreasing, IrregularInterval };
    Kind kind = Kind::TooFewSamples;
    std::size_t index = 0;
    std::int64_t interval = 0; // the series' interval, for IrregularInterval and NotIncreasing
};

// Cumulative counters sampled at one regular interval, as a console gets them from a range query. A window's
// error ratio comes from the samples exactly at its two ends, with no interpolation or extrapolation: a window
// whose start has no sample (before the first one, or between two) is unknown rather than guessed.
// Resets are undone per counter as Prometheus's increase() does: a sample lower than the one before means the
// counter restarted from zero, so the value before the drop is added to everything after it.
class CounterSeries
{
public:
    // At least two samples, times strictly increasing at one interval, counters finite and not negative.
    static std::expected<CounterSeries, SeriesProblem> fromSamples(const std::vector<CounterSample>& samples);

    std::int64_t interval() const { return m_interval; }
    std::int64_t firstTime() const { return m_first; }
    std::int64_t lastTime() const { return m_first + m_interval * std::int64_t(m_total.size() - 1); }
    std::size_t size() const { return m_total.size(); }
    bool hasSampleAt(std::int64_t time) const { return indexAt(time).has_value(); }

    // Growth over [at - window, at]; nullopt unless there are samples at both ends and the window is positive.
    std::optional<CounterIncrease> increase(std::int64_t at, Seconds window) const;

    // Growth over the SLO period ending at `at`, from the first sample at or after `at - period`: the whole period
    // when the series reaches back that far and the period is a multiple of the interval, otherwise the part of
    // it the series covers (`to - from` says how much). nullopt when `at` is not a sample.
    std::optional<CounterIncrease> periodIncrease(std::int64_t at, Seconds period) const;

    // The error ratio of each window at `at`, unknown where increase() is or where nothing was served.
    std::vector<WindowRatio> windowRatios(std::int64_t at, const std::vector<Seconds>& windows) const;

private:
    CounterSeries() = default;
    std::optional<std::size_t> indexAt(std::int64_t time) const;

    std::int64_t m_first = 0;
    std::int64_t m_interval = 1;
    std::vector<double> m_total; // reset-corrected running totals
    std::vector<double> m_errors;
};

} // namespace wk::analytics::slo
