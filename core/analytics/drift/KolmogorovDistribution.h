#pragma once

#include <cstdint>

// Internal to the drift code: the pieces of the Kolmogorov-Smirnov distributions that kstwoSf is built from,
// exposed so the reference tests can check them one by one against scipy.

namespace wk::analytics::drift {

// One-sided statistic: Pr(D_n^+ >= x), as scipy.special.smirnov(n, x). NaN outside n >= 1, 0 <= x <= 1.
double smirnovSf(std::int64_t n, double x);

} // namespace wk::analytics::drift
