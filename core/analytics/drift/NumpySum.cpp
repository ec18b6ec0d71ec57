#include "analytics/drift/NumpySum.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace wk::analytics::drift {

namespace {

constexpr std::size_t blockSize = 128; // numpy's PW_BLOCKSIZE
constexpr std::size_t unroll = 8;
constexpr std::size_t bufferSize = 8192; // numpy's default ufunc buffer: a reduction sees this many at a time

double pairwiseSum(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n < unroll) {
        double sum = 0.0;
        for (const double value : values)
            sum += value;
        return sum;
    }
    if (n <= blockSize) {
        std::array<double, unroll> r{};
        for (std::size_t j = 0; j < unroll; ++j)
            r[j] = values[j];
        std::size_t i = unroll;
        for (; i < n - n % unroll; i += unroll) {
            for (std::size_t j = 0; j < unroll; ++j)
                r[j] += values[i + j];
        }
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            sum += values[i];
        return sum;
    }
    std::size_t half = n / 2;
    half -= half % unroll;
    return pairwiseSum(values.first(half)) + pairwiseSum(values.subspan(half));
}

} // namespace

double numpySum(std::span<const double> values)
{
    double sum = 0.0;
    for (std::size_t begin = 0; begin < values.size(); begin += bufferSize)
        sum += pairwiseSum(values.subspan(begin, std::min(bufferSize, values.size() - begin)));
    return sum;
}

} // namespace wk::analytics::drift
