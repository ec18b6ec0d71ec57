#include "demo/promql/Parser.h"

#include "demo/promql/Functions.h"
#include "demo/promql/Lexer.h"
#include "demo/promql/Operators.h"
#include "demo/promql/SelectorParser.h"

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

using Kind = Token::Kind;

// Deep enough for any dashboard, shallow enough that a hostile query cannot exhaust the stack.
constexpr int kMaxDepth = 200;

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
        , m_selectors(m_tokens, m_index)
    { }

    Result<ExprPtr> parseQuery()
    {
        if (peek().kind == Kind::End)
            return std::unexpected(parseError(0, u"no expression found in input"_s));
        auto expr = parseExpr(0);
        if (expr && peek().kind != Kind::End)
            return std::unexpected(unexpectedToken(peek()));
        return expr;
    }

private:
    const Token& peek(std::size_t ahead = 0) const { return m_tokens[std::min(m_index + ahead, m_tokens.size() - 1)]; }
    const Token& next() { return m_tokens[std::min(m_index++, m_tokens.size() - 1)]; }

    Result<void> expect(Kind kind, const QString& context)
    {
        if (peek().kind != kind)
            return std::unexpected(unexpectedToken(peek(), context));
        next();
        return {};
    }

    Result<ExprPtr> parseExpr(int minPrecedence)
    {
        auto lhs = parseUnary();
        while (lhs) {
            const std::optional<BinaryOp> op = binaryOperator(peek());
            if (!op || precedence(*op) < minPrecedence)
                break;
            next();
            Binary binary;
            binary.op = *op;
            bool explicitMatching = false;
            if (isKeyword(peek(), u"bool")) {
                next();
                binary.returnBool = true;
            }
            if (isKeyword(peek(), u"on") || isKeyword(peek(), u"ignoring")) {
                binary.on = isKeyword(next(), u"on");
                auto labels = m_selectors.parseLabelList(u"in grouping opts"_s);
                if (!labels)
                    return std::unexpected(labels.error());
                binary.matchingLabels = std::move(*labels);
                explicitMatching = true;
            }
            if (isKeyword(peek(), u"group_left") || isKeyword(peek(), u"group_right"))
                return std::unexpected(parseError(peek().position,
                    u"many-to-one matching (group_left/group_right) is not supported by the demo evaluator"_s));
            // ^ is right-associative; everything else is left-associative.
            auto rhs = parseExpr(*op == BinaryOp::Pow ? precedence(*op) : precedence(*op) + 1);
            if (!rhs)
                return rhs;
            binary.lhs = std::move(*lhs);
            binary.rhs = std::move(*rhs);
            lhs = checkBinary(std::move(binary), explicitMatching);
        }
        return lhs;
    }

    Result<ExprPtr> checkBinary(Binary binary, bool explicitMatching)
    {
        const int position = binary.lhs->position;
        const ValueType lt = binary.lhs->type;
        const ValueType rt = binary.rhs->type;
        const auto isValue = [](ValueType t) { return t == ValueType::Scalar || t == ValueType::InstantVector; };
        const bool scalars = lt == ValueType::Scalar && rt == ValueType::Scalar;
        const bool anyScalar = lt == ValueType::Scalar || rt == ValueType::Scalar;
        QString problem;
        if (!isValue(lt) || !isValue(rt))
            problem = u"binary expression must contain only scalar and instant vector types"_s;
        else if (binary.returnBool && !isComparison(binary.op))
            problem = u"bool modifier can only be used on comparison operators"_s;
        else if (scalars && isComparison(binary.op) && !binary.returnBool)
            problem = u"comparisons between scalars must use BOOL modifier"_s;
        else if (anyScalar && isSetOperator(binary.op))
            problem = u"set operators are not allowed in binary scalar expressions"_s;
        else if (anyScalar && explicitMatching)
            problem = u"vector matching only allowed between instant vectors"_s;
        if (!problem.isEmpty())
            return std::unexpected(parseError(position, problem));
        return makeExpr(std::move(binary), scalars ? ValueType::Scalar : ValueType::InstantVector, position);
    }

    Result<ExprPtr> parseUnary()
    {
        if (++m_depth > kMaxDepth)
            return std::unexpected(parseError(peek().position, u"expression nested too deeply"_s));
        auto result = parseUnaryUnguarded();
        --m_depth;
        return result;
    }

    Result<ExprPtr> parseUnaryUnguarded()
    {
        const Token& token = peek();
        if (token.kind != Kind::Add && token.kind != Kind::Sub) {
            auto primary = parsePrimary();
            if (!primary)
                return primary;
            // Rejects modifiers after anything but a selector with a message that says why.
            return m_selectors.parseModifiers(std::move(*primary));
        }
        const bool negate = token.kind == Kind::Sub;
        const int position = token.position;
        next();
        // Only ^ binds tighter than a sign: -2^2 is -4, -a*b is (-a)*b.
        auto operand = parseExpr(kPowPrecedence);
        if (!operand)
            return operand;
        Expr& expr = **operand;
        if (expr.type != ValueType::Scalar && expr.type != ValueType::InstantVector)
            return std::unexpected(parseError(
                position, u"unary expression only allowed on expressions of type scalar or instant vector"_s));
        if (!negate)
            return operand;
        if (auto* number = std::get_if<NumberLiteral>(&expr.node)) {
            number->value = -number->value;
            expr.position = position;
            return operand;
        }
        const ValueType type = expr.type;
        return makeExpr(Negation{std::move(*operand)}, type, position);
    }

    Result<ExprPtr> parsePrimary()
    {
        const Token& token = peek();
        const int position = token.position;
        switch (token.kind) {
        case Kind::Number:
            next();
            return makeExpr(NumberLiteral{token.number}, ValueType::Scalar, position);
        case Kind::LeftParen: {
            next();
            auto inner = parseExpr(0);
            if (!inner)
                return inner;
            if (auto closed = expect(Kind::RightParen, u"in parenthesized expression, expected \")\""_s); !closed)
                return std::unexpected(closed.error());
            // `(x)[5m]` is a subquery and `(x) offset 1h` invalid, though x alone would take either.
            if (peek().kind == Kind::LeftBracket)
                return std::unexpected(
                    parseError(peek().position, u"subqueries are not supported by the demo evaluator"_s));
            if (isKeyword(peek(), u"offset"))
                return std::unexpected(parseError(peek().position,
                    u"offset modifier must be preceded by an instant vector selector or range vector selector"_s));
            return inner;
        }
        case Kind::LeftBrace:
            return m_selectors.parseSelector(QString(), position);
        case Kind::Identifier:
            return parseIdentifier();
        case Kind::String:
            return std::unexpected(
                parseError(position, u"string literals are only supported in label matchers by the demo evaluator"_s));
        default:
            return std::unexpected(unexpectedToken(token));
        }
    }

    Result<ExprPtr> parseIdentifier()
    {
        const Token& token = peek();
        const int position = token.position;
        const bool isCall = peek(1).kind == Kind::LeftParen;
        if (const auto op = aggregateOperator(token))
            return parseAggregate(*op);
        if (isUnsupportedPromql(token) && (isCall || isKeyword(peek(1), u"by") || isKeyword(peek(1), u"without")))
            return std::unexpected(
                parseError(position, u"\""_s + token.text + u"\" is not supported by the demo evaluator"_s));
        if (isCall) {
            const FunctionInfo* info = findFunction(token.text);
            if (!info)
                return std::unexpected(parseError(position, u"unknown function with name \""_s + token.text + u'"'));
            return parseCall(*info);
        }
        if (isReservedKeyword(token))
            return std::unexpected(unexpectedToken(token));
        const QString lower = token.text.toLower();
        if (lower == u"inf" || lower == u"nan") {
            next();
            const double value = lower == u"inf" ? qInf() : qQNaN();
            return makeExpr(NumberLiteral{value}, ValueType::Scalar, position);
        }
        next();
        return m_selectors.parseSelector(token.text, position);
    }

    Result<ExprPtr> parseArguments(const QString& context, std::vector<ExprPtr>& args)
    {
        if (auto opened = expect(Kind::LeftParen, context + u", expected \"(\""_s); !opened)
            return std::unexpected(opened.error());
        while (peek().kind != Kind::RightParen) {
            auto arg = parseExpr(0);
            if (!arg)
                return arg;
            args.push_back(std::move(*arg));
            if (peek().kind != Kind::Comma)
                break;
            next();
        }
        if (auto closed = expect(Kind::RightParen, context + u", expected \",\" or \")\""_s); !closed)
            return std::unexpected(closed.error());
        return ExprPtr();
    }

    Result<ExprPtr> parseCall(const FunctionInfo& info)
    {
        const int position = next().position;
        Call call;
        call.function = info.id;
        call.name = info.name.toString();
        if (auto parsed = parseArguments(u"in call to function \""_s + call.name + u'"', call.args); !parsed)
            return parsed;
        const int count = static_cast<int>(call.args.size());
        if (count < info.minArgs || count > info.maxArgs) {
            const QString expected = info.minArgs == info.maxArgs ? QString::number(info.minArgs)
                : count < info.minArgs                            ? u"at least "_s + QString::number(info.minArgs)
                                                                  : u"at most "_s + QString::number(info.maxArgs);
            return std::unexpected(parseError(position,
                u"expected "_s + expected + u" argument(s) in call to \""_s + call.name + u"\", got "_s
                    + QString::number(count)));
        }
        for (int i = 0; i < count; ++i) {
            const Expr& arg = *call.args[static_cast<std::size_t>(i)];
            const ValueType expected = info.argTypes[static_cast<std::size_t>(i)];
            if (arg.type != expected)
                return std::unexpected(parseError(arg.position,
                    u"expected type "_s + valueTypeName(expected) + u" in call to function \""_s + call.name
                        + u"\", got "_s + valueTypeName(arg.type)));
        }
        return makeExpr(std::move(call), info.returnType, position);
    }

    Result<ExprPtr> parseAggregate(AggregateOp op)
    {
        const Token& name = next();
        const int position = name.position;
        const QString context = u"in aggregation \""_s + name.text + u'"';
        Aggregate aggregate;
        aggregate.op = op;
        bool grouped = false;
        const auto parseGrouping = [&]() -> Result<void> {
            if (!isKeyword(peek(), u"by") && !isKeyword(peek(), u"without"))
                return {};
            if (grouped)
                return std::unexpected(
                    parseError(peek().position, u"aggregation must only contain one grouping clause"_s));
            grouped = true;
            aggregate.without = isKeyword(next(), u"without");
            auto labels = m_selectors.parseLabelList(u"in grouping opts"_s);
            if (!labels)
                return std::unexpected(labels.error());
            aggregate.grouping = std::move(*labels);
            return {};
        };
        if (auto before = parseGrouping(); !before)
            return std::unexpected(before.error());
        std::vector<ExprPtr> args;
        if (auto parsed = parseArguments(context, args); !parsed)
            return parsed;
        if (auto after = parseGrouping(); !after)
            return std::unexpected(after.error());
        if (args.size() != 1)
            return std::unexpected(parseError(position,
                u"wrong number of arguments for aggregate expression provided, expected 1, got "_s
                    + QString::number(args.size())));
        if (args.front()->type != ValueType::InstantVector)
            return std::unexpected(parseError(args.front()->position,
                u"expected type instant vector in aggregation expression, got "_s + valueTypeName(args.front()->type)));
        aggregate.expr = std::move(args.front());
        return makeExpr(std::move(aggregate), ValueType::InstantVector, position);
    }

    std::vector<Token> m_tokens;
    std::size_t m_index = 0;
    int m_depth = 0;
    SelectorParser m_selectors;
};

} // namespace

Result<ExprPtr> parse(const QString& expr)
{
    auto tokens = tokenize(expr);
    if (!tokens)
        return std::unexpected(tokens.error());
    return Parser(std::move(*tokens)).parseQuery();
}

} // namespace wk::demo::promql
