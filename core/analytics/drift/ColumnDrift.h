#pragma once

#include "analytics/drift/ChiSquare.h"
#include "analytics/drift/KolmogorovSmirnov.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace wk::analytics::drift {

enum class ColumnKind { Numerical, Categorical };

// The tests a drift verdict can rest on: p-value tests (drift when p < threshold) and distances (drift when
// distance >= threshold), with Evidently's names and default thresholds.
enum class DriftTest { Ks, ChiSquare, Wasserstein, JensenShannon };

QString columnKindName(ColumnKind kind); // "numerical", "categorical"
QString driftTestName(DriftTest test);   // "ks", "chisquare", "wasserstein", "jensenshannon"
std::optional<DriftTest> driftTestFromName(QStringView name);
bool isPValueTest(DriftTest test);
double defaultThreshold(DriftTest test); // 0.05 for the p-value tests, 0.1 for the distances

// Evidently's size-aware choice: up to this many reference values a p-value test, above it a distance.
inline constexpr std::size_t pValueTestMaxReference = 1000;
// A numerical column with at most this many distinct values (both samples together) is analysed as categorical.
inline constexpr std::size_t maxDistinctForCategories = 5;
// Above this many values in either sample a p-value test calls almost any shift significant (the KS test at
// n = m = 10,000 rejects at a CDF gap of 0.019); the report then says to read the effect sizes instead.
inline constexpr std::size_t largeSampleWarning = 10'000;

struct DriftOptions
{
    // The test the verdict rests on; unset: Evidently's default for the column. A test that does not apply to the
    // column (KS or Wasserstein on categories, chi-square on numbers) leaves the default, with a warning.
    std::optional<DriftTest> test;
};

// Every drift measure of one column between a reference and a current sample.
struct ColumnDrift
{
    ColumnKind kind = ColumnKind::Numerical;
    bool numbersAsCategories = false; // numerical data with few distinct values, analysed as categorical
    std::size_t referenceSize = 0;
    std::size_t currentSize = 0;
    std::optional<KsResult> ks;               // numerical only
    std::optional<double> wassersteinNormed;  // numerical only
    std::optional<ChiSquareResult> chiSquare; // categorical only
    double psi = 0.0;
    double jensenShannon = 0.0;
    DriftTest test = DriftTest::Ks;
    double score = 0.0; // the p-value or distance of `test`
    double threshold = 0.0;
    bool drift = false;
    QStringList unseenCategories; // categories of the current sample the reference never has
    QStringList warnings;
};

// Drift of a numerical column: KS, PSI and Jensen-Shannon on Evidently's bins, normed Wasserstein; or, with at most
// five distinct values, the categorical analysis over the values. Both samples non-empty and finite (an error
// otherwise); any order (the standard deviation is summed in the given order, as numpy would).
Result<ColumnDrift> numericalDrift(
    std::vector<double> reference, std::vector<double> current, const DriftOptions& options = {});

// Drift of a categorical column: chi-square against the reference shares, PSI and Jensen-Shannon on the category
// shares. Both samples non-empty.
Result<ColumnDrift> categoricalDrift(
    std::span<const QString> reference, std::span<const QString> current, const DriftOptions& options = {});

} // namespace wk::analytics::drift
