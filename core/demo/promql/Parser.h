#pragma once

#include "common/Error.h"
#include "demo/promql/Ast.h"

#include <QString>

namespace wk::demo::promql {

// Parses and type-checks the PromQL subset the demo evaluator supports. Errors have code BadQuery and a
// Prometheus-like detail ("parse error at char 17: unexpected \")\"").
Result<ExprPtr> parse(const QString& expr);

} // namespace wk::demo::promql
