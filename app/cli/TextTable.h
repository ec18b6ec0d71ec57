#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wk::cli {

// A plain table for a terminal: each column as wide as its widest cell, two spaces apart; the last column is not
// padded, and is cut with "…" when a line would be wider than `maxWidth` (0: never), keeping at least 20 characters.
// An empty header prints no header line (key: value lists).
QString textTable(
    const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned = {}, int maxWidth = 0);

// `text` cut to `width` characters with "…" at the end when longer.
QString elided(const QString& text, qsizetype width);

} // namespace wk::cli
