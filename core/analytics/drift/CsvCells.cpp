#include "analytics/drift/CsvCells.h"

#include <charconv>
#include <cmath>

namespace wk::analytics::drift {

namespace {

QByteArrayView trimmed(QByteArrayView cell)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!cell.isEmpty() && blank(cell.front()))
        cell = cell.sliced(1);
    while (!cell.isEmpty() && blank(cell.back()))
        cell.chop(1);
    return cell;
}

} // namespace

bool isEmptyCell(QByteArrayView cell)
{
    return trimmed(cell).isEmpty();
}

std::optional<double> parseCsvNumber(QByteArrayView cell)
{
    QByteArrayView text = trimmed(cell);
    // from_chars takes a minus sign but no plus sign; one plus sign is fine, a second sign is not.
    if (text.startsWith('+')) {
        text = text.sliced(1);
        if (text.startsWith('+') || text.startsWith('-'))
            return std::nullopt;
    }
    if (text.isEmpty())
        return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (error != std::errc{} || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ColumnKind detectKind(const CsvColumn& column)
{
    qsizetype numbers = 0;
    qsizetype others = 0;
    for (qsizetype row = 0; row < column.size(); ++row) {
        const QByteArrayView cell = column.cell(row);
        if (isEmptyCell(cell))
            continue;
        if (parseCsvNumber(cell))
            ++numbers;
        else
            ++others;
    }
    return numbers > others ? ColumnKind::Numerical : ColumnKind::Categorical;
}

NumericalCells numericalCells(const CsvColumn& column)
{
    NumericalCells cells;
    cells.values.reserve(std::size_t(column.size()));
    for (qsizetype row = 0; row < column.size(); ++row) {
        const QByteArrayView cell = column.cell(row);
        if (isEmptyCell(cell))
            ++cells.skipped.empty;
        else if (const auto number = parseCsvNumber(cell))
            cells.values.push_back(*number);
        else
            ++cells.skipped.nonNumeric;
    }
    return cells;
}

CategoricalCells categoricalCells(const CsvColumn& column)
{
    CategoricalCells cells;
    cells.values.reserve(std::size_t(column.size()));
    for (qsizetype row = 0; row < column.size(); ++row) {
        const QByteArrayView cell = column.cell(row);
        if (isEmptyCell(cell))
            ++cells.skipped.empty;
        else
            cells.values.push_back(QString::fromUtf8(cell));
    }
    return cells;
}

} // namespace wk::analytics::drift
