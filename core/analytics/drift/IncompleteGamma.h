#pragma once

namespace wk::analytics::drift {

// The upper regularized incomplete gamma function Q(a, x) = Gamma(a, x) / Gamma(a) for a > 0 and x >= 0, as
// scipy.special.gammaincc: by its power series when x < a + 1 (Q = 1 - P) and by its continued fraction
// otherwise, so a small upper tail keeps its relative accuracy. NaN outside the domain.
double regularizedGammaQ(double a, double x);

// The survival function of the chi-square distribution with k > 0 degrees of freedom, Q(k / 2, x / 2), as
// scipy.stats.chi2.sf(x, k) (scipy.special.chdtrc(k, x)). 1 for x <= 0, 0 for x = +infinity.
double chiSquareSf(double x, double k);

} // namespace wk::analytics::drift
