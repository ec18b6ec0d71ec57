#pragma once

#include "demo/promql/Ast.h"
#include "demo/promql/LabelOps.h"
#include "metrics/MetricsTypes.h"

namespace wk::demo::promql {

// sum/avg/min/max/count of an instant vector per group; groups come out in order of first appearance.
metrics::Vector aggregate(AggregateOp op, const LabelGrouping& grouping, const metrics::Vector& input, qint64 timeMs);

} // namespace wk::demo::promql
