#include "analytics/slo/CounterSeries.h"

#include <cmath>

namespace wk::analytics::slo {

std::optional<double> errorRatio(const CounterIncrease& increase)
{
    if (!(increase.total > 0.0) || !std::isfinite(increase.errors))
        return std::nullopt;
    return increase.errors / increase.total;
}

std::expected<CounterSeries, SeriesProblem> CounterSeries::fromSamples(const std::vector<CounterSample>& samples)
{
    using Kind = SeriesProblem::Kind;
    if (samples.size() < 2)
        return std::unexpected(SeriesProblem{Kind::TooFewSamples, samples.size(), 0});
    const std::int64_t interval = samples[1].time - samples[0].time;
    CounterSeries series;
    series.m_first = samples.front().time;
    series.m_interval = interval;
    series.m_total.reserve(samples.size());
    series.m_errors.reserve(samples.size());
    // Running offsets as in Prometheus's increase(): each drop adds the value before it, per counter.
    double totalOffset = 0.0;
    double errorsOffset = 0.0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const CounterSample& s = samples[i];
        if (!std::isfinite(s.total) || !std::isfinite(s.errors))
            return std::unexpected(SeriesProblem{Kind::NotFinite, i, interval});
        if (s.total < 0.0 || s.errors < 0.0)
            return std::unexpected(SeriesProblem{Kind::Negative, i, interval});
        if (i > 0) {
            const CounterSample& previous = samples[i - 1];
            const std::int64_t step = s.time - previous.time;
            if (step <= 0)
                return std::unexpected(SeriesProblem{Kind::NotIncreasing, i, interval});
            if (step != interval)
                return std::unexpected(SeriesProblem{Kind::IrregularInterval, i, interval});
            if (s.total < previous.total)
                totalOffset += previous.total;
            if (s.errors < previous.errors)
                errorsOffset += previous.errors;
        }
        series.m_total.push_back(s.total + totalOffset);
        series.m_errors.push_back(s.errors + errorsOffset);
    }
    return series;
}

std::optional<std::size_t> CounterSeries::indexAt(std::int64_t time) const
{
    if (time < m_first || time > lastTime() || (time - m_first) % m_interval != 0)
        return std::nullopt;
    return std::size_t((time - m_first) / m_interval);
}

std::optional<CounterIncrease> CounterSeries::increase(std::int64_t at, Seconds window) const
{
    if (window.count() <= 0)
        return std::nullopt;
    const auto end = indexAt(at);
    const auto start = indexAt(at - window.count());
    if (!end || !start)
        return std::nullopt;
    return CounterIncrease{at - window.count(), at, m_total[*end] - m_total[*start], m_errors[*end] - m_errors[*start]};
}

std::optional<CounterIncrease> CounterSeries::periodIncrease(std::int64_t at, Seconds period) const
{
    const auto end = indexAt(at);
    if (!end || period.count() <= 0)
        return std::nullopt;
    const std::int64_t wanted = at - period.count();
    std::size_t start = 0;
    if (wanted > m_first)
        start = std::size_t((wanted - m_first + m_interval - 1) / m_interval); // first sample at or after
    if (start > *end)
        start = *end;
    const std::int64_t from = m_first + m_interval * std::int64_t(start);
    return CounterIncrease{from, at, m_total[*end] - m_total[start], m_errors[*end] - m_errors[start]};
}

std::vector<WindowRatio> CounterSeries::windowRatios(std::int64_t at, const std::vector<Seconds>& windows) const
{
    std::vector<WindowRatio> ratios;
    ratios.reserve(windows.size());
    for (Seconds window : windows) {
        const auto grown = increase(at, window);
        ratios.push_back({window, grown ? errorRatio(*grown) : std::nullopt});
    }
    return ratios;
}

} // namespace wk::analytics::slo
