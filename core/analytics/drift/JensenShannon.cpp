#include "analytics/drift/JensenShannon.h"

#include "analytics/drift/NumpySum.h"

#include <cmath>
#include <limits>
#include <vector>

namespace wk::analytics::drift {

namespace {

// scipy.special.rel_entr: x * ln(x / y), 0 when x is 0.
double relativeEntropy(double x, double y)
{
    if (x > 0.0 && y > 0.0)
        return x * std::log(x / y);
    if (x == 0.0 && y >= 0.0)
        return 0.0;
    return std::numeric_limits<double>::infinity();
}

std::vector<double> normalised(std::span<const double> weights)
{
    const double total = numpySum(weights);
    std::vector<double> out(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        out[i] = weights[i] / total;
    return out;
}

} // namespace

double jensenShannonDistance(std::span<const double> p, std::span<const double> q)
{
    const std::vector<double> pn = normalised(p);
    const std::vector<double> qn = normalised(q);
    std::vector<double> left(pn.size());
    std::vector<double> right(pn.size());
    for (std::size_t i = 0; i < pn.size(); ++i) {
        const double m = (pn[i] + qn[i]) / 2.0;
        left[i] = relativeEntropy(pn[i], m);
        right[i] = relativeEntropy(qn[i], m);
    }
    // Rounding can leave the divergence of two near-identical distributions a hair below zero, where scipy
    // answers NaN; the distance is 0 there.
    const double divergence = numpySum(left) + numpySum(right);
    return divergence > 0.0 ? std::sqrt(divergence / 2.0) : 0.0;
}

} // namespace wk::analytics::drift
