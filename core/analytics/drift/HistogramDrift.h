#pragma once

#include "analytics/HistogramQuantile.h"

#include <optional>
#include <span>

namespace wk::analytics::drift {

// Drift between two classic Prometheus histograms (cumulative `le` buckets, e.g. increase() of the `_bucket`
// series over a reference window and over the current window). What production has is buckets, not samples,
// so every figure here is computed on the bucket grid:
// - psi and jensenShannon are exact on the grid (PSI with Evidently's zero-share filling, JS without it);
// - ksLowerBound is the largest CDF gap at the bucket bounds: the true KS statistic is at least this;
// - wassersteinNormed is the area between the two CDFs with mass spread evenly inside each finite bucket
//   (the first bucket starts at 0 when its bound is positive, as histogram_quantile assumes; mass above the
//   last finite bound is left out), divided by max(reference std, 0.001), the std estimated from bucket
//   midpoints. It is an estimate, and labelled so.
// Buckets may come in any order; when the two grids differ only the bounds both have are used. No p-values:
// counter-derived samples run into the millions, where any shift is "significant".
struct HistogramDriftResult
{
    double psi = 0.0;
    double jensenShannon = 0.0;
    double ksLowerBound = 0.0;
    double wassersteinNormed = 0.0;
    double referenceCount = 0.0;
    double currentCount = 0.0;
    int bucketCount = 0; // bounds used, +Inf included
};

// nullopt when either histogram has no observations, no +Inf bucket, or the grids share fewer than two bounds.
std::optional<HistogramDriftResult> histogramDrift(std::span<const Bucket> reference, std::span<const Bucket> current);

} // namespace wk::analytics::drift
