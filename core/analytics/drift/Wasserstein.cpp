#include "analytics/drift/Wasserstein.h"

#include "analytics/drift/NumpySum.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace wk::analytics::drift {

namespace {

constexpr double minimumNorm = 0.001;

} // namespace

double wassersteinDistanceSorted(std::span<const double> sortedU, std::span<const double> sortedV)
{
    std::vector<double> all(sortedU.size() + sortedV.size());
    std::merge(sortedU.begin(), sortedU.end(), sortedV.begin(), sortedV.end(), all.begin());
    if (all.size() < 2)
        return 0.0;
    // CDF of each sample at every merged value but the last (searchsorted right), times the gap to the next.
    std::vector<double> terms(all.size() - 1);
    std::size_t inU = 0;
    std::size_t inV = 0;
    const auto sizeU = double(sortedU.size());
    const auto sizeV = double(sortedV.size());
    for (std::size_t i = 0; i + 1 < all.size(); ++i) {
        while (inU < sortedU.size() && sortedU[inU] <= all[i])
            ++inU;
        while (inV < sortedV.size() && sortedV[inV] <= all[i])
            ++inV;
        const double cdfU = double(inU) / sizeU;
        const double cdfV = double(inV) / sizeV;
        terms[i] = std::abs(cdfU - cdfV) * (all[i + 1] - all[i]);
    }
    return numpySum(terms);
}

double populationStd(std::span<const double> values)
{
    if (values.empty())
        return 0.0;
    const auto n = double(values.size());
    const double mean = numpySum(values) / n;
    std::vector<double> squares(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double deviation = values[i] - mean;
        squares[i] = deviation * deviation;
    }
    return std::sqrt(numpySum(squares) / n);
}

double normedWasserstein(double distance, double referenceStd)
{
    return distance / std::max(referenceStd, minimumNorm);
}

} // namespace wk::analytics::drift
