#pragma once

#include <span>
#include <vector>

namespace wk::analytics::drift {

// Evidently's zero fill (get_binned_data with feel_zeroes): every zero share becomes 0.0001, or the smallest
// non-zero share of the same sample divided by 1e6 when that share is at most 0.0001. A sample with no non-zero
// share is returned as it is.
std::vector<double> fillZeroShares(std::vector<double> shares);

// Population stability index, Evidently-compatible: the shares are zero-filled as above, then
// PSI = sum over bins of (ref - cur) * ln(ref / cur), summed as numpy sums. Shares of the same bins, same length.
double populationStabilityIndex(std::span<const double> referenceShares, std::span<const double> currentShares);

} // namespace wk::analytics::drift
