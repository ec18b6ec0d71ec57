#include "analytics/drift/BinCounts.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace wk::analytics::drift {

namespace {

// Evidently bins a numerical column by value up to this many distinct reference values.
constexpr std::size_t maxValueBins = 20;

} // namespace

std::vector<double> sturgesBinEdges(double min, double max, std::size_t size)
{
    // numpy's _get_outer_edges widens a zero range; the Sturges width of a zero range is 0, which means one bin.
    if (min == max)
        return {min - 0.5, max + 0.5};
    const double ptp = max - min;
    const double width = ptp / (std::log2(double(size)) + 1.0);
    // A width that underflows to zero means one bin in numpy too.
    const auto bins = width == 0.0 ? std::size_t(1) : static_cast<std::size_t>(std::ceil(ptp / width));
    // numpy.linspace(min, max, bins + 1): arange(bins + 1) * step + start, the last edge set to stop. Separate
    // multiply and add, two roundings, as numpy's two ufunc calls do.
    const double step = ptp / double(bins);
    std::vector<double> edges(bins + 1);
    if (step == 0.0) {
        // numpy's gh-5437 path for a subnormal step: divide first, then scale.
        for (std::size_t i = 0; i <= bins; ++i)
            edges[i] = double(i) / double(bins) * ptp + min;
    } else {
        for (std::size_t i = 0; i <= bins; ++i) {
            const volatile double scaled = double(i) * step; // no fused multiply-add: numpy rounds twice
            edges[i] = scaled + min;
        }
    }
    edges[bins] = max;
    return edges;
}

std::vector<std::int64_t> histogramCounts(std::span<const double> sorted, std::span<const double> edges)
{
    if (edges.size() < 2)
        return {};
    // numpy's non-uniform path: cumulative counts by searchsorted (left for all edges but the last, right for it).
    std::vector<std::int64_t> cumulative(edges.size());
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
        cumulative[i] = std::lower_bound(sorted.begin(), sorted.end(), edges[i]) - sorted.begin();
    cumulative.back() = std::upper_bound(sorted.begin(), sorted.end(), edges.back()) - sorted.begin();
    std::vector<std::int64_t> counts(edges.size() - 1);
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] = cumulative[i + 1] - cumulative[i];
    return counts;
}

std::size_t distinctCount(std::span<const double> sorted)
{
    if (sorted.empty())
        return 0;
    std::size_t distinct = 1;
    for (std::size_t i = 1; i < sorted.size(); ++i)
        distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
    return distinct;
}

BinCounts numericalBins(std::span<const double> sortedReference, std::span<const double> sortedCurrent)
{
    if (distinctCount(sortedReference) <= maxValueBins)
        return valueBins(sortedReference, sortedCurrent);
    BinCounts bins;
    const double min = std::min(sortedReference.front(), sortedCurrent.front());
    const double max = std::max(sortedReference.back(), sortedCurrent.back());
    bins.edges = sturgesBinEdges(min, max, sortedReference.size() + sortedCurrent.size());
    bins.reference = histogramCounts(sortedReference, bins.edges);
    bins.current = histogramCounts(sortedCurrent, bins.edges);
    return bins;
}

BinCounts valueBins(std::span<const double> sortedReference, std::span<const double> sortedCurrent)
{
    BinCounts bins;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < sortedReference.size() || j < sortedCurrent.size()) {
        double value = 0.0;
        if (j == sortedCurrent.size() || (i < sortedReference.size() && sortedReference[i] <= sortedCurrent[j]))
            value = sortedReference[i];
        else
            value = sortedCurrent[j];
        std::int64_t inReference = 0;
        std::int64_t inCurrent = 0;
        for (; i < sortedReference.size() && sortedReference[i] == value; ++i)
            ++inReference;
        for (; j < sortedCurrent.size() && sortedCurrent[j] == value; ++j)
            ++inCurrent;
        bins.values.push_back(value);
        bins.reference.push_back(inReference);
        bins.current.push_back(inCurrent);
    }
    return bins;
}

BinCounts categoryBins(std::span<const QString> reference, std::span<const QString> current)
{
    QHash<QString, std::pair<std::int64_t, std::int64_t>> counts;
    for (const QString& category : reference)
        ++counts[category].first;
    for (const QString& category : current)
        ++counts[category].second;
    BinCounts bins;
    bins.categories.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        bins.categories.push_back(it.key());
    std::sort(bins.categories.begin(), bins.categories.end());
    for (const QString& category : bins.categories) {
        const auto [inReference, inCurrent] = counts.value(category);
        bins.reference.push_back(inReference);
        bins.current.push_back(inCurrent);
    }
    return bins;
}

std::vector<double> sharesOf(std::span<const std::int64_t> counts, std::size_t total)
{
    std::vector<double> shares(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        shares[i] = double(counts[i]) / double(total);
    return shares;
}

} // namespace wk::analytics::drift
