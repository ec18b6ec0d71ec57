#include "GenieQueryLexer.h"

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

QString queryOpText(QueryToken::Op op)
{
    switch (op) {
    case QueryToken::Op::Less:
        return u"<"_s;
    case QueryToken::Op::Greater:
        return u">"_s;
    case QueryToken::Op::LessEqual:
        return u"<="_s;
    case QueryToken::Op::GreaterEqual:
        return u">="_s;
    case QueryToken::Op::Match:
        break;
    }
    return u":"_s;
}

namespace {

bool isStop(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u':' || c == u'<' || c == u'>' || c == u'"';
}

std::expected<QString, QString> readQuoted(const QString& text, qsizetype& i)
{
    const qsizetype start = i++;
    QString out;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            out += text[i + 1];
            i += 2;
            continue;
        }
        ++i;
        if (c == u'"')
            return out;
        out += c;
    }
    return std::unexpected(u"Unterminated quote at position %1"_s.arg(start + 1));
}

} // namespace

std::expected<QList<QueryToken>, QString> tokenizeQuery(const QString& text)
{
    QList<QueryToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        QueryToken token;
        token.position = i + 1;
        if (c == u'(' || c == u')') {
            token.kind = c == u'(' ? QueryToken::Kind::LParen : QueryToken::Kind::RParen;
            ++i;
        } else if (c == u'"') {
            auto quoted = readQuoted(text, i);
            if (!quoted)
                return std::unexpected(quoted.error());
            token.value = *quoted;
        } else if (c == u':' || c == u'<' || c == u'>') {
            return std::unexpected(u"Expected a field name before '%1' at position %2"_s.arg(c).arg(i + 1));
        } else {
            const qsizetype start = i;
            while (i < n && !isStop(text[i]))
                ++i;
            const QString word = text.mid(start, i - start);
            if (i < n && (text[i] == u':' || text[i] == u'<' || text[i] == u'>')) {
                token.field = word;
                if (text[i] == u':') {
                    token.op = QueryToken::Op::Match;
                    ++i;
                } else {
                    const bool less = text[i] == u'<';
                    ++i;
                    const bool orEqual = i < n && text[i] == u'=';
                    if (orEqual)
                        ++i;
                    token.op = less ? (orEqual ? QueryToken::Op::LessEqual : QueryToken::Op::Less)
                                    : (orEqual ? QueryToken::Op::GreaterEqual : QueryToken::Op::Greater);
                }
                if (i < n && text[i] == u'"') {
                    auto quoted = readQuoted(text, i);
                    if (!quoted)
                        return std::unexpected(quoted.error());
                    token.value = *quoted;
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && !text[i].isSpace() && text[i] != u'(' && text[i] != u')')
                        ++i;
                    token.value = text.mid(valueStart, i - valueStart);
                    if (token.value.isEmpty())
                        return std::unexpected(
                            u"Missing value after '%1%2' at position %3"_s.arg(word, queryOpText(token.op))
                                .arg(start + 1));
                }
            } else if (word == u"AND") {
                token.kind = QueryToken::Kind::And;
            } else if (word == u"OR") {
                token.kind = QueryToken::Kind::Or;
            } else if (word == u"NOT") {
                token.kind = QueryToken::Kind::Not;
            } else {
                token.value = word;
            }
        }
        tokens.append(token);
    }
    return tokens;
}

} // namespace wk::fakegenie
