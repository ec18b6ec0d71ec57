#pragma once

#include "common/Error.h"
#include "demo/promql/SeriesSource.h"
#include "metrics/MetricsTypes.h"

#include <QString>

namespace wk::demo::promql {

// PromQL over a simulated world, answering what Prometheus would for the same samples.
//
// Windows are sampled every scrapeIntervalMs() backwards from the evaluation time, over (t - range, t].
// A counter's value() is its per-second rate, so rate() is the mean of the window's rates, increase() and
// delta() that times the range, irate() the newest rate; at least two samples are needed, as in Prometheus.
// A counter read raw (a bare selector, *_over_time) is its counterTotal(). A gauge's rate/increase/delta/irate
// is computed from its sampled values exactly as Prometheus computes them from stored samples, extrapolation
// and counter resets included. NaN from the source means "no sample" and is skipped.

// An instant query: Vector (sorted by labels) or Scalar; a bare range selector gives a Matrix of raw samples.
Result<metrics::QueryResult> evaluateInstant(const QString& expr, qint64 timeMs, const SeriesSource& source);

// A range query evaluated at start, start + step, ... <= end: a Matrix sorted by labels. Refuses, as
// Prometheus does, a non-positive step, end before start, and more than 11,000 steps.
Result<metrics::QueryResult> evaluateRange(
    const QString& expr, qint64 startMs, qint64 endMs, qint64 stepMs, const SeriesSource& source);

} // namespace wk::demo::promql
