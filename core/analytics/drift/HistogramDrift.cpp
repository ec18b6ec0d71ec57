#include "analytics/drift/HistogramDrift.h"

#include "analytics/drift/JensenShannon.h"
#include "analytics/drift/PopulationStability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace wk::analytics::drift {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Bounds ascending, cumulative counts made monotonic; equal bounds (series differing in an ignored label) summed.
std::vector<Bucket> normalised(std::span<const Bucket> buckets)
{
    std::vector<Bucket> out(buckets.begin(), buckets.end());
    std::erase_if(out, [](const Bucket& b) { return std::isnan(b.upperBound) || std::isnan(b.count); });
    const auto byBound = [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; };
    if (!std::is_sorted(out.begin(), out.end(), byBound)) // Prometheus answers in label order: "10" before "5"
        std::sort(out.begin(), out.end(), byBound);
    std::size_t last = 0;
    for (std::size_t i = 1; i < out.size(); ++i) {
        if (out[i].upperBound == out[last].upperBound)
            out[last].count += out[i].count;
        else
            out[++last] = out[i];
    }
    if (!out.empty())
        out.resize(last + 1);
    double running = 0.0;
    for (Bucket& b : out)
        running = b.count = std::max(running, std::max(b.count, 0.0));
    return out;
}

// Cumulative counts at the bounds both grids have; false when they share no +Inf or fewer than two bounds.
bool aligned(const std::vector<Bucket>& a, const std::vector<Bucket>& b, std::vector<double>& bounds,
    std::vector<double>& cumA, std::vector<double>& cumB)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].upperBound < b[j].upperBound) {
            ++i;
        } else if (b[j].upperBound < a[i].upperBound) {
            ++j;
        } else {
            bounds.push_back(a[i].upperBound);
            cumA.push_back(a[i].count);
            cumB.push_back(b[j].count);
            ++i;
            ++j;
        }
    }
    return bounds.size() >= 2 && bounds.back() == kInf;
}

// Per-bucket shares from cumulative counts.
void sharesOf(const std::vector<double>& cumulative, std::vector<double>& shares)
{
    const double total = cumulative.back();
    double previous = 0.0;
    shares.resize(cumulative.size());
    for (std::size_t i = 0; i < cumulative.size(); ++i) {
        shares[i] = (cumulative[i] - previous) / total;
        previous = cumulative[i];
    }
}

double referenceStd(const std::vector<double>& bounds, const std::vector<double>& shares)
{
    // Mass of a finite bucket at its midpoint; the first bucket from 0 (or a point when its bound is <= 0);
    // the +Inf bucket at the last finite bound.
    const std::size_t finite = bounds.size() - 1;
    auto pointOf = [&](std::size_t i) {
        if (i == finite)
            return bounds[finite - 1];
        const double lower = i == 0 ? std::min(0.0, bounds[0]) : bounds[i - 1];
        return (lower + bounds[i]) / 2.0;
    };
    double mean = 0.0;
    for (std::size_t i = 0; i < bounds.size(); ++i)
        mean += shares[i] * pointOf(i);
    double variance = 0.0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        const double d = pointOf(i) - mean;
        variance += shares[i] * d * d;
    }
    return std::sqrt(variance);
}

// Integral of |g| over [0, width] where g runs linearly from g0 to g1.
double absLinearArea(double g0, double g1, double width)
{
    if ((g0 >= 0) == (g1 >= 0))
        return std::abs(g0 + g1) / 2.0 * width;
    const double crossing = g0 / (g0 - g1) * width;
    return (std::abs(g0) * crossing + std::abs(g1) * (width - crossing)) / 2.0;
}

} // namespace

std::optional<HistogramDriftResult> histogramDrift(std::span<const Bucket> reference, std::span<const Bucket> current)
{
    const std::vector<Bucket> ref = normalised(reference);
    const std::vector<Bucket> cur = normalised(current);
    std::vector<double> bounds;
    std::vector<double> cumRef;
    std::vector<double> cumCur;
    bounds.reserve(ref.size());
    cumRef.reserve(ref.size());
    cumCur.reserve(ref.size());
    if (!aligned(ref, cur, bounds, cumRef, cumCur) || cumRef.back() <= 0.0 || cumCur.back() <= 0.0)
        return std::nullopt;

    HistogramDriftResult result;
    result.referenceCount = cumRef.back();
    result.currentCount = cumCur.back();
    result.bucketCount = int(bounds.size());
    std::vector<double> pRef;
    std::vector<double> pCur;
    sharesOf(cumRef, pRef);
    sharesOf(cumCur, pCur);

    // The same PSI and Jensen-Shannon as the raw-sample report, on the bucket shares.
    result.psi = populationStabilityIndex(pRef, pCur);
    result.jensenShannon = jensenShannonDistance(pRef, pCur);

    const std::size_t finite = bounds.size() - 1;
    double ks = 0.0;
    double area = 0.0;
    double previousGap = 0.0;
    for (std::size_t i = 0; i < finite; ++i) {
        const double gap = cumRef[i] / result.referenceCount - cumCur[i] / result.currentCount;
        ks = std::max(ks, std::abs(gap));
        const double lower = i == 0 ? std::min(0.0, bounds[0]) : bounds[i - 1];
        area += absLinearArea(previousGap, gap, bounds[i] - lower);
        previousGap = gap;
    }
    result.ksLowerBound = ks;
    result.wassersteinNormed = area / std::max(referenceStd(bounds, pRef), 0.001);
    return result;
}

} // namespace wk::analytics::drift
