#include "analytics/drift/ColumnDrift.h"

#include "analytics/drift/BinCounts.h"
#include "analytics/drift/JensenShannon.h"
#include "analytics/drift/PopulationStability.h"
#include "analytics/drift/Wasserstein.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::analytics::drift {

namespace {

constexpr qsizetype namedUnseen = 5; // a warning names this many unseen categories, then says how many more

// Distinct values of two ascending samples together, counting no further than `limit + 1`.
std::size_t distinctOfBoth(std::span<const double> a, std::span<const double> b, std::size_t limit)
{
    std::size_t distinct = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while ((i < a.size() || j < b.size()) && distinct <= limit) {
        const double value = j == b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.size() && a[i] == value)
            ++i;
        while (j < b.size() && b[j] == value)
            ++j;
        ++distinct;
    }
    return distinct;
}

bool applies(DriftTest test, ColumnKind kind)
{
    switch (test) {
    case DriftTest::Ks:
    case DriftTest::Wasserstein:
        return kind == ColumnKind::Numerical;
    case DriftTest::ChiSquare:
        return kind == ColumnKind::Categorical;
    case DriftTest::JensenShannon:
        return true;
    }
    return false;
}

DriftTest defaultTest(const ColumnDrift& drift)
{
    const bool small = drift.referenceSize <= pValueTestMaxReference;
    if (drift.kind == ColumnKind::Numerical)
        return small ? DriftTest::Ks : DriftTest::Wasserstein;
    return small ? DriftTest::ChiSquare : DriftTest::JensenShannon;
}

// The forced test where it applies; otherwise the default, with a warning that says why.
DriftTest chooseTest(const DriftOptions& options, ColumnDrift& drift)
{
    if (!options.test)
        return defaultTest(drift);
    if (applies(*options.test, drift.kind))
        return *options.test;
    const QString why = drift.numbersAsCategories
        ? u"it has at most %1 distinct values and is analysed as categorical"_s.arg(maxDistinctForCategories)
        : u"it is %1"_s.arg(columnKindName(drift.kind));
    const DriftTest fallback = defaultTest(drift);
    drift.warnings.append(u"the %1 test does not apply to this column (%2): the verdict uses %3"_s.arg(
        driftTestName(*options.test), why, driftTestName(fallback)));
    return fallback;
}

double scoreOf(const ColumnDrift& drift)
{
    switch (drift.test) {
    case DriftTest::Ks:
        return drift.ks->pvalue;
    case DriftTest::ChiSquare:
        return drift.chiSquare->pvalue;
    case DriftTest::Wasserstein:
        return *drift.wassersteinNormed;
    case DriftTest::JensenShannon:
        return drift.jensenShannon;
    }
    return 0.0;
}

ColumnDrift decide(ColumnDrift drift, const DriftOptions& options)
{
    drift.test = chooseTest(options, drift);
    drift.score = scoreOf(drift);
    drift.threshold = defaultThreshold(drift.test);
    drift.drift = isPValueTest(drift.test) ? drift.score < drift.threshold : drift.score >= drift.threshold;
    const std::size_t largest = std::max(drift.referenceSize, drift.currentSize);
    if (isPValueTest(drift.test) && largest > largeSampleWarning) {
        const QString effect = drift.kind == ColumnKind::Numerical ? u"wasserstein_normed"_s : u"jensen_shannon"_s;
        drift.warnings.append(u"the %1 p-value comes from %2 values: at this size almost any shift is significant; "
                              u"judge by the effect size (psi, %3)"_s.arg(driftTestName(drift.test))
                                  .arg(largest)
                                  .arg(effect));
    }
    return drift;
}

void binnedMeasures(ColumnDrift& drift, const BinCounts& bins)
{
    const std::vector<double> reference = sharesOf(bins.reference, drift.referenceSize);
    const std::vector<double> current = sharesOf(bins.current, drift.currentSize);
    drift.psi = populationStabilityIndex(reference, current);
    drift.jensenShannon = jensenShannonDistance(reference, current);
}

// The categorical measures over bins that are categories (or values), `label(i)` naming bin i.
template <typename Label> void categoricalMeasures(ColumnDrift& drift, const BinCounts& bins, Label label)
{
    drift.kind = ColumnKind::Categorical;
    binnedMeasures(drift, bins);
    drift.chiSquare = chiSquareTest(bins.reference, bins.current);
    for (std::size_t i = 0; i < bins.size(); ++i) {
        if (bins.reference[i] == 0)
            drift.unseenCategories.append(label(i));
    }
    if (drift.unseenCategories.isEmpty())
        return;
    QStringList named = drift.unseenCategories.first(std::min(namedUnseen, drift.unseenCategories.size()));
    if (drift.unseenCategories.size() > namedUnseen)
        named.append(u"%1 more"_s.arg(drift.unseenCategories.size() - namedUnseen));
    const qsizetype unseen = drift.unseenCategories.size();
    drift.warnings.append(u"%1 %2 of the current sample never %3 in the reference (%4): the chi-square statistic is "
                          u"infinite and its p-value 0"_s.arg(unseen)
                              .arg(unseen == 1 ? u"category"_s : u"categories"_s,
                                  unseen == 1 ? u"occurs"_s : u"occur"_s, named.join(u", "_s)));
}

} // namespace

QString columnKindName(ColumnKind kind)
{
    return kind == ColumnKind::Numerical ? u"numerical"_s : u"categorical"_s;
}

QString driftTestName(DriftTest test)
{
    switch (test) {
    case DriftTest::Ks:
        return u"ks"_s;
    case DriftTest::ChiSquare:
        return u"chisquare"_s;
    case DriftTest::Wasserstein:
        return u"wasserstein"_s;
    case DriftTest::JensenShannon:
        return u"jensenshannon"_s;
    }
    return {};
}

std::optional<DriftTest> driftTestFromName(QStringView name)
{
    for (const DriftTest test :
        {DriftTest::Ks, DriftTest::ChiSquare, DriftTest::Wasserstein, DriftTest::JensenShannon}) {
        if (name == driftTestName(test))
            return test;
    }
    return std::nullopt;
}

bool isPValueTest(DriftTest test)
{
    return test == DriftTest::Ks || test == DriftTest::ChiSquare;
}

double defaultThreshold(DriftTest test)
{
    return isPValueTest(test) ? 0.05 : 0.1;
}

Result<ColumnDrift> numericalDrift(
    std::vector<double> reference, std::vector<double> current, const DriftOptions& options)
{
    if (reference.empty() || current.empty())
        return makeError(ErrorCode::BadQuery, u"drift needs at least one value in each sample"_s);
    const auto notFinite = [](double value) { return !std::isfinite(value); };
    if (std::ranges::any_of(reference, notFinite) || std::ranges::any_of(current, notFinite))
        return makeError(ErrorCode::BadQuery, u"drift needs finite values (no NaN or infinity)"_s);
    ColumnDrift drift;
    drift.referenceSize = reference.size();
    drift.currentSize = current.size();
    const double referenceStd = populationStd(reference); // before sorting: numpy sums in the given order
    std::ranges::sort(reference);
    std::ranges::sort(current);
    const double low = std::min(reference.front(), current.front());
    const double high = std::max(reference.back(), current.back());
    if (!std::isfinite(high - low))
        return makeError(ErrorCode::BadQuery, u"the values span more than a double can hold"_s);

    if (distinctOfBoth(reference, current, maxDistinctForCategories) <= maxDistinctForCategories) {
        drift.numbersAsCategories = true;
        const BinCounts bins = valueBins(reference, current);
        categoricalMeasures(drift, bins,
            [&](std::size_t i) { return QString::number(bins.values[i], 'g', QLocale::FloatingPointShortest); });
        return decide(std::move(drift), options);
    }
    drift.kind = ColumnKind::Numerical;
    drift.ks = ksTwoSampleSorted(reference, current);
    binnedMeasures(drift, numericalBins(reference, current));
    drift.wassersteinNormed = normedWasserstein(wassersteinDistanceSorted(reference, current), referenceStd);
    return decide(std::move(drift), options);
}

Result<ColumnDrift> categoricalDrift(
    std::span<const QString> reference, std::span<const QString> current, const DriftOptions& options)
{
    if (reference.empty() || current.empty())
        return makeError(ErrorCode::BadQuery, u"drift needs at least one value in each sample"_s);
    ColumnDrift drift;
    drift.referenceSize = reference.size();
    drift.currentSize = current.size();
    const BinCounts bins = categoryBins(reference, current);
    categoricalMeasures(drift, bins, [&](std::size_t i) { return bins.categories[i]; });
    return decide(std::move(drift), options);
}

} // namespace wk::analytics::drift
