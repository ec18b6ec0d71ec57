#include "cli/TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr qsizetype minLastColumn = 20;
constexpr qsizetype gap = 2;

} // namespace

QString elided(const QString& text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    return text.left(std::max<qsizetype>(0, width - 1)) + u'…';
}

QString textTable(
    const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned, int maxWidth)
{
    qsizetype columns = header.size();
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    QList<qsizetype> width(columns);
    for (qsizetype i = 0; i < columns; ++i) {
        width[i] = header.value(i).size();
        for (const QStringList& row : rows)
            width[i] = std::max(width[i], row.value(i).size());
    }
    qsizetype lastWidth = -1; // uncut
    if (maxWidth > 0 && columns > 0) {
        qsizetype used = 0;
        for (qsizetype i = 0; i + 1 < columns; ++i)
            used += width[i] + gap;
        lastWidth = std::max(minLastColumn, qsizetype(maxWidth) - used);
    }
    auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < columns; ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                out += QString(gap, u' ');
            if (i + 1 == columns)
                out += lastWidth < 0 ? cell : elided(cell, lastWidth);
            else
                out += rightAligned.contains(int(i)) ? cell.rightJustified(width[i]) : cell.leftJustified(width[i]);
        }
        // A short last cell leaves the padding of the columns before it: trim it.
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = header.isEmpty() ? QString() : line(header);
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

} // namespace wk::cli
