#include "analytics/drift/IncompleteGamma.h"

#include <cmath>
#include <limits>

namespace wk::analytics::drift {

namespace {

constexpr double epsilon = std::numeric_limits<double>::epsilon();
constexpr double tiny = 1e-300;
// Both expansions need about 10 * sqrt(a) terms where x is close to a; this bound only stops a runaway loop.
constexpr int maxIterations = 100'000'000;

// x^a e^-x / Gamma(a), on the log scale so that it neither overflows nor underflows before the end.
double prefactor(double a, double x)
{
    return std::exp(a * std::log(x) - x - std::lgamma(a));
}

// P(a, x) by its series: x^a e^-x / Gamma(a + 1) * sum x^n / ((a + 1) ... (a + n)).
double lowerBySeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < maxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * epsilon)
            break;
    }
    return sum * prefactor(a, x);
}

// Q(a, x) by its continued fraction, evaluated with the modified Lentz method.
double upperByContinuedFraction(double a, double x)
{
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < maxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < epsilon)
            break;
    }
    return prefactor(a, x) * h;
}

} // namespace

double regularizedGammaQ(double a, double x)
{
    if (std::isnan(a) || std::isnan(x) || a <= 0.0 || x < 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    if (x < a + 1.0)
        return 1.0 - lowerBySeries(a, x);
    return upperByContinuedFraction(a, x);
}

double chiSquareSf(double x, double k)
{
    if (x <= 0.0)
        return 1.0;
    return regularizedGammaQ(k / 2.0, x / 2.0);
}

} // namespace wk::analytics::drift
