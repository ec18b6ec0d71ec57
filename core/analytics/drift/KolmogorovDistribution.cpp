// The distribution of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, computed the way scipy 1.10
// does (scipy.stats.kstwo, after Simard and L'Ecuyer 2011): which algorithm runs depends on n and on n*d^2,
// and each algorithm is the one scipy picks for that region, so the answers agree to rounding.
//
//   - Ruben and Gambino's closed forms at both ends of the support (d <= 1/n, d >= 1 - 1/n);
//   - twice the one-sided tail (Smirnov's exact sum) for d >= 1/2 and for the upper tail, where the chance that
//     both one-sided statistics exceed d is negligible;
//   - Durbin's matrix (Marsaglia, Tsang and Wang 2003) for small n*d^2, Pomeranz's recursion (1974) for moderate
//     n*d^2 when n <= 140, and Pelz and Good's expansion (1976) for large n.
//
// The one-sided tail (smirnovSf) is in SmirnovDistribution.cpp.

#include "analytics/drift/KolmogorovDistribution.h"
#include "analytics/drift/KolmogorovSmirnov.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <tuple>
#include <utility>
#include <vector>

namespace wk::analytics::drift {

namespace {

using std::int64_t;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = std::numbers::pi;
constexpr double kLogSqrt2Pi = 0.91893853320467274178032973640561764;
// Intermediate results are rescaled by 2^128 to stay clear of overflow and underflow.
constexpr int kScaleExponent = 128;
constexpr double kScaleUp = 0x1p128;
constexpr double kScaleDown = 0x1p-128;

double clip01(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

// Pr(D_n <= d) from Durbin's matrix: write d = (k - h)/n; the answer is n!/n^n times the k-th diagonal entry of
// H^n, H being (2k-1) x (2k-1). Powers are taken by squaring, with exponents of two kept aside.
double durbinMatrixCdf(int64_t n, double d)
{
    if (d >= 1.0)
        return 1.0;
    const double nd = double(n) * d;
    if (nd <= 0.5)
        return 0.0;
    const int k = int(std::ceil(nd));
    const double h = k - nd;
    const int m = 2 * k - 1;
    const auto size = std::size_t(m);
    const auto at = [size](int row, int column) { return std::size_t(row) * size + std::size_t(column); };

    // First column and (reversed) last row: (1 - h^j)/j!, with a correction in the corner.
    std::vector<double> edge(size);
    std::vector<double> inverseFactorial(size);
    double factor = 1.0;
    for (int j = 1; j <= m; ++j) {
        inverseFactorial[std::size_t(j - 1)] = factor;
        factor /= j;
        edge[std::size_t(j - 1)] = (1.0 - std::pow(h, j)) * factor;
    }
    const double corner = std::pow(std::max(2 * h - 1.0, 0.0), m) - 2 * std::pow(h, m);
    edge[std::size_t(m - 1)] = (1.0 + corner) * factor;

    std::vector<double> base(size * size, 0.0);
    for (int column = 1; column < m; ++column) {
        for (int row = column - 1; row < m; ++row)
            base[at(row, column)] = inverseFactorial[std::size_t(row - column + 1)];
    }
    for (int row = 0; row < m; ++row)
        base[at(row, 0)] = edge[std::size_t(row)];
    for (int column = 0; column < m; ++column)
        base[at(m - 1, column)] = edge[std::size_t(m - 1 - column)];

    const auto multiply = [m, &at](const std::vector<double>& a, const std::vector<double>& b) {
        std::vector<double> c(a.size(), 0.0);
        for (int i = 0; i < m; ++i) {
            for (int l = 0; l < m; ++l) {
                const double ail = a[at(i, l)];
                for (int j = 0; j < m; ++j)
                    c[at(i, j)] += ail * b[at(l, j)];
            }
        }
        return c;
    };

    std::vector<double> power(base.size(), 0.0);
    for (int i = 0; i < m; ++i)
        power[at(i, i)] = 1.0;
    int64_t exponent = 0;
    int64_t baseExponent = 0;
    for (int64_t remaining = n; remaining > 0; remaining /= 2) {
        if (remaining % 2 != 0) {
            power = multiply(power, base);
            exponent += baseExponent;
        }
        if (remaining == 1)
            break;
        base = multiply(base, base);
        baseExponent *= 2;
        if (std::abs(base[at(k - 1, k - 1)]) > kScaleUp) {
            for (double& value : base)
                value /= kScaleUp;
            baseExponent += kScaleExponent;
        }
    }

    // Times n!/n^n, in extended precision as scipy's rescaled product is.
    long double p = power[at(k - 1, k - 1)];
    for (int64_t i = 1; i <= n; ++i) {
        p = static_cast<long double>(i) * p / static_cast<long double>(n);
        if (std::abs(p) < kScaleDown) {
            p *= kScaleUp;
            exponent -= kScaleExponent;
        }
    }
    if (exponent != 0)
        p = std::ldexp(p, int(exponent));
    return clip01(double(p));
}

// Row i of Pomeranz's table has non-zero entries only in [first, last]; the bounds follow the breakpoints of
// the band |F_n - F| <= d.
std::pair<int64_t, int64_t> pomeranzBounds(int64_t i, int64_t n, int64_t whole, int ceilFraction, int roundFraction)
{
    int64_t first = 0;
    int64_t last = 0;
    if (i == 0) {
        first = -whole - ceilFraction - 1;
        last = whole + ceilFraction - 1;
    } else {
        const int64_t half = (i + 1) / 2;
        if ((i + 1) % 2 == 0) {
            if (half == n + 1) {
                first = n - whole - ceilFraction - 1;
                last = n + whole + ceilFraction - 1;
            } else {
                first = half - 1 - whole - roundFraction - 1;
                last = half + whole - 1 + ceilFraction - 1;
            }
        } else {
            first = half - 1 - whole - 1;
            last = half + whole + roundFraction - 1;
        }
    }
    return {std::max<int64_t>(first + 2, 0), std::min(last, n)};
}

// Pr(D_n <= d) by Pomeranz's recursion: 2n+1 convolutions of a short row with truncated Poisson weights.
double pomeranzCdf(int64_t n, double d)
{
    const double t = double(n) * d;
    const auto whole = int64_t(std::floor(t));
    const double fraction = t - double(whole);
    const double g = std::min(fraction, 1.0 - fraction);
    const int ceilFraction = fraction > 0 ? 1 : 0;
    const int roundFraction = fraction > 0.5 ? 1 : 0;
    const auto width = std::size_t(2 * (whole + 1));

    // (g/n)^j/j!, (2g/n)^j/j! and ((1-2g)/n)^j/j!: Poisson weights without their normalising factor.
    std::vector<double> gPowers(width), twoGPowers(width), restPowers(width);
    gPowers[0] = twoGPowers[0] = restPowers[0] = 1.0;
    const double gOverN = g / double(n), twoGOverN = 2 * g / double(n), restOverN = (1 - 2 * g) / double(n);
    for (std::size_t j = 1; j < width; ++j) {
        gPowers[j] = gPowers[j - 1] * gOverN / double(j);
        twoGPowers[j] = twoGPowers[j - 1] * twoGOverN / double(j);
        restPowers[j] = restPowers[j - 1] * restOverN / double(j);
    }

    std::vector<double> previous(width, 0.0);
    std::vector<double> current(width, 0.0);
    current[0] = 1.0;
    int64_t previousStart = 0;
    int64_t currentStart = 0;
    int64_t exponent = 0;
    auto [first, last] = pomeranzBounds(0, n, whole, ceilFraction, roundFraction);
    for (int64_t i = 1; i < 2 * n + 2; ++i) {
        const int64_t lastFirst = first;
        std::swap(previous, current);
        std::swap(previousStart, currentStart);
        std::fill(current.begin(), current.end(), 0.0);
        std::tie(first, last) = pomeranzBounds(i, n, whole, ceilFraction, roundFraction);
        const std::vector<double>& weights = (i == 1 || i == 2 * n + 1) ? gPowers
            : (i % 2 != 0)                                              ? twoGPowers
                                                                        : restPowers;
        const int64_t length = last - lastFirst + 1;
        if (length <= 0)
            continue;
        // Entries [first - lastFirst, last - lastFirst] of the full convolution of the previous row's
        // [lastFirst, last] with the first `length` weights.
        const int64_t sourceStart = lastFirst - previousStart;
        const int64_t sourceLength = std::min<int64_t>(length, int64_t(width) - sourceStart);
        const int64_t weightLength = std::min<int64_t>(length, int64_t(width));
        double largest = 0.0;
        for (int64_t out = first - lastFirst; out <= last - lastFirst; ++out) {
            double sum = 0.0;
            for (int64_t s = std::max<int64_t>(0, out - weightLength + 1); s <= std::min(out, sourceLength - 1); ++s)
                sum += previous[std::size_t(sourceStart + s)] * weights[std::size_t(out - s)];
            current[std::size_t(out - (first - lastFirst))] = sum;
            largest = std::max(largest, sum);
        }
        if (largest > 0 && largest < kScaleDown) {
            for (double& value : current)
                value *= kScaleUp;
            exponent -= kScaleExponent;
        }
        currentStart = previousStart + first - lastFirst;
    }

    long double answer = current[std::size_t(n - currentStart)];
    for (int64_t j = 1; j <= n; ++j) {
        if (std::abs(answer) > kScaleUp) {
            answer *= kScaleDown;
            exponent += kScaleExponent;
        }
        answer *= static_cast<long double>(j);
    }
    if (exponent != 0)
        answer = std::ldexp(answer, int(exponent));
    return clip01(double(answer));
}

// Pelz and Good's expansion of Pr(D_n <= d) in powers of 1/sqrt(n), each coefficient a theta-function series
// in z = d sqrt(n) that converges fast for small z.
double pelzGoodCdf(int64_t n, double d)
{
    if (d <= 0.0)
        return 0.0;
    if (d >= 1.0)
        return 1.0;
    const double z = std::sqrt(double(n)) * d;
    const double z2 = std::pow(z, 2), z3 = std::pow(z, 3), z4 = std::pow(z, 4), z6 = std::pow(z, 6);
    const double pi2 = std::pow(kPi, 2), pi4 = std::pow(kPi, 4), pi6 = std::pow(kPi, 6);
    const double sqrt2Pi = std::sqrt(2 * kPi);

    const double logQ = -pi2 / 8 / z2;
    if (logQ < -708)
        return 0.0;
    double q = std::exp(logQ);

    const double k1a = -z2, k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64;
    const double k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4;
    const double k3a = -30 * z6 - 90 * std::pow(z, 8);

    // Sums over odd m = 2k-1 of c(m) q^(m^2), by Horner's scheme in q^8k.
    double terms[4] = {0.0, 0.0, 0.0, 0.0};
    const auto maxK = int64_t(std::ceil(16 * z / kPi));
    for (int64_t k = maxK; k > 0; --k) {
        const int64_t m = 2 * k - 1;
        const auto m2 = double(m * m), m4 = double(m * m * m * m), m6 = double(m * m * m * m * m * m);
        const double qPower = std::pow(q, double(8 * k));
        const double coefficients[4]
            = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (int i = 0; i < 4; ++i)
            terms[i] = terms[i] * qPower + coefficients[i];
    }
    const double divisors[4] = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (int i = 0; i < 4; ++i)
        terms[i] = terms[i] * q * sqrt2Pi / divisors[i];

    // The remaining series of K2 and K3 run over all k.
    q = std::exp(-pi2 / 2 / z2);
    const double sqrt3z = std::sqrt(3.0) * z;
    double extra2 = 0.0;
    double extra3 = 0.0;
    for (int64_t k = maxK; k > 0; --k) {
        const auto k2 = double(k * k);
        const double qPower = std::pow(q, k2);
        const double kPiK = kPi * double(k);
        extra2 += k2 * qPower;
        extra3 += (sqrt3z + kPiK) * (sqrt3z - kPiK) * k2 * qPower;
    }
    terms[2] += extra2 * (pi2 * sqrt2Pi / (-36 * z3));
    terms[3] += extra3 * (pi2 * sqrt2Pi / (216 * z6));

    double cdf = 0.0;
    for (int i = 0; i < 4; ++i)
        cdf += terms[i] / std::pow(double(n), i / 2.0);
    return cdf;
}

// log(n!/n^n) by Stirling's series, with n log n taken out before it can cancel.
double logFactorialOverPower(int64_t n)
{
    static constexpr double coefficients[]
        = {-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
            -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const double dn = double(n);
    const double rn = 1.0 / dn;
    double series = 0.0;
    for (const double c : coefficients)
        series = series * (rn / dn) + c;
    return std::log(dn) / 2 - dn + kLogSqrt2Pi + rn * series;
}

// Pr(D_n > d) for a valid n and 0 < d < 1: Simard and L'Ecuyer's choice of method, as scipy makes it.
double kolmogornSf(int64_t n, double d)
{
    const double dn = double(n);
    const double t = dn * d;
    if (t <= 1.0) {
        if (t <= 0.5)
            return 1.0;
        double cdf = 1.0;
        if (n <= 140) {
            for (int64_t i = 1; i <= n; ++i)
                cdf *= double(i) * (1.0 / dn) * (2 * t - 1);
        } else {
            cdf = std::exp(logFactorialOverPower(n) + dn * std::log(2 * t - 1));
        }
        return clip01(1.0 - cdf);
    }
    if (t >= dn - 1)
        return clip01(2 * std::pow(1.0 - d, dn));
    if (d >= 0.5)
        return clip01(2 * smirnovSf(n, d));

    const double nd2 = t * d;
    if (n <= 140) {
        if (nd2 <= 0.754693)
            return clip01(1.0 - durbinMatrixCdf(n, d));
        if (nd2 <= 4)
            return clip01(1.0 - pomeranzCdf(n, d));
        return clip01(2 * smirnovSf(n, d));
    }
    if (nd2 >= 370.0)
        return 0.0;
    if (nd2 >= 2.2)
        return clip01(2 * smirnovSf(n, d));
    if (n <= 100000 && dn * std::pow(d, 1.5) <= 1.4)
        return clip01(1.0 - durbinMatrixCdf(n, d));
    return clip01(1.0 - pelzGoodCdf(n, d));
}

} // namespace

double kstwoSf(double d, double n)
{
    if (std::isnan(d) || std::isnan(n) || !(n >= 1.0) || n != std::round(n) || std::isinf(n))
        return kNaN;
    if (d <= 0.5 / n)
        return 1.0;
    if (d >= 1.0)
        return 0.0;
    return kolmogornSf(int64_t(n), d);
}

} // namespace wk::analytics::drift
