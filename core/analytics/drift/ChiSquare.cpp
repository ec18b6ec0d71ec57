#include "analytics/drift/ChiSquare.h"

#include "analytics/drift/IncompleteGamma.h"
#include "analytics/drift/NumpySum.h"

#include <cmath>
#include <limits>
#include <vector>

namespace wk::analytics::drift {

ChiSquareResult chiSquareTest(
    std::span<const std::int64_t> referenceCounts, std::span<const std::int64_t> currentCounts)
{
    std::int64_t referenceTotal = 0;
    std::int64_t currentTotal = 0;
    for (std::size_t i = 0; i < referenceCounts.size(); ++i) {
        referenceTotal += referenceCounts[i];
        currentTotal += currentCounts[i];
    }
    const double scale = double(currentTotal) / double(referenceTotal);
    std::vector<double> terms(referenceCounts.size());
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const double expected = double(referenceCounts[i]) * scale;
        const auto observed = double(currentCounts[i]);
        const double difference = observed - expected;
        if (expected > 0.0)
            terms[i] = difference * difference / expected;
        else
            terms[i] = observed > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    ChiSquareResult result;
    result.statistic = numpySum(terms);
    result.degreesOfFreedom = int(terms.size()) - 1;
    if (result.degreesOfFreedom < 1)
        result.pvalue = 1.0;
    else if (std::isinf(result.statistic))
        result.pvalue = 0.0;
    else
        result.pvalue = chiSquareSf(result.statistic, result.degreesOfFreedom);
    return result;
}

} // namespace wk::analytics::drift
