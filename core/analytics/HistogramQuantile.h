#pragma once

#include <vector>

namespace wk::analytics {

// One classic-histogram bucket: the cumulative count of observations <= upperBound (the `le` label).
struct Bucket
{
    double upperBound = 0.0;
    double count = 0.0;
};

// The q-quantile of a classic histogram with Prometheus's histogram_quantile semantics: buckets in any order,
// a +Inf bucket is required, linear interpolation inside the bucket holding the rank, 0 as the lower bound of
// the first bucket when its upper bound is positive, and the second-highest bound when the rank lands in +Inf.
// NaN for a NaN q, no +Inf bucket, fewer than two buckets or no observations; -Inf for q < 0, +Inf for q > 1.
double histogramQuantile(double q, std::vector<Bucket> buckets);

} // namespace wk::analytics
