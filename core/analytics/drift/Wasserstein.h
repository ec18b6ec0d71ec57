#pragma once

#include <span>

namespace wk::analytics::drift {

// scipy.stats.wasserstein_distance(u, v) for two ascending, non-empty samples: the integral of |U(x) - V(x)|
// over the merged values, as scipy's _cdf_distance with p = 1 computes and sums it.
double wassersteinDistanceSorted(std::span<const double> sortedU, std::span<const double> sortedV);

// numpy.std(values): the population standard deviation (ddof 0), with numpy's two passes and summation. Pass the
// values in their original order to agree with numpy to the last bit (summation order matters in the last place).
double populationStd(std::span<const double> values);

// Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001), so a constant reference is divided
// by 0.001 rather than by 0.
double normedWasserstein(double distance, double referenceStd);

} // namespace wk::analytics::drift
