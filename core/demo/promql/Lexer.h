#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace wk::demo::promql {

struct Token
{
    enum class Kind {
        End,
        Identifier, // metric and label names, keywords and function names alike; the parser decides by context
        Number,
        Duration,
        String,
        LeftParen,
        RightParen,
        LeftBrace,
        RightBrace,
        LeftBracket,
        RightBracket,
        Comma,
        Colon, // only inside [...], where it would start a subquery
        At,
        Assign,
        RegexMatch,
        RegexNotMatch,
        Add,
        Sub,
        Mul,
        Div,
        Mod,
        Pow,
        EqEq,
        NotEq,
        Gt,
        Lt,
        Ge,
        Le,
    };

    Kind kind = Kind::End;
    QString text;     // as written; for strings, the unescaped value
    int position = 0; // offset of the first character
    double number = 0.0;
    qint64 durationMs = 0;
};

// Splits a PromQL expression into tokens; the last one is always End.
Result<std::vector<Token>> tokenize(const QString& input);

// "parse error at char 17: unexpected \")\"", with a 1-based position as Prometheus reports it.
Error parseError(int position, const QString& message);

// "unexpected \")\"" plus an optional context ("in label matching, expected string").
Error unexpectedToken(const Token& token, const QString& context = {});

// Keywords are case-insensitive in PromQL (`SUM BY (le)`), names are not.
bool isKeyword(const Token& token, QStringView keyword);

} // namespace wk::demo::promql
