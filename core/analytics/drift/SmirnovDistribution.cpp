// Smirnov's distribution of the one-sided Kolmogorov-Smirnov statistic, Pr(D_n^+ >= x), as scipy.special.smirnov
// computes it: the exact sum for n up to a million, the asymptotic form beyond. Each term of the sum is evaluated
// as a binomial probability with Loader's saddle-point form (stirlingError, binomialDeviance) instead of scipy's
// double-double arithmetic: accurate to a few ulps and several times cheaper, which matters because the sum has
// ~n/2 terms.

#include "analytics/drift/KolmogorovDistribution.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wk::analytics::drift {

namespace {

using std::int64_t;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
constexpr double kLogSqrt2Pi = 0.91893853320467274178032973640561764;
// log of the smallest normal double: below it the one-sided tail is returned as 0 (cephes' MINLOG).
constexpr double kMinLog = -7.08396418532264106224e2;
constexpr int64_t kSmirnovMaxComputeN = 1000000;

double clip01(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

// log(k!) - log(sqrt(2 pi k) (k/e)^k) for a whole number k >= 1: the error of Stirling's formula (Loader 2000).
double stirlingError(double k)
{
    if (k <= 15.0) {
        double factorial = 1.0;
        for (double i = 2.0; i <= k; i += 1.0)
            factorial *= i;
        return std::log(factorial) - (k + 0.5) * std::log(k) + k - kLogSqrt2Pi;
    }
    constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
    const double k2 = k * k;
    if (k > 500.0)
        return (s0 - s1 / k2) / k;
    if (k > 80.0)
        return (s0 - (s1 - s2 / k2) / k2) / k;
    if (k > 35.0)
        return (s0 - (s1 - (s2 - s3 / k2) / k2) / k2) / k;
    return (s0 - (s1 - (s2 - (s3 - s4 / k2) / k2) / k2) / k2) / k;
}

// x log(x/m) + m - x, by its series when x is close to m, where the direct form cancels (Loader's bd0).
double binomialDeviance(double x, double m)
{
    if (std::abs(x - m) < 0.1 * (x + m)) {
        const double v = (x - m) / (x + m);
        const double v2 = v * v;
        double sum = (x - m) * v;
        double term = 2.0 * x * v;
        for (int j = 1; j < 1000; ++j) {
            term *= v2;
            const double next = sum + term / (2 * j + 1);
            if (next == sum)
                break;
            sum = next;
        }
        return sum;
    }
    return x * std::log(x / m) + m - x;
}

// One term of Smirnov's sum, C(n, v) p^(v-1) q^(n-v) with p = x + v/n and q = 1 - p, 0 < v < n, given np = n*p
// and nq = n*q. It is the binomial probability of v in n at p, divided by p.
double smirnovTerm(double n, double stirlingN, double v, double np, double nq)
{
    const double logProbability = stirlingN - stirlingError(v) - stirlingError(n - v) - binomialDeviance(v, np)
        - binomialDeviance(n - v, nq) - 0.5 * (2.0 * kLogSqrt2Pi + std::log(v) + std::log1p(-v / n));
    return std::exp(logProbability) * (n / np);
}

// The few terms of Smirnov's sum above n(1-x), where it alternates in sign; only used for x < 3/n.
double smirnovUpperSumCdf(int64_t n, double x, double nxHi, double nxLo, int64_t terms)
{
    const double dn = double(n);
    double binomial = 1.0;
    double sum = std::exp((dn - 1) * std::log1p(x));
    for (int64_t j = 1; j < terms; ++j) {
        binomial *= double(n - j + 1) / double(j);
        const double v = double(n - j);
        const double above = std::exp((v - 1) * std::log1p(((v - dn) + nxHi + nxLo) / dn));
        const double below = std::pow(((dn - v) - nxHi - nxLo) / dn, double(j));
        sum += binomial * above * below;
    }
    return x * sum;
}

} // namespace

double smirnovSf(int64_t n, double x)
{
    if (!(n > 0 && x >= 0.0 && x <= 1.0))
        return kNaN;
    if (n == 1)
        return 1.0 - x;
    if (x == 0.0)
        return 1.0;
    if (x == 1.0)
        return 0.0;
    const double dn = double(n);

    // n x = nxHi + nxLo exactly; nxFloor and alpha are its integer and fractional parts.
    const double nxHi = dn * x;
    const double nxLo = std::fma(dn, x, -nxHi);
    double nxFloor = std::floor(nxHi);
    double alpha = (nxHi - nxFloor) + nxLo;
    if (alpha < 0.0) {
        nxFloor -= 1.0;
        alpha += 1.0;
    }
    if (alpha >= 1.0) {
        nxFloor += 1.0;
        alpha -= 1.0;
    }
    const auto nxFl = int64_t(nxFloor);

    if (nxFl == 0 || (nxFl == 1 && alpha == 0.0))
        return 1.0 - x * std::exp((dn - 1) * std::log1p(x));
    if (double(-2 * n) * x * x < kMinLog)
        return 0.0;
    if (nxFl >= n - 1)
        return std::exp(dn * std::log1p(-x));
    if (n > kSmirnovMaxComputeN) {
        // Too many terms: the approximation p ~ exp(-(6nx + 1)^2 / 18n).
        const double logP = -std::pow(6.0 * dn * x + 1, 2) / 18.0 / dn;
        if (logP < -std::numbers::ln2)
            return std::exp(logP);
        return 1.0 + std::expm1(logP);
    }

    // Terms v = 0 .. lowerEnd; terms above n(1-x) belong to the alternating upper sum.
    const int64_t lowerEnd = n - nxFl - 1;
    const int64_t upperTerms = nxFl + (alpha == 0.0 ? 0 : 1);
    const bool useUpperSum = (upperTerms <= 1 && x < 0.5) || (n >= 10 && upperTerms <= 3 && x <= 0.5 / std::sqrt(dn));
    if (useUpperSum)
        return clip01(1.0 - smirnovUpperSumCdf(n, x, nxHi, nxLo, upperTerms));

    const int64_t terms = lowerEnd + 1;
    const double stirlingN = stirlingError(dn);
    // Up to ~n/2 positive terms: Kahan's compensated sum keeps the rounding from piling up.
    double sum = std::exp(dn * std::log1p(-x)) / x;
    double lost = 0.0;
    for (int64_t v = 1; v < terms; ++v) {
        const double dv = double(v);
        const double np = (dv + nxHi) + nxLo;
        const double nq = ((dn - dv) - nxHi) - nxLo;
        const double term = smirnovTerm(dn, stirlingN, dv, np, nq);
        if (term != 0.0) {
            const double corrected = term - lost;
            const double total = sum + corrected;
            lost = (total - sum) - corrected;
            sum = total;
            // The terms left cannot move the sum any more.
            if (4 * double(terms - v) * term < kEpsilon * sum && v != terms - 1)
                break;
        } else if (v > n / 2) {
            break;
        }
    }
    return clip01(x * sum);
}

} // namespace wk::analytics::drift
