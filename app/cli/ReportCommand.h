#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper report --input alerts.json [--format table|json|csv] [--daily] [--strict]
// MTTA, MTTR, MTTD, escalation rate and alerts closed without action over an exported list of Opsgenie alerts.
int runReport(const QStringList& arguments);

} // namespace wk::cli
