#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wk::analytics::drift {

// How many observations of each sample fall in each of a set of common bins. Exactly one of `edges`, `values`
// and `categories` describes the bins.
struct BinCounts
{
    std::vector<double> edges;       // Sturges histogram: bins + 1 edges, each bin [e_i, e_i+1), the last one closed
    std::vector<double> values;      // one bin per distinct number of either sample, ascending
    std::vector<QString> categories; // one bin per category of either sample, ascending
    std::vector<std::int64_t> reference;
    std::vector<std::int64_t> current;

    std::size_t size() const { return reference.size(); }
};

// numpy.histogram_bin_edges(sample, bins="sturges") as numpy 1.24 computes it, from the sample's minimum,
// maximum and size: ceil(ptp / (ptp / (log2(size) + 1))) equal bins from numpy.linspace(min, max), or one bin
// [min - 0.5, max + 0.5] when every value is the same. Both bounds must be finite, with a finite difference.
std::vector<double> sturgesBinEdges(double min, double max, std::size_t size);

// numpy.histogram(sample, edges)[0] for an ascending sample: bin i holds edges[i] <= x < edges[i + 1], the last
// bin also holds x == edges.back(); values outside the edges are not counted.
std::vector<std::int64_t> histogramCounts(std::span<const double> sorted, std::span<const double> edges);

// The number of distinct values of an ascending sample (0.0 and -0.0 are one value, as in pandas).
std::size_t distinctCount(std::span<const double> sorted);

// Evidently's bins for a numerical column (get_binned_data): Sturges bins over both samples together when the
// reference has more than 20 distinct values, otherwise one bin per distinct value of either sample. Both samples
// ascending, non-empty and free of NaN and infinities.
BinCounts numericalBins(std::span<const double> sortedReference, std::span<const double> sortedCurrent);

// One bin per distinct value of either ascending sample: the values as categories.
BinCounts valueBins(std::span<const double> sortedReference, std::span<const double> sortedCurrent);

// One bin per category seen in either sample, categories in ascending order.
BinCounts categoryBins(std::span<const QString> reference, std::span<const QString> current);

// count / total for every bin, as numpy's `counts / len(sample)`.
std::vector<double> sharesOf(std::span<const std::int64_t> counts, std::size_t total);

} // namespace wk::analytics::drift
