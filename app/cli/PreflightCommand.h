#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper preflight [--workspace F] [--format table|json] [--strict]: runs every panel's queries against
// their source, as the dashboards would, and reports each panel. Exit 1 when any panel fails.
int runPreflight(const QStringList& arguments);

} // namespace wk::cli
