#pragma once

#include "demo/promql/Ast.h"
#include "demo/promql/Lexer.h"

#include <optional>

namespace wk::demo::promql {

// Binding strength, loosest first: or, and/unless, comparisons, + -, * / %, ^.
constexpr int kPowPrecedence = 6;
int precedence(BinaryOp op);

bool isComparison(BinaryOp op);
bool isSetOperator(BinaryOp op);

// The operator a token stands for after an operand, if any.
std::optional<BinaryOp> binaryOperator(const Token& token);

// sum, avg, min, max, count, in any case.
std::optional<AggregateOp> aggregateOperator(const Token& token);

// Real PromQL aggregations and functions the demo does not evaluate, named in errors so a dashboard author
// knows the query is valid, just not here.
bool isUnsupportedPromql(const Token& token);

// Words that cannot be a metric name: by, without, on, ignoring, bool, offset, and, or, unless, ...
bool isReservedKeyword(const Token& token);

} // namespace wk::demo::promql
