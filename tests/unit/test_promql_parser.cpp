#include "demo/promql/Parser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk::demo::promql;

namespace {

ExprPtr parseOk(const QString& text)
{
    auto parsed = parse(text);
    EXPECT_TRUE(parsed.has_value()) << text.toStdString() << ": "
                                    << (parsed ? "" : parsed.error().detail.toStdString());
    return parsed ? std::move(*parsed) : nullptr;
}

QString parseErrorOf(const QString& text)
{
    auto parsed = parse(text);
    EXPECT_FALSE(parsed.has_value()) << text.toStdString() << " parsed";
    if (parsed)
        return {};
    EXPECT_EQ(parsed.error().code, wk::ErrorCode::BadQuery);
    return parsed.error().detail;
}

double numberOf(const QString& text)
{
    const ExprPtr expr = parseOk(text);
    const auto* number = expr ? std::get_if<NumberLiteral>(&expr->node) : nullptr;
    EXPECT_NE(number, nullptr) << text.toStdString();
    return number ? number->value : 0.0;
}

template <typename T> const T& as(const ExprPtr& expr)
{
    return std::get<T>(expr->node);
}

} // namespace

TEST(PromqlParser, NumberLiterals)
{
    EXPECT_EQ(numberOf(u"42"_s), 42.0);
    EXPECT_EQ(numberOf(u"1e3"_s), 1000.0);
    EXPECT_EQ(numberOf(u"2.5E-1"_s), 0.25);
    EXPECT_EQ(numberOf(u".5"_s), 0.5);
    EXPECT_EQ(numberOf(u"0x1f"_s), 31.0);
    EXPECT_EQ(numberOf(u"-7"_s), -7.0);
    EXPECT_EQ(numberOf(u"Inf"_s), std::numeric_limits<double>::infinity());
    EXPECT_EQ(numberOf(u"-inf"_s), -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(numberOf(u"NaN"_s)));
}

TEST(PromqlParser, SelectorWithAllMatcherKinds)
{
    const ExprPtr expr = parseOk(u"http_requests_total{a=\"x\", b!=\"y\", c=~\"re.*\", d!~'n\\\\d+',}"_s);
    ASSERT_TRUE(expr);
    EXPECT_EQ(expr->type, ValueType::InstantVector);
    const auto& selector = as<VectorSelector>(expr);
    EXPECT_EQ(selector.metricName, u"http_requests_total"_s);
    ASSERT_EQ(selector.matchers.size(), 5u);
    EXPECT_EQ(selector.matchers[0].matcher.name, u"__name__"_s);
    EXPECT_EQ(selector.matchers[1].matcher.op, Matcher::Op::Equal);
    EXPECT_EQ(selector.matchers[2].matcher.op, Matcher::Op::NotEqual);
    EXPECT_EQ(selector.matchers[3].matcher.op, Matcher::Op::Regex);
    EXPECT_EQ(selector.matchers[4].matcher.op, Matcher::Op::NotRegex);
    EXPECT_EQ(selector.matchers[4].matcher.value, u"n\\d+"_s);
    // Regexes are anchored: "re.*" matches "really" but not "are".
    EXPECT_TRUE(selector.matchers[3].matches(u"really"_s));
    EXPECT_FALSE(selector.matchers[3].matches(u"are"_s));
}

TEST(PromqlParser, NameMatcherOnlySelector)
{
    const ExprPtr expr = parseOk(u"{__name__=\"up\", job=\"api\"}"_s);
    ASSERT_TRUE(expr);
    const auto& selector = as<VectorSelector>(expr);
    EXPECT_TRUE(selector.metricName.isEmpty());
    ASSERT_EQ(selector.matchers.size(), 2u);
    EXPECT_EQ(selector.matchers[0].matcher.value, u"up"_s);
}

TEST(PromqlParser, StringEscapes)
{
    const ExprPtr expr = parseOk(u"m{a=\"q\\\"t\\n\", b=`raw\\n`, c='\\u00e9'}"_s);
    ASSERT_TRUE(expr);
    const auto& selector = as<VectorSelector>(expr);
    EXPECT_EQ(selector.matchers[1].matcher.value, u"q\"t\n"_s);
    EXPECT_EQ(selector.matchers[2].matcher.value, u"raw\\n"_s);
    EXPECT_EQ(selector.matchers[3].matcher.value, QString(QChar(0xe9)));
}

TEST(PromqlParser, RangeDurationsAndOffsets)
{
    struct Case
    {
        QString text;
        qint64 rangeMs;
    };
    for (const Case& c : {Case{u"x[30s]"_s, 30'000}, Case{u"x[5m]"_s, 300'000}, Case{u"x[1h]"_s, 3'600'000},
             Case{u"x[1d]"_s, 86'400'000}, Case{u"x[1h30m]"_s, 5'400'000}, Case{u"x[250ms]"_s, 250}}) {
        const ExprPtr expr = parseOk(c.text);
        ASSERT_TRUE(expr);
        EXPECT_EQ(expr->type, ValueType::RangeVector);
        EXPECT_EQ(as<MatrixSelector>(expr).rangeMs, c.rangeMs) << c.text.toStdString();
    }
    const ExprPtr ranged = parseOk(u"x[5m] offset 1d"_s);
    EXPECT_EQ(as<MatrixSelector>(ranged).selector.offsetMs, 86'400'000);
    const ExprPtr instant = parseOk(u"x offset 1h"_s);
    EXPECT_EQ(as<VectorSelector>(instant).offsetMs, 3'600'000);
    const ExprPtr negative = parseOk(u"x offset -5m"_s);
    EXPECT_EQ(as<VectorSelector>(negative).offsetMs, -300'000);
}

TEST(PromqlParser, AggregationGroupingBeforeOrAfter)
{
    for (const QString& text : {u"sum by (le, job) (rate(x[5m]))"_s, u"sum(rate(x[5m])) by (le, job)"_s,
             u"SUM BY (le, job,) (rate(x[5m]))"_s}) {
        const ExprPtr expr = parseOk(text);
        ASSERT_TRUE(expr);
        const auto& aggregate = as<Aggregate>(expr);
        EXPECT_EQ(aggregate.op, AggregateOp::Sum);
        EXPECT_FALSE(aggregate.without);
        EXPECT_EQ(aggregate.grouping, (QStringList{u"le"_s, u"job"_s})) << text.toStdString();
        EXPECT_EQ(as<Call>(aggregate.expr).function, FunctionId::Rate);
    }
    const ExprPtr without = parseOk(u"avg without (instance) (up)"_s);
    EXPECT_EQ(as<Aggregate>(without).op, AggregateOp::Avg);
    EXPECT_TRUE(as<Aggregate>(without).without);
    EXPECT_EQ(as<Aggregate>(without).grouping, QStringList{u"instance"_s});
}

TEST(PromqlParser, OperatorPrecedence)
{
    // 1 + (2 * 3)
    const ExprPtr sum = parseOk(u"1 + 2 * 3"_s);
    ASSERT_TRUE(sum);
    EXPECT_EQ(as<Binary>(sum).op, BinaryOp::Add);
    EXPECT_EQ(as<Binary>(as<Binary>(sum).rhs).op, BinaryOp::Mul);
    // (a - b) - c: left-associative
    const ExprPtr difference = parseOk(u"a - b - c"_s);
    EXPECT_EQ(as<Binary>(as<Binary>(difference).lhs).op, BinaryOp::Sub);
    // 2 ^ (3 ^ 2): right-associative
    const ExprPtr power = parseOk(u"2 ^ 3 ^ 2"_s);
    EXPECT_TRUE(std::holds_alternative<Binary>(as<Binary>(power).rhs->node));
    // (a / b) > 0.5 and comparisons bind looser than arithmetic
    const ExprPtr comparison = parseOk(u"a / b > 0.5"_s);
    EXPECT_EQ(as<Binary>(comparison).op, BinaryOp::Gt);
    // Parentheses win.
    const ExprPtr grouped = parseOk(u"(1 + 2) * 3"_s);
    EXPECT_EQ(as<Binary>(grouped).op, BinaryOp::Mul);
    // -(2 ^ 2), but (-a) * b
    const ExprPtr negatedPower = parseOk(u"-2 ^ 2"_s);
    EXPECT_TRUE(std::holds_alternative<Binary>(as<Negation>(negatedPower).expr->node));
    const ExprPtr negatedProduct = parseOk(u"-a * b"_s);
    EXPECT_TRUE(std::holds_alternative<Negation>(as<Binary>(negatedProduct).lhs->node));
}

TEST(PromqlParser, VectorMatchingModifiers)
{
    const ExprPtr on = parseOk(u"a / on (job, instance) b"_s);
    ASSERT_TRUE(on);
    EXPECT_TRUE(as<Binary>(on).on);
    EXPECT_EQ(as<Binary>(on).matchingLabels, (QStringList{u"job"_s, u"instance"_s}));
    const ExprPtr ignoring = parseOk(u"a - ignoring(status) b"_s);
    EXPECT_FALSE(as<Binary>(ignoring).on);
    EXPECT_EQ(as<Binary>(ignoring).matchingLabels, QStringList{u"status"_s});
    const ExprPtr boolean = parseOk(u"a > bool on(job) b"_s);
    EXPECT_TRUE(as<Binary>(boolean).returnBool);
    EXPECT_TRUE(as<Binary>(boolean).on);
    const ExprPtr scalars = parseOk(u"1 < bool 2"_s);
    EXPECT_EQ(scalars->type, ValueType::Scalar);
}

TEST(PromqlParser, FunctionSignatures)
{
    const ExprPtr quantile = parseOk(u"histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))"_s);
    ASSERT_TRUE(quantile);
    EXPECT_EQ(as<Call>(quantile).function, FunctionId::HistogramQuantile);
    EXPECT_EQ(as<Call>(quantile).args.size(), 2u);
    EXPECT_EQ(parseOk(u"time()"_s)->type, ValueType::Scalar);
    EXPECT_EQ(parseOk(u"scalar(sum(up))"_s)->type, ValueType::Scalar);
    EXPECT_EQ(parseOk(u"vector(time())"_s)->type, ValueType::InstantVector);
    EXPECT_EQ(parseOk(u"clamp_min(abs(x), 0)"_s)->type, ValueType::InstantVector);
    EXPECT_EQ(parseOk(u"round(x)"_s)->type, ValueType::InstantVector);
    EXPECT_EQ(parseOk(u"round(x, 0.5)"_s)->type, ValueType::InstantVector);
}

TEST(PromqlParser, ErrorsSayWhereAndWhat)
{
    EXPECT_EQ(parseErrorOf(u"sum(rate(x[5m])))"_s), u"parse error at char 17: unexpected \")\""_s);
    EXPECT_EQ(parseErrorOf(u"sum(rate(x[5m])"_s),
        u"parse error at char 16: unexpected end of input in aggregation \"sum\", expected \",\" or \")\""_s);
    EXPECT_EQ(parseErrorOf(u"rate(x)"_s),
        u"parse error at char 6: expected type range vector in call to function \"rate\", got instant vector"_s);
    EXPECT_EQ(parseErrorOf(u"rate(x[5m], 1)"_s),
        u"parse error at char 1: expected 1 argument(s) in call to \"rate\", got 2"_s);
    EXPECT_EQ(parseErrorOf(u"foo(x)"_s), u"parse error at char 1: unknown function with name \"foo\""_s);
    EXPECT_EQ(parseErrorOf(u"1 > 2"_s), u"parse error at char 1: comparisons between scalars must use BOOL modifier"_s);
    EXPECT_EQ(parseErrorOf(u"{job=~\".*\"}"_s),
        u"parse error at char 1: vector selector must contain at least one non-empty matcher"_s);
    EXPECT_EQ(parseErrorOf(u""_s), u"parse error at char 1: no expression found in input"_s);
    EXPECT_EQ(parseErrorOf(u"x{a=\"b}"_s), u"parse error at char 5: unterminated quoted string"_s);
    EXPECT_EQ(parseErrorOf(u"x[5]"_s),
        u"parse error at char 3: unexpected number \"5\" in range selector, expected duration"_s);
    EXPECT_EQ(
        parseErrorOf(u"x offset 1h offset 1h"_s), u"parse error at char 13: offset may not be set multiple times"_s);
    EXPECT_EQ(
        parseErrorOf(u"x offset 5m [5m]"_s), u"parse error at char 13: no offset modifiers allowed before range"_s);
    EXPECT_EQ(parseErrorOf(u"sum(x[5m])"_s),
        u"parse error at char 5: expected type instant vector in aggregation expression, got range vector"_s);
    EXPECT_EQ(parseErrorOf(u"x[5m] + 1"_s),
        u"parse error at char 1: binary expression must contain only scalar and instant vector types"_s);
    EXPECT_TRUE(
        parseErrorOf(u"x{a=~\"(\"}"_s).startsWith(u"parse error at char 6: invalid regular expression \"(\""_s));
}

TEST(PromqlParser, UnsupportedPromqlIsNamed)
{
    EXPECT_TRUE(parseErrorOf(u"rate(x[1h:5m])"_s).contains(u"subqueries are not supported"_s));
    EXPECT_TRUE(parseErrorOf(u"topk(3, x)"_s).contains(u"\"topk\" is not supported"_s));
    EXPECT_TRUE(parseErrorOf(u"a / on(job) group_left b"_s).contains(u"group_left"_s));
    EXPECT_TRUE(parseErrorOf(u"x @ 1700000000"_s).contains(u"@ modifier"_s));
    EXPECT_TRUE(parseErrorOf(u"rate(x[5m]) offset 1h"_s).contains(u"offset modifier must be preceded"_s));
    EXPECT_TRUE(parseErrorOf(u"(x) offset 1h"_s).contains(u"offset modifier must be preceded"_s));
    EXPECT_TRUE(parseErrorOf(u"(x)[5m]"_s).contains(u"subqueries are not supported"_s));
}

TEST(PromqlParser, DeepNestingIsAnErrorNotACrash)
{
    const QString deep = QString(5000, u'(') + u'1' + QString(5000, u')');
    EXPECT_TRUE(parseErrorOf(deep).contains(u"nested too deeply"_s));
}
