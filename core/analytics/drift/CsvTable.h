#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <vector>

namespace wk::analytics::drift {

// One column of a CSV file: its cells back to back in one buffer (a million rows cost no million allocations).
struct CsvColumn
{
    QString name;
    QByteArray text;             // the cells' bytes, unquoted, one after another
    std::vector<qsizetype> ends; // where each cell ends in `text`

    qsizetype size() const { return qsizetype(ends.size()); }
    QByteArrayView cell(qsizetype row) const
    {
        const qsizetype begin = row == 0 ? 0 : ends[std::size_t(row) - 1];
        return QByteArrayView(text).sliced(begin, ends[std::size_t(row)] - begin);
    }
};

struct CsvTable
{
    std::vector<CsvColumn> columns;

    qsizetype rowCount() const { return columns.empty() ? 0 : columns.front().size(); }
    const CsvColumn* column(QStringView name) const;
};

// A CSV file with a header row (RFC 4180): comma-separated fields, double-quoted fields that may hold commas,
// line breaks and doubled quotes, LF or CRLF line ends, an optional UTF-8 byte order mark. Header names are
// trimmed; blank lines are skipped. A parse error names the line: an empty file, a header without data rows,
// a row whose field count differs from the header's, an unclosed quote, text after a closing quote, and an
// empty or repeated column name.
Result<CsvTable> parseCsv(QByteArrayView bytes);

} // namespace wk::analytics::drift
