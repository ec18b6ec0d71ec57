#pragma once

#include "common/Error.h"
#include "reports/ManagerReport.h"
#include "reports/ReportTables.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace wk::cli {

// watchkeeper report (--input alerts.json | --since 30d [--archive FILE]) [--team T] [--time-zone ZONE]
//     [--format table|json|csv|pdf] [--table ID] [--output FILE|DIR] [--daily] [--strict]
// The managers' report over an exported list of Opsgenie alerts or the console's archive.
int runReport(const QStringList& arguments);

// Lays the report out as a PDF. The headless library cannot draw, so the GUI binary sets this before it runs a
// report that asks for --format pdf (see needsPainting()).
using ReportPdfWriter = std::function<Result<QByteArray>(
    const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos, const QString& filters)>;
void setReportPdfWriter(ReportPdfWriter writer);

// Whether this command line asks for something only a GUI application can make (a PDF with charts).
bool needsPainting(const QStringList& arguments);

} // namespace wk::cli
