#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper query [--source NAME | --url URL] EXPR [--time T | --start T --end T --step S] [--format table|json]
int runQuery(const QStringList& arguments);

} // namespace wk::cli
