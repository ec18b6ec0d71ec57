#include "analytics/HistogramQuantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wk::analytics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Relative difference below which two cumulative counts are treated as equal: summing rates of many series
// leaves float noise that would otherwise read as a tiny non-monotonic step.
constexpr double kPrecisionTolerance = 1e-12;

// Buckets with the same bound (from series that differ only in an ignored label) count as one bucket.
void coalesce(std::vector<Bucket>& buckets)
{
    std::size_t last = 0;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].upperBound == buckets[last].upperBound)
            buckets[last].count += buckets[i].count;
        else
            buckets[++last] = buckets[i];
    }
    buckets.resize(last + 1);
}

void correctPrecisionErrors(std::vector<Bucket>& buckets)
{
    double previous = buckets.front().count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        const double current = buckets[i].count;
        const double delta = std::abs(current - previous);
        if (delta == 0.0)
            continue;
        if (delta / current <= kPrecisionTolerance)
            buckets[i].count = previous;
        else
            previous = current;
    }
}

// Cumulative counts can still decrease (inconsistent scrapes, rates over different windows); the binary search
// for the rank needs them monotonic, so take the running maximum.
void ensureMonotonic(std::vector<Bucket>& buckets)
{
    double max = buckets.front().count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].count > max)
            max = buckets[i].count;
        else if (buckets[i].count < max)
            buckets[i].count = max;
    }
}

} // namespace

double histogramQuantile(double q, std::vector<Bucket> buckets)
{
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -kInf;
    if (q > 1)
        return kInf;
    if (buckets.empty())
        return kNaN;

    std::sort(
        buckets.begin(), buckets.end(), [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (buckets.back().upperBound != kInf)
        return kNaN;

    coalesce(buckets);
    correctPrecisionErrors(buckets);
    ensureMonotonic(buckets);

    if (buckets.size() < 2)
        return kNaN;
    const double observations = buckets.back().count;
    if (observations == 0.0)
        return kNaN;

    double rank = q * observations;
    // The first bucket below +Inf whose cumulative count reaches the rank; written as !(>=) so a NaN rank finds
    // none, as Prometheus's search does.
    const auto searchEnd = buckets.end() - 1;
    const auto found
        = std::partition_point(buckets.begin(), searchEnd, [rank](const Bucket& b) { return !(b.count >= rank); });
    const auto b = static_cast<std::size_t>(found - buckets.begin());

    if (b == buckets.size() - 1)
        return buckets[b - 1].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;

    double bucketStart = 0.0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

} // namespace wk::analytics
