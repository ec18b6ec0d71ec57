#include "analytics/drift/DatasetDrift.h"

using namespace Qt::StringLiterals;

namespace wk::analytics::drift {

namespace {

constexpr qsizetype minimumValues = 2;

QStringList namesOf(const CsvTable& table)
{
    QStringList names;
    for (const CsvColumn& column : table.columns)
        names.append(column.name);
    return names;
}

Result<QStringList> chosenColumns(const CsvTable& reference, const CsvTable& current, const DatasetOptions& options)
{
    const QStringList inReference = namesOf(reference);
    const QStringList inCurrent = namesOf(current);
    for (const QString& name : options.columns + options.categorical) {
        for (const auto& [names, file] :
            {std::pair{&inReference, &options.referenceName}, std::pair{&inCurrent, &options.currentName}}) {
            if (!names->contains(name)) {
                return makeError(ErrorCode::BadQuery,
                    u"%1 has no column \"%2\" (its columns: %3)"_s.arg(*file, name, names->join(u", "_s)));
            }
        }
    }
    if (!options.columns.isEmpty())
        return options.columns;
    for (const QString& name : inReference) {
        if (!inCurrent.contains(name)) {
            return makeError(ErrorCode::BadQuery,
                u"column \"%1\" is in %2 but not in %3 (choose columns with --columns)"_s.arg(
                    name, options.referenceName, options.currentName));
        }
    }
    for (const QString& name : inCurrent) {
        if (!inReference.contains(name)) {
            return makeError(ErrorCode::BadQuery,
                u"column \"%1\" is in %2 but not in %3 (choose columns with --columns)"_s.arg(
                    name, options.currentName, options.referenceName));
        }
    }
    return inReference;
}

Result<void> checkEnough(qsizetype usable, const SkippedCells& skipped, const QString& file, const QString& column)
{
    if (usable >= minimumValues)
        return {};
    return makeError(ErrorCode::BadQuery,
        u"%1, column \"%2\": only %3 of %4 cells usable (%5 empty, %6 not numbers); drift needs at least %7"_s
            .arg(file, column)
            .arg(usable)
            .arg(usable + skipped.empty + skipped.nonNumeric)
            .arg(skipped.empty)
            .arg(skipped.nonNumeric)
            .arg(minimumValues));
}

} // namespace

Result<std::vector<ColumnReport>> datasetDrift(
    const CsvTable& reference, const CsvTable& current, const DatasetOptions& options)
{
    const auto names = chosenColumns(reference, current, options);
    if (!names)
        return std::unexpected(names.error());
    std::vector<ColumnReport> reports;
    for (const QString& name : *names) {
        const CsvColumn& referenceColumn = *reference.column(name);
        const CsvColumn& currentColumn = *current.column(name);
        ColumnReport report;
        report.name = name;
        const bool numerical
            = !options.categorical.contains(name) && detectKind(referenceColumn) == ColumnKind::Numerical;
        // Both files need enough usable values in the column; the first that lacks them is named.
        auto checkBoth = [&](const auto& referenceCells, const auto& currentCells) -> Result<void> {
            if (auto enough = checkEnough(
                    qsizetype(referenceCells.values.size()), referenceCells.skipped, options.referenceName, name);
                !enough)
                return enough;
            return checkEnough(qsizetype(currentCells.values.size()), currentCells.skipped, options.currentName, name);
        };
        Result<ColumnDrift> drift;
        if (numerical) {
            NumericalCells referenceCells = numericalCells(referenceColumn);
            NumericalCells currentCells = numericalCells(currentColumn);
            report.referenceSkipped = referenceCells.skipped;
            report.currentSkipped = currentCells.skipped;
            if (auto enough = checkBoth(referenceCells, currentCells); !enough)
                return std::unexpected(enough.error());
            drift = numericalDrift(std::move(referenceCells.values), std::move(currentCells.values), options.drift);
        } else {
            const CategoricalCells referenceCells = categoricalCells(referenceColumn);
            const CategoricalCells currentCells = categoricalCells(currentColumn);
            report.referenceSkipped = referenceCells.skipped;
            report.currentSkipped = currentCells.skipped;
            if (auto enough = checkBoth(referenceCells, currentCells); !enough)
                return std::unexpected(enough.error());
            drift = categoricalDrift(referenceCells.values, currentCells.values, options.drift);
        }
        if (!drift)
            return makeError(drift.error().code, u"column \"%1\": %2"_s.arg(name, drift.error().detail));
        report.drift = std::move(*drift);
        reports.push_back(std::move(report));
    }
    return reports;
}

} // namespace wk::analytics::drift
