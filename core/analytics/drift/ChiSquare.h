#pragma once

#include <cstdint>
#include <span>

namespace wk::analytics::drift {

struct ChiSquareResult
{
    double statistic = 0.0; // +infinity when a current category never occurs in the reference
    double pvalue = 1.0;
    int degreesOfFreedom = 0;
};

// Evidently's chi-square test (chisquare_stattest): scipy.stats.chisquare(current_counts, f_exp) over the union of
// categories with f_exp = reference_count * (n_current / n_reference), degrees of freedom = categories - 1.
// A category seen in the current sample but never in the reference has an expected count of 0: its term, and
// so the statistic, is +infinity and the p-value 0, exactly as scipy answers Evidently (the current data holds
// something the reference says cannot happen). With a single category there is nothing to test (scipy's
// p-value is NaN there): the p-value is 1. Counts per category, same length, each side with a positive total.
ChiSquareResult chiSquareTest(
    std::span<const std::int64_t> referenceCounts, std::span<const std::int64_t> currentCounts);

} // namespace wk::analytics::drift
