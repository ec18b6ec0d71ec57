#pragma once

#include "analytics/drift/ColumnDrift.h"
#include "analytics/drift/CsvCells.h"
#include "analytics/drift/CsvTable.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace wk::analytics::drift {

struct DatasetOptions
{
    QString referenceName; // how messages name the files, e.g. their paths
    QString currentName;
    QStringList columns;     // the columns to compare; empty: every column (both files must have the same ones)
    QStringList categorical; // columns to treat as categorical whatever their cells look like
    DriftOptions drift;
};

struct ColumnReport
{
    QString name;
    ColumnDrift drift;
    SkippedCells referenceSkipped;
    SkippedCells currentSkipped;
};

// The drift of every chosen column between two CSV tables. A column's kind comes from its reference cells
// (detectKind); the current file's cells are read the same way, its non-numbers counted and skipped. Every
// error is about the input, names the file and the column, and is returned before any statistic: a column
// missing from either file, an unknown name in `columns` or `categorical`, fewer than 2 usable values in a
// file.
Result<std::vector<ColumnReport>> datasetDrift(
    const CsvTable& reference, const CsvTable& current, const DatasetOptions& options);

} // namespace wk::analytics::drift
