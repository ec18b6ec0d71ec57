#pragma once

#include "analytics/drift/ColumnDrift.h"
#include "analytics/drift/CsvTable.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace wk::analytics::drift {

// Cells left out of the statistics, counted so the report can say so rather than guess a value for them.
struct SkippedCells
{
    qsizetype empty = 0;      // nothing but spaces or tabs
    qsizetype nonNumeric = 0; // in a numerical column: not a finite number
};

// A finite number in the C locale ("1.5", "-2e3", "+7"), spaces and tabs around it allowed; nullopt for anything
// else, including "nan", "inf" and numbers out of double's range.
std::optional<double> parseCsvNumber(QByteArrayView cell);

bool isEmptyCell(QByteArrayView cell);

// Numerical when most (more than half) of the non-empty cells are numbers: a stray "n/a" in a column of numbers is
// then counted and skipped instead of turning thousands of numbers into categories. A column without a
// non-empty cell is categorical.
ColumnKind detectKind(const CsvColumn& column);

struct NumericalCells
{
    std::vector<double> values;
    SkippedCells skipped;
};

struct CategoricalCells
{
    std::vector<QString> values; // the cells as written (UTF-8), not trimmed
    SkippedCells skipped;
};

NumericalCells numericalCells(const CsvColumn& column);
CategoricalCells categoricalCells(const CsvColumn& column);

} // namespace wk::analytics::drift
