#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper drift --reference R.csv --current C.csv [--columns a,b] [--categorical a,b] [--test NAME]
// [--format table|json]. Exit 0 whether or not drift is found, 2 for bad input, 1 when a file cannot be read.
int runDrift(const QStringList& arguments);

} // namespace wk::cli
