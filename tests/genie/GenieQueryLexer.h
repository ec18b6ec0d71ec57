#pragma once

#include <QList>
#include <QString>

#include <expected>

namespace wk::fakegenie {

// One word of the alert search dialect (see GenieQuery): a parenthesis, AND / OR / NOT, or a term, which is
// field:value, field<value (and >, <=, >=) or a bare word (field empty).
struct QueryToken
{
    enum class Kind { LParen, RParen, And, Or, Not, Term };
    enum class Op { Match, Less, Greater, LessEqual, GreaterEqual };
    Kind kind = Kind::Term;
    QString field;
    Op op = Op::Match;
    QString value;          // quotes removed
    qsizetype position = 0; // 1-based, for messages
};

QString queryOpText(QueryToken::Op op);
// Errors name what is wrong and where (an unterminated quote, a missing field name or value).
std::expected<QList<QueryToken>, QString> tokenizeQuery(const QString& text);

} // namespace wk::fakegenie
