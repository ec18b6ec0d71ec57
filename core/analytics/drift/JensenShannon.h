#pragma once

#include <span>

namespace wk::analytics::drift {

// scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm: p and q are normalised to sum to 1,
// m = (p + q) / 2, and the result is sqrt((KL(p || m) + KL(q || m)) / 2), between 0 and sqrt(ln 2). Weights of
// the same bins, non-negative, each with a positive sum.
double jensenShannonDistance(std::span<const double> p, std::span<const double> q);

} // namespace wk::analytics::drift
