#pragma once

#include "common/Error.h"
#include "demo/promql/Ast.h"
#include "demo/promql/Value.h"

namespace wk::demo::promql {

// Applies `node`'s operator to already evaluated operands: scalar/scalar, scalar/vector, one-to-one vector
// matching (on/ignoring) and the set operators and/or/unless. Comparisons filter unless `bool` is given.
Result<Value> evaluateBinary(const Binary& node, Value lhs, Value rhs);

} // namespace wk::demo::promql
