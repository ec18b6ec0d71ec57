#pragma once

#include "demo/promql/SeriesSource.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>
#include <vector>

namespace wk::demo::promql {

enum class ValueType { Scalar, InstantVector, RangeVector, String };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct NumberLiteral
{
    double value = 0.0;
};

// A label matcher whose regex (if any) was compiled once, anchored as ^(?:re)$ like Prometheus.
struct LabelMatcher
{
    Matcher matcher;
    QRegularExpression regex;

    // A missing label matches as the empty value, as in Prometheus.
    bool matches(const QString& value) const
    {
        switch (matcher.op) {
        case Matcher::Op::Equal:
            return value == matcher.value;
        case Matcher::Op::NotEqual:
            return value != matcher.value;
        case Matcher::Op::Regex:
            return regex.match(value).hasMatch();
        case Matcher::Op::NotRegex:
            return !regex.match(value).hasMatch();
        }
        return false;
    }
};

struct VectorSelector
{
    QString metricName; // empty for `{__name__="m"}`; the __name__ matcher is in `matchers` either way
    std::vector<LabelMatcher> matchers;
    qint64 offsetMs = 0;
};

struct MatrixSelector
{
    VectorSelector selector;
    qint64 rangeMs = 0;
};

enum class FunctionId {
    Rate,
    Irate,
    Increase,
    Delta,
    AvgOverTime,
    MinOverTime,
    MaxOverTime,
    SumOverTime,
    CountOverTime,
    LastOverTime,
    HistogramQuantile,
    Time,
    Abs,
    Ceil,
    Floor,
    Round,
    Sqrt,
    Exp,
    Ln,
    Log2,
    Log10,
    ClampMin,
    ClampMax,
    Clamp,
    Vector,
    Scalar,
};

struct Call
{
    FunctionId function = FunctionId::Time;
    QString name;
    std::vector<ExprPtr> args;
};

enum class AggregateOp { Sum, Avg, Min, Max, Count };

struct Aggregate
{
    AggregateOp op = AggregateOp::Sum;
    ExprPtr expr;
    QStringList grouping;
    bool without = false; // `without (...)`; otherwise `by (...)`, where an empty list means one group
};

enum class BinaryOp { Add, Sub, Mul, Div, Mod, Pow, Eq, Ne, Gt, Lt, Ge, Le, And, Or, Unless };

struct Binary
{
    BinaryOp op = BinaryOp::Add;
    ExprPtr lhs;
    ExprPtr rhs;
    bool returnBool = false;
    bool on = false; // true: match on `matchingLabels` only; false: ignore them (and __name__)
    QStringList matchingLabels;
};

struct Negation
{
    ExprPtr expr;
};

struct Expr
{
    std::variant<NumberLiteral, VectorSelector, MatrixSelector, Call, Aggregate, Binary, Negation> node;
    ValueType type = ValueType::Scalar;
    int position = 0; // offset of the node's first character in the query, for messages
};

inline ExprPtr makeExpr(decltype(Expr::node) node, ValueType type, int position)
{
    auto expr = std::make_unique<Expr>();
    expr->node = std::move(node);
    expr->type = type;
    expr->position = position;
    return expr;
}

} // namespace wk::demo::promql
