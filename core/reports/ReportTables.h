#pragma once

#include "common/Error.h"
#include "reports/ManagerReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace wk::reports {

// How a cell reads: a CSV keeps the number (seconds rounded to the millisecond, a ratio as 0.0734), a person
// reads "4m 12s" or "7.3 %".
enum class CellKind { Text, Count, Seconds, Ratio };

struct ReportTable
{
    QString id;    // "weekly": the CSV file's name and the command line's --table
    QString title; // "MTTA and MTTR per week"
    QStringList columns;
    QList<CellKind> kinds;       // one per column
    QList<QList<QVariant>> rows; // a null QVariant is "no figure" (nothing to average)
    QString note;                // printed under the table: what it counts
};

// The SLO compliance of one SLO over the report's period, as the caller asked its source.
struct SloCompliance
{
    QString name;
    double objective = 0.999;
    std::optional<double> achieved;     // 1 - the error ratio over the period; nothing when there was no traffic
    std::optional<double> budgetBurned; // of the SLO's own period's budget
    QString error;                      // why there is no figure
    bool met() const { return achieved && *achieved >= objective; }
};

// Every table of the report, in the order the report prints them: targets, weekly, groups, team_volume,
// interruptions, noisy, then slo when `slos` has any.
QList<ReportTable> reportTables(const ManagerReport& report, const QList<SloCompliance>& slos = {});
QStringList reportTableIds(); // the ids above, for --table

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break; numbers as numbers.
QByteArray tableCsv(const ReportTable& table);
// Every table as `<id>.csv` in `folder` (made when missing), each written whole or not at all.
Result<void> writeTablesCsv(const QList<ReportTable>& tables, const QString& folder);
// For people: durations as "4m 12s", ratios as "7.3 %", "-" for no figure.
QString cellText(const QVariant& value, CellKind kind);
QString csvField(const QString& text);
// The word a missed target's status starts with ("MISSED", translated), for views that colour it.
QString missedText();

// The formulas: (name, text), printed under every report and in the JSON's `definitions`.
QList<std::pair<QString, QString>> reportDefinitions();

} // namespace wk::reports
