#include "analytics/drift/PopulationStability.h"

#include "analytics/drift/NumpySum.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wk::analytics::drift {

namespace {

constexpr double defaultFill = 0.0001;

} // namespace

std::vector<double> fillZeroShares(std::vector<double> shares)
{
    double smallest = std::numeric_limits<double>::infinity();
    for (const double share : shares) {
        if (share != 0.0)
            smallest = std::min(smallest, share);
    }
    if (std::isinf(smallest))
        return shares;
    const double fill = smallest <= defaultFill ? smallest / 1e6 : defaultFill;
    std::replace(shares.begin(), shares.end(), 0.0, fill);
    return shares;
}

double populationStabilityIndex(std::span<const double> referenceShares, std::span<const double> currentShares)
{
    const std::vector<double> reference = fillZeroShares({referenceShares.begin(), referenceShares.end()});
    const std::vector<double> current = fillZeroShares({currentShares.begin(), currentShares.end()});
    std::vector<double> terms(reference.size());
    for (std::size_t i = 0; i < terms.size(); ++i)
        terms[i] = (reference[i] - current[i]) * std::log(reference[i] / current[i]);
    return numpySum(terms);
}

} // namespace wk::analytics::drift
