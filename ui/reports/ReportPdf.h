#pragma once

#include "common/Error.h"
#include "reports/ManagerReport.h"
#include "reports/ReportTables.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

class QChart;

namespace wk::ui {

// What the report is about, for its heading: "Team payments, P1, last 30 days".
struct ReportHeading
{
    QString title;   // "Alert report"
    QString filters; // the filters that were set, in words; empty: every alert
};

// A chart drawn on an image of its own (at 2x for print), for the PDF and the view's "copy chart".
QImage chartImage(QChart* chart, QSize size);

// The whole report as an A4 landscape PDF: heading, the headline figures against their targets, the charts (MTTA and
// MTTR per week, volume per team per week with its target, interruptions), every table and the formulas.
Result<QByteArray> reportPdf(
    const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos, const ReportHeading& heading);
// The same, written whole or not at all.
Result<void> writeReportPdf(const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos,
    const ReportHeading& heading, const QString& path);

// The report's HTML, as the PDF lays it out (charts referenced as "chart:mtta", "chart:mttr", "chart:volume",
// "chart:interruptions").
QString reportHtml(
    const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos, const ReportHeading& heading);

} // namespace wk::ui
