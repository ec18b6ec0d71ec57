#pragma once

#include "common/Error.h"
#include "demo/promql/Ast.h"
#include "demo/promql/Lexer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace wk::demo::promql {

// The selector half of the grammar: `metric{label=~"re"}`, `[5m]`, `offset 1d` and `(label, ...)` lists.
// Works on the token stream and position it shares with the expression parser.
class SelectorParser
{
public:
    SelectorParser(const std::vector<Token>& tokens, std::size_t& index);

    // The metric name, if any, is already consumed; an optional `{...}` follows.
    Result<ExprPtr> parseSelector(const QString& metricName, int position);

    // `[range]` and `offset` after a selector; anything else passes through unchanged.
    Result<ExprPtr> parseModifiers(ExprPtr expr);

    // `(a, b)` after by, without, on or ignoring.
    Result<QStringList> parseLabelList(const QString& context);

private:
    const Token& peek() const;
    const Token& next();
    Result<LabelMatcher> parseMatcher(const QString& metricName);

    const std::vector<Token>& m_tokens;
    std::size_t& m_index;
};

} // namespace wk::demo::promql
