#include "demo/promql/SelectorParser.h"

#include "demo/promql/LabelOps.h"

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

using Kind = Token::Kind;

bool isLabelName(const Token& token)
{
    return token.kind == Kind::Identifier && !token.text.contains(u':');
}

Result<LabelMatcher> compileMatcher(Matcher matcher, int position)
{
    LabelMatcher compiled{std::move(matcher), {}};
    const Matcher::Op op = compiled.matcher.op;
    if (op == Matcher::Op::Regex || op == Matcher::Op::NotRegex) {
        // Prometheus anchors label regexes and lets `.` match newlines.
        compiled.regex = QRegularExpression(
            u"^(?:"_s + compiled.matcher.value + u")$"_s, QRegularExpression::DotMatchesEverythingOption);
        if (!compiled.regex.isValid())
            return std::unexpected(parseError(position,
                u"invalid regular expression \""_s + compiled.matcher.value + u"\": "_s
                    + compiled.regex.errorString()));
        compiled.regex.optimize();
    }
    return compiled;
}

VectorSelector* selectorOf(Expr& expr)
{
    if (auto* vector = std::get_if<VectorSelector>(&expr.node))
        return vector;
    if (auto* matrix = std::get_if<MatrixSelector>(&expr.node))
        return &matrix->selector;
    return nullptr;
}

} // namespace

SelectorParser::SelectorParser(const std::vector<Token>& tokens, std::size_t& index)
    : m_tokens(tokens)
    , m_index(index)
{ }

const Token& SelectorParser::peek() const
{
    return m_tokens[std::min(m_index, m_tokens.size() - 1)];
}

const Token& SelectorParser::next()
{
    return m_tokens[std::min(m_index++, m_tokens.size() - 1)];
}

Result<ExprPtr> SelectorParser::parseSelector(const QString& metricName, int position)
{
    VectorSelector selector;
    selector.metricName = metricName;
    if (!metricName.isEmpty())
        selector.matchers.push_back(LabelMatcher{Matcher{kMetricNameLabel, Matcher::Op::Equal, metricName}, {}});
    if (peek().kind == Kind::LeftBrace) {
        next();
        while (peek().kind != Kind::RightBrace) {
            auto matcher = parseMatcher(metricName);
            if (!matcher)
                return std::unexpected(matcher.error());
            selector.matchers.push_back(std::move(*matcher));
            if (peek().kind == Kind::Comma)
                next();
            else if (peek().kind != Kind::RightBrace)
                return std::unexpected(unexpectedToken(peek(), u"in label matching, expected \",\" or \"}\""_s));
        }
        next();
    }
    // Otherwise `{job=~".*"}` would select every series there is.
    const bool selective = std::any_of(selector.matchers.begin(), selector.matchers.end(),
        [](const LabelMatcher& m) { return !m.matches(QString()); });
    if (!selective)
        return std::unexpected(parseError(position, u"vector selector must contain at least one non-empty matcher"_s));
    return makeExpr(std::move(selector), ValueType::InstantVector, position);
}

Result<LabelMatcher> SelectorParser::parseMatcher(const QString& metricName)
{
    const Token& label = peek();
    if (!isLabelName(label))
        return std::unexpected(unexpectedToken(label, u"in label matching, expected label"_s));
    next();
    Matcher matcher;
    matcher.name = label.text;
    switch (peek().kind) {
    case Kind::Assign:
        matcher.op = Matcher::Op::Equal;
        break;
    case Kind::NotEq:
        matcher.op = Matcher::Op::NotEqual;
        break;
    case Kind::RegexMatch:
        matcher.op = Matcher::Op::Regex;
        break;
    case Kind::RegexNotMatch:
        matcher.op = Matcher::Op::NotRegex;
        break;
    default:
        return std::unexpected(unexpectedToken(peek(), u"in label matching, expected label matching operator"_s));
    }
    next();
    const Token& value = peek();
    if (value.kind != Kind::String)
        return std::unexpected(unexpectedToken(value, u"in label matching, expected string"_s));
    next();
    matcher.value = value.text;
    if (matcher.name == kMetricNameLabel && !metricName.isEmpty())
        return std::unexpected(parseError(label.position,
            u"metric name must not be set twice: \""_s + metricName + u"\" or \""_s + matcher.value + u'"'));
    return compileMatcher(std::move(matcher), value.position);
}

Result<ExprPtr> SelectorParser::parseModifiers(ExprPtr expr)
{
    bool offsetSet = false;
    while (true) {
        const Token& token = peek();
        if (token.kind == Kind::LeftBracket) {
            if (!std::holds_alternative<VectorSelector>(expr->node))
                return std::unexpected(parseError(token.position,
                    std::holds_alternative<MatrixSelector>(expr->node)
                        ? u"unexpected \"[\" after a range selector"_s
                        : u"subqueries are not supported by the demo evaluator"_s));
            if (offsetSet)
                return std::unexpected(parseError(token.position, u"no offset modifiers allowed before range"_s));
            next();
            const Token& range = peek();
            if (range.kind != Kind::Duration)
                return std::unexpected(unexpectedToken(range, u"in range selector, expected duration"_s));
            next();
            if (peek().kind == Kind::Colon)
                return std::unexpected(
                    parseError(peek().position, u"subqueries are not supported by the demo evaluator"_s));
            if (peek().kind != Kind::RightBracket)
                return std::unexpected(unexpectedToken(peek(), u"in range selector, expected \"]\""_s));
            next();
            if (range.durationMs <= 0)
                return std::unexpected(parseError(range.position, u"range must be greater than 0"_s));
            MatrixSelector matrix{std::move(std::get<VectorSelector>(expr->node)), range.durationMs};
            expr = makeExpr(std::move(matrix), ValueType::RangeVector, expr->position);
            continue;
        }
        if (isKeyword(token, u"offset")) {
            VectorSelector* selector = selectorOf(*expr);
            if (!selector)
                return std::unexpected(parseError(token.position,
                    u"offset modifier must be preceded by an instant vector selector or range vector selector"_s));
            if (offsetSet)
                return std::unexpected(parseError(token.position, u"offset may not be set multiple times"_s));
            next();
            const bool negative = peek().kind == Kind::Sub;
            if (negative)
                next();
            if (peek().kind != Kind::Duration)
                return std::unexpected(unexpectedToken(peek(), u"in offset, expected duration"_s));
            selector->offsetMs = negative ? -next().durationMs : next().durationMs;
            offsetSet = true;
            continue;
        }
        if (token.kind == Kind::At)
            return std::unexpected(
                parseError(token.position, u"the @ modifier is not supported by the demo evaluator"_s));
        return expr;
    }
}

Result<QStringList> SelectorParser::parseLabelList(const QString& context)
{
    if (peek().kind != Kind::LeftParen)
        return std::unexpected(unexpectedToken(peek(), context + u", expected \"(\""_s));
    next();
    QStringList labels;
    while (peek().kind != Kind::RightParen) {
        if (!isLabelName(peek()))
            return std::unexpected(unexpectedToken(peek(), context + u", expected label"_s));
        labels.append(next().text);
        if (peek().kind == Kind::Comma)
            next();
        else if (peek().kind != Kind::RightParen)
            return std::unexpected(unexpectedToken(peek(), context + u", expected \",\" or \")\""_s));
    }
    next();
    return labels;
}

} // namespace wk::demo::promql
