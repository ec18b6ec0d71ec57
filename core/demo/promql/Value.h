#pragma once

#include "metrics/MetricsTypes.h"

#include <variant>

namespace wk::demo::promql {

// What an expression evaluates to at one instant: a scalar or an instant vector. Range vectors never
// materialise; the functions that take them sample the source directly.
using Value = std::variant<double, metrics::Vector>;

} // namespace wk::demo::promql
