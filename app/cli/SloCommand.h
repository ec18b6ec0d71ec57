#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper slo --objective 0.999 [--period 30d] [--preset sloth|pyrra] --input F.csv [--at T] [--format json]
// Burn rates, multi-window alerts and error budget from a CSV of cumulative counters (timestamp,total,errors).
int runSlo(const QStringList& arguments);

} // namespace wk::cli
