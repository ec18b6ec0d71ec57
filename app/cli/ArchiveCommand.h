#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper archive import (--since 90d | --from DATE [--to DATE]) [--archive FILE] [connection options]
// Reads the alert service's history of a date range (every alert created in it, with its activity log and notes)
// into the console's alert archive, so reports cover periods the console was not running and outlive the vendor
// account. Alerts the console already archived live are not counted twice; importing again adds only what is new.
int runArchive(const QStringList& arguments);

} // namespace wk::cli
