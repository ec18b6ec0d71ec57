#pragma once

#include <span>

namespace wk::analytics::drift {

// np.sum of a contiguous float64 array, operation for operation: the reduction takes the array in buffers of
// 8,192 values, adds each buffer's pairwise sum (eight running sums in blocks of up to 128 values, halving above
// that) to a running total. Sums then agree with numpy's to the last bit whenever the terms do, which keeps the
// comparison with the reference implementations tight; it is also more accurate than a plain loop.
double numpySum(std::span<const double> values);

} // namespace wk::analytics::drift
