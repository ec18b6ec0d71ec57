#include "GenieQuery.h"

#include "GenieQueryLexer.h"

#include <QList>
#include <QRegularExpression>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

using Op = QueryToken::Op;
using Token = QueryToken;
enum class FieldKind { Keyword, Text, Number };

struct FieldInfo
{
    QString name;
    FieldKind kind;
};

const QList<FieldInfo>& knownFields()
{
    static const QList<FieldInfo> fields = {
        {u"status"_s, FieldKind::Keyword},
        {u"acknowledged"_s, FieldKind::Keyword},
        {u"snoozed"_s, FieldKind::Keyword},
        {u"isSeen"_s, FieldKind::Keyword},
        {u"priority"_s, FieldKind::Keyword},
        {u"owner"_s, FieldKind::Keyword},
        {u"teams"_s, FieldKind::Keyword},
        {u"tag"_s, FieldKind::Keyword},
        {u"alias"_s, FieldKind::Keyword},
        {u"tinyId"_s, FieldKind::Keyword},
        {u"source"_s, FieldKind::Keyword},
        {u"integration.name"_s, FieldKind::Keyword},
        {u"integration.type"_s, FieldKind::Keyword},
        {u"message"_s, FieldKind::Text},
        {u"description"_s, FieldKind::Text},
        {u"entity"_s, FieldKind::Text},
        {u"createdAt"_s, FieldKind::Number},
        {u"updatedAt"_s, FieldKind::Number},
        {u"lastOccurredAt"_s, FieldKind::Number},
        {u"count"_s, FieldKind::Number},
    };
    return fields;
}

std::optional<FieldInfo> resolveField(const QString& name, GenieQuery::FieldCase fieldCase)
{
    const Qt::CaseSensitivity cs
        = fieldCase == GenieQuery::FieldCase::Sensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString wanted = name.compare(u"tags"_s, cs) == 0 ? u"tag"_s : name;
    for (const FieldInfo& info : knownFields()) {
        if (info.name.compare(wanted, cs) == 0)
            return info;
    }
    return std::nullopt;
}

QStringList words(const QString& text)
{
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList out = text.toLower().split(separators, Qt::SkipEmptyParts);
    return out;
}

} // namespace

struct GenieQuery::Node
{
    enum class Kind { And, Or, Not, Term };
    Kind kind = Kind::Term;
    std::vector<std::shared_ptr<const Node>> children;
    QString field; // canonical
    FieldKind fieldKind = FieldKind::Text;
    Op op = Op::Match;
    QString value;
    qint64 number = 0;
    QStringList valueWords;  // Text fields without a wildcard: the phrase to find
    QRegularExpression glob; // set when the value has a '*'
    bool hasWildcard = false;
};

namespace {

using NodePtr = std::shared_ptr<const GenieQuery::Node>;

class Parser
{
public:
    Parser(const QList<Token>& tokens, GenieQuery::FieldCase fieldCase)
        : m_tokens(tokens)
        , m_case(fieldCase)
    { }

    std::expected<NodePtr, QString> parse()
    {
        NodePtr root = parseOr();
        if (root && m_pos < m_tokens.size())
            fail(u"Unexpected ')' at position %1"_s.arg(m_tokens[m_pos].position));
        if (!m_error.isEmpty())
            return std::unexpected(m_error);
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    bool peekIs(Token::Kind kind) const { return !atEnd() && m_tokens[m_pos].kind == kind; }

    NodePtr fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }

    static NodePtr combine(GenieQuery::Node::Kind kind, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<GenieQuery::Node>();
        node->kind = kind;
        node->children = {std::move(left), std::move(right)};
        return node;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && peekIs(Token::Kind::Or)) {
            ++m_pos;
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(GenieQuery::Node::Kind::Or, left, right);
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseUnary();
        while (left && !atEnd()) {
            const Token::Kind next = m_tokens[m_pos].kind;
            if (next == Token::Kind::And)
                ++m_pos;
            else if (next != Token::Kind::Not && next != Token::Kind::LParen && next != Token::Kind::Term)
                break;
            NodePtr right = parseUnary();
            if (!right)
                return nullptr;
            left = combine(GenieQuery::Node::Kind::And, left, right);
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (atEnd())
            return fail(m_pos == 0 ? u"Empty query"_s : u"Expected a term at the end of the query"_s);
        const Token token = m_tokens[m_pos++];
        switch (token.kind) {
        case Token::Kind::Not: {
            NodePtr operand = parseUnary();
            if (!operand)
                return nullptr;
            auto node = std::make_shared<GenieQuery::Node>();
            node->kind = GenieQuery::Node::Kind::Not;
            node->children = {operand};
            return node;
        }
        case Token::Kind::LParen: {
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (!peekIs(Token::Kind::RParen))
                return fail(u"Missing ')' for the '(' at position %1"_s.arg(token.position));
            ++m_pos;
            return inner;
        }
        case Token::Kind::Term:
            return makeTerm(token);
        case Token::Kind::RParen:
            return fail(u"Unexpected ')' at position %1"_s.arg(token.position));
        case Token::Kind::And:
        case Token::Kind::Or:
            break;
        }
        return fail(
            u"'%1' at position %2 needs a term before it"_s.arg(token.kind == Token::Kind::And ? u"AND"_s : u"OR"_s)
                .arg(token.position));
    }

    NodePtr makeTerm(const Token& token)
    {
        auto node = std::make_shared<GenieQuery::Node>();
        node->op = token.op;
        node->value = token.value;
        node->field = u"message"_s; // a bare word searches the message
        if (!token.field.isEmpty()) {
            const std::optional<FieldInfo> info = resolveField(token.field, m_case);
            if (!info) {
                const QString hint
                    = m_case == GenieQuery::FieldCase::Sensitive ? u" (field names are case-sensitive)"_s : QString();
                return fail(u"Unknown field '%1' at position %2%3"_s.arg(token.field).arg(token.position).arg(hint));
            }
            node->field = info->name;
            node->fieldKind = info->kind;
        }
        if (node->op != Op::Match && node->fieldKind != FieldKind::Number)
            return fail(u"'%1' compares numbers, but %2 at position %3 is not a numeric field"_s
                            .arg(queryOpText(node->op), node->field)
                            .arg(token.position));
        if (node->fieldKind == FieldKind::Number) {
            bool ok = false;
            node->number = token.value.toLongLong(&ok);
            if (!ok)
                return fail(
                    u"%1 at position %2 needs a whole number (times in ms since the epoch), not '%3'"_s.arg(node->field)
                        .arg(token.position)
                        .arg(token.value));
            return node;
        }
        node->hasWildcard = token.value.contains(u'*');
        if (node->hasWildcard) {
            QString pattern = QRegularExpression::escape(token.value);
            pattern.replace(u"\\*"_s, u".*"_s);
            node->glob = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        }
        node->valueWords = words(token.value);
        return node;
    }

    const QList<Token>& m_tokens;
    GenieQuery::FieldCase m_case;
    qsizetype m_pos = 0;
    QString m_error;
};

bool containsPhrase(const QStringList& haystack, const QStringList& phrase)
{
    if (phrase.isEmpty() || phrase.size() > haystack.size())
        return false;
    for (qsizetype start = 0; start + phrase.size() <= haystack.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; all && k < phrase.size(); ++k)
            all = haystack[start + k] == phrase[k];
        if (all)
            return true;
    }
    return false;
}

bool termMatches(const GenieQuery::Node& node, const QString& candidate)
{
    switch (node.fieldKind) {
    case FieldKind::Number: {
        bool ok = false;
        const qint64 x = candidate.toLongLong(&ok);
        if (!ok)
            return false;
        switch (node.op) {
        case Op::Match:
            return x == node.number;
        case Op::Less:
            return x < node.number;
        case Op::Greater:
            return x > node.number;
        case Op::LessEqual:
            return x <= node.number;
        case Op::GreaterEqual:
            return x >= node.number;
        }
        return false;
    }
    case FieldKind::Keyword:
        if (node.hasWildcard)
            return node.glob.match(candidate).hasMatch();
        return candidate.compare(node.value, Qt::CaseInsensitive) == 0;
    case FieldKind::Text: {
        if (candidate.compare(node.value, Qt::CaseInsensitive) == 0)
            return true;
        const QStringList candidateWords = words(candidate);
        if (!node.hasWildcard)
            return containsPhrase(candidateWords, node.valueWords);
        if (node.glob.match(candidate).hasMatch())
            return true;
        for (const QString& word : candidateWords) {
            if (node.glob.match(word).hasMatch())
                return true;
        }
        return false;
    }
    }
    return false;
}

bool evaluate(const GenieQuery::Node& node, const GenieQuery::FieldLookup& lookup)
{
    switch (node.kind) {
    case GenieQuery::Node::Kind::And:
        return evaluate(*node.children[0], lookup) && evaluate(*node.children[1], lookup);
    case GenieQuery::Node::Kind::Or:
        return evaluate(*node.children[0], lookup) || evaluate(*node.children[1], lookup);
    case GenieQuery::Node::Kind::Not:
        return !evaluate(*node.children[0], lookup);
    case GenieQuery::Node::Kind::Term:
        break;
    }
    const QStringList candidates = lookup(node.field);
    for (const QString& candidate : candidates) {
        if (termMatches(node, candidate))
            return true;
    }
    return false;
}

} // namespace

std::expected<GenieQuery, QString> GenieQuery::parse(const QString& text, FieldCase fieldCase)
{
    GenieQuery query;
    if (text.trimmed().isEmpty())
        return query;
    const auto tokens = tokenizeQuery(text);
    if (!tokens)
        return std::unexpected(tokens.error());
    Parser parser(*tokens, fieldCase);
    auto root = parser.parse();
    if (!root)
        return std::unexpected(root.error());
    query.m_root = *root;
    return query;
}

bool GenieQuery::matches(const FieldLookup& lookup) const
{
    return !m_root || evaluate(*m_root, lookup);
}

const QStringList& GenieQuery::fieldNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const FieldInfo& info : knownFields())
            out.append(info.name);
        return out;
    }();
    return names;
}

} // namespace wk::fakegenie
