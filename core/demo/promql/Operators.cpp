#include "demo/promql/Operators.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

using Kind = Token::Kind;

} // namespace

int precedence(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Or:
        return 1;
    case BinaryOp::And:
    case BinaryOp::Unless:
        return 2;
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Gt:
    case BinaryOp::Lt:
    case BinaryOp::Ge:
    case BinaryOp::Le:
        return 3;
    case BinaryOp::Add:
    case BinaryOp::Sub:
        return 4;
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod:
        return 5;
    case BinaryOp::Pow:
        return kPowPrecedence;
    }
    return 0;
}

bool isComparison(BinaryOp op)
{
    return op == BinaryOp::Eq || op == BinaryOp::Ne || op == BinaryOp::Gt || op == BinaryOp::Lt || op == BinaryOp::Ge
        || op == BinaryOp::Le;
}

bool isSetOperator(BinaryOp op)
{
    return op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Unless;
}

std::optional<BinaryOp> binaryOperator(const Token& token)
{
    switch (token.kind) {
    case Kind::Add:
        return BinaryOp::Add;
    case Kind::Sub:
        return BinaryOp::Sub;
    case Kind::Mul:
        return BinaryOp::Mul;
    case Kind::Div:
        return BinaryOp::Div;
    case Kind::Mod:
        return BinaryOp::Mod;
    case Kind::Pow:
        return BinaryOp::Pow;
    case Kind::EqEq:
        return BinaryOp::Eq;
    case Kind::NotEq:
        return BinaryOp::Ne;
    case Kind::Gt:
        return BinaryOp::Gt;
    case Kind::Lt:
        return BinaryOp::Lt;
    case Kind::Ge:
        return BinaryOp::Ge;
    case Kind::Le:
        return BinaryOp::Le;
    case Kind::Identifier:
        if (isKeyword(token, u"and"))
            return BinaryOp::And;
        if (isKeyword(token, u"or"))
            return BinaryOp::Or;
        if (isKeyword(token, u"unless"))
            return BinaryOp::Unless;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<AggregateOp> aggregateOperator(const Token& token)
{
    if (isKeyword(token, u"sum"))
        return AggregateOp::Sum;
    if (isKeyword(token, u"avg"))
        return AggregateOp::Avg;
    if (isKeyword(token, u"min"))
        return AggregateOp::Min;
    if (isKeyword(token, u"max"))
        return AggregateOp::Max;
    if (isKeyword(token, u"count"))
        return AggregateOp::Count;
    return std::nullopt;
}

bool isUnsupportedPromql(const Token& token)
{
    static const QStringList names = {u"topk"_s, u"bottomk"_s, u"quantile"_s, u"stddev"_s, u"stdvar"_s,
        u"count_values"_s, u"group"_s, u"label_replace"_s, u"label_join"_s, u"predict_linear"_s, u"deriv"_s,
        u"idelta"_s, u"resets"_s, u"changes"_s, u"absent"_s, u"absent_over_time"_s, u"quantile_over_time"_s,
        u"stddev_over_time"_s, u"stdvar_over_time"_s, u"timestamp"_s, u"sort"_s, u"sort_desc"_s, u"histogram_count"_s,
        u"histogram_sum"_s, u"histogram_fraction"_s, u"holt_winters"_s, u"day_of_week"_s, u"hour"_s, u"minute"_s};
    return token.kind == Kind::Identifier && names.contains(token.text.toLower());
}

bool isReservedKeyword(const Token& token)
{
    for (QStringView keyword : {u"by", u"without", u"on", u"ignoring", u"group_left", u"group_right", u"bool",
             u"offset", u"and", u"or", u"unless"}) {
        if (isKeyword(token, keyword))
            return true;
    }
    return false;
}

} // namespace wk::demo::promql
