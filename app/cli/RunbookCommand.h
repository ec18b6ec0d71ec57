#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper runbook validate FILE... [--format text|json]. Exit 0 when every file is a valid runbook, 2 when
// any is invalid, 1 when a file cannot be read (the check could not be made).
int runRunbook(const QStringList& arguments);

} // namespace wk::cli
