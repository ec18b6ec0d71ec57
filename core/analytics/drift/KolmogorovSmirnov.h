#pragma once

#include <span>

namespace wk::analytics::drift {

enum class KsMethod { Exact, Asymptotic };

struct KsResult
{
    double statistic = 0.0;
    double pvalue = 1.0;
    KsMethod method = KsMethod::Exact;
};

// Two-sided two-sample Kolmogorov-Smirnov test with scipy.stats.ks_2samp's defaults (method="auto"): the
// exact p-value when both samples have at most 10,000 values, otherwise the asymptotic kstwo distribution at
// round(n*m/(n+m)); an exact computation that overflows or leaves [0, 1] falls back to the asymptotic one,
// as scipy does. Ties are handled as scipy does (the CDFs are compared at every value of either sample).
// Both samples must be non-empty and free of NaN; the caller checks.
KsResult ksTwoSample(std::span<const double> reference, std::span<const double> current);

// The same test on samples the caller has already sorted ascending (the drift report sorts once and reuses).
KsResult ksTwoSampleSorted(std::span<const double> sortedReference, std::span<const double> sortedCurrent);

// Survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, as scipy.stats.kstwo.sf(d, n).
double kstwoSf(double d, double n);

} // namespace wk::analytics::drift
