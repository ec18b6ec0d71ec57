#pragma once

#include "analytics/drift/DatasetDrift.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace wk::cli {

// {"reference": file, "current": file, "drifted": n, "columns": [{"name", "kind", "n_reference", "n_current",
// "ks": {"statistic", "pvalue", "method"}, "psi", "wasserstein_normed", "jensen_shannon",
// "chi_square": {"statistic", "pvalue", "df"}, "test", "score", "threshold", "drift",
// "skipped": {"reference": {"empty", "non_numeric"}, "current": {...}}, "warnings": [...]}]}.
// "ks" and "wasserstein_normed" only for numerical columns, "chi_square" only for categorical ones; a numerical
// column analysed as categorical has "values_as_categories": true, and categories the reference never has are
// listed in "unseen_categories". Every number is finite: an infinite chi-square statistic is null.
QByteArray driftJson(const QString& referenceFile, const QString& currentFile,
    const std::vector<analytics::drift::ColumnReport>& reports);

// A table for people, one line per column, then the warnings and skipped cells, then how many columns drifted.
QByteArray driftTable(const QString& referenceFile, const QString& currentFile,
    const std::vector<analytics::drift::ColumnReport>& reports);

} // namespace wk::cli
