#pragma once

#include "metrics/MetricsTypes.h"

#include <QString>

#include <vector>

namespace wk::demo::promql {

struct Matcher
{
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    QString name;
    Op op = Op::Equal;
    QString value;
};

// What a simulated world offers the PromQL evaluator: raw series and their values at any instant.
// Values are pure functions of time, so any window can be evaluated without stored samples.
class SeriesSource
{
public:
    enum class Kind { Gauge, Counter };

    struct SeriesRef
    {
        metrics::Labels labels; // includes __name__
        Kind kind = Kind::Gauge;
        int id = 0; // opaque to the evaluator; handed back to value()
    };

    virtual ~SeriesSource() = default;

    // Every series whose labels satisfy all matchers (one of them is normally on __name__).
    virtual std::vector<SeriesRef> select(const std::vector<Matcher>& matchers) const = 0;

    // A gauge's value at `timeMs`, or a counter's instantaneous per-second increase; NaN if the series
    // has no sample then (a node that is down, say).
    virtual double value(const SeriesRef& series, qint64 timeMs) const = 0;

    // A counter's total at `timeMs` (only needed when a counter is read raw, without rate/increase).
    virtual double counterTotal(const SeriesRef& series, qint64 timeMs) const = 0;

    // Distance between samples the simulated scraper takes; windows are sampled at this interval.
    virtual qint64 scrapeIntervalMs() const { return 15'000; }
};

} // namespace wk::demo::promql
