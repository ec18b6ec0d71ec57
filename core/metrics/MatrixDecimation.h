#pragma once

#include "metrics/MetricsTypes.h"

namespace wk::metrics {

// Min/max per column for every series of a matrix longer than two points per column; other results untouched.
void decimateMatrix(QueryResult& result, int columns);

} // namespace wk::metrics
