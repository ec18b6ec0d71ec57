#include "runbooks/YamlProblems.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

QString keyName(const char* key)
{
    return u'"' + QString::fromUtf8(key) + u'"';
}

QString prefixed(const QString& context, const QString& message)
{
    return context.isEmpty() ? message : QString(context + u": "_s + message);
}

// A plain (unquoted) scalar YAML 1.2 would read as a number or a boolean, not as text.
enum class PlainType { Text, Number, Boolean };

PlainType plainType(const YAML::Node& scalar)
{
    if (scalar.Tag() != "?")
        return PlainType::Text; // quoted, or a block scalar: always text
    const QString text = QString::fromStdString(scalar.Scalar());
    static const QRegularExpression number(
        uR"(^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)"_s);
    if (number.match(text).hasMatch())
        return PlainType::Number;
    if (text == u"true" || text == u"True" || text == u"TRUE" || text == u"false" || text == u"False"
        || text == u"FALSE")
        return PlainType::Boolean;
    return PlainType::Text;
}

} // namespace

YamlProblems::YamlProblems(QString sourceName, QByteArray text, int firstLine, QList<RunbookProblem>& problems)
    : m_sourceName(std::move(sourceName))
    , m_text(std::move(text))
    , m_firstLine(firstLine)
    , m_problems(problems)
{ }

void YamlProblems::addAt(const YAML::Mark& mark, const QString& message)
{
    RunbookProblem problem{m_sourceName, 0, 0, message};
    if (!mark.is_null()) {
        problem.line = lineOf(mark);
        problem.column = mark.column + 1;
    }
    m_problems.append(problem);
}

void YamlProblems::add(const YAML::Node& at, const QString& message)
{
    addAt(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), message);
}

int YamlProblems::lineOf(const YAML::Mark& mark) const
{
    return mark.is_null() ? 0 : mark.line + m_firstLine;
}

bool YamlProblems::expectMap(const YAML::Node& node, const QString& context, const QString& what)
{
    if (node.IsMap())
        return true;
    add(node, prefixed(context, what + u" must be a mapping of keys to values, not "_s + describe(node)));
    return false;
}

void YamlProblems::checkKeys(const YAML::Node& map, const QString& context, const QStringList& allowed)
{
    QStringList seen;
    QList<int> seenLines;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first; // it-> hands out a temporary
        if (!key.IsScalar()) {
            add(key, prefixed(context, u"keys must be plain names, not "_s + describe(key)));
            continue;
        }
        const QString name = QString::fromStdString(key.Scalar());
        if (!allowed.contains(name)) {
            const QString guess = workspace::YamlReader::closestKey(name, allowed);
            const QString hint = guess.isEmpty() ? QString(u"expected one of: "_s + allowed.join(u", "_s))
                                                 : QString(u"did you mean \""_s + guess + u"\"?"_s);
            add(key, prefixed(context, u"unknown key "_s + quoted(name) + u" ("_s + hint + u')'));
            continue;
        }
        if (const qsizetype first = seen.indexOf(name); first >= 0) {
            add(key,
                prefixed(context,
                    quoted(name) + u" is given twice (first on line "_s + QString::number(seenLines[first]) + u')'));
            continue;
        }
        seen.append(name);
        seenLines.append(lineOf(key.Mark()));
    }
}

bool YamlProblems::require(const YAML::Node& map, const char* key, const QString& context)
{
    if (has(map, key))
        return true;
    add(map, prefixed(context, u"missing "_s + keyName(key)));
    return false;
}

std::optional<QString> YamlProblems::text(
    const YAML::Node& map, const char* key, const QString& context, TextKind kind, Required required)
{
    const auto found = entry(map, key);
    if (!found) {
        if (required == Required::Yes)
            require(map, key, context);
        return std::nullopt;
    }
    const YAML::Mark mark = markOf(*found);
    if (found->value.IsNull()) {
        if (required == Required::Yes) {
            addAt(mark, prefixed(context, keyName(key) + u" must not be empty"_s));
            return std::nullopt;
        }
        return QString();
    }
    if (!found->value.IsScalar()) {
        addAt(mark, prefixed(context, keyName(key) + u" must be text, not "_s + describe(found->value)));
        return std::nullopt;
    }
    const PlainType type = plainType(found->value);
    if (type == PlainType::Boolean || (type == PlainType::Number && kind != TextKind::Id)) {
        addAt(mark,
            prefixed(context,
                keyName(key) + u" must be text, not "_s + describe(found->value)
                    + u" (put it in quotes if you mean the text)"_s));
        return std::nullopt;
    }
    if (!quoteIsClosed(map, key)) {
        addAt(mark, prefixed(context, keyName(key) + u" has a quote that is never closed (is the file cut short?)"_s));
        return std::nullopt;
    }
    const QString raw = QString::fromStdString(found->value.Scalar());
    const QString value = kind == TextKind::Script ? raw : raw.trimmed();
    if (required == Required::Yes && value.trimmed().isEmpty()) {
        addAt(mark, prefixed(context, keyName(key) + u" must not be empty"_s));
        return std::nullopt;
    }
    if (kind == TextKind::Id && !workspace::YamlReader::isId(value)) {
        addAt(mark,
            prefixed(
                context, keyName(key) + u" may only hold letters, digits, \"-\" and \"_\", not "_s + quoted(value)));
        return std::nullopt;
    }
    return value;
}

std::optional<QStringList> YamlProblems::textList(const YAML::Node& map, const char* key, const QString& context)
{
    const auto found = entry(map, key);
    if (!found)
        return std::nullopt;
    if (found->value.IsNull())
        return QStringList();
    if (!found->value.IsSequence()) {
        addAt(markOf(*found), prefixed(context, keyName(key) + u" must be a list, not "_s + describe(found->value)));
        return std::nullopt;
    }
    QStringList items;
    bool ok = true;
    for (const YAML::Node& item : found->value) {
        if (item.IsScalar() && plainType(item) == PlainType::Text) {
            items.append(QString::fromStdString(item.Scalar()).trimmed());
            continue;
        }
        add(item, prefixed(context, u"each item of "_s + keyName(key) + u" must be text, not "_s + describe(item)));
        ok = false;
    }
    return ok ? std::optional<QStringList>(items) : std::nullopt;
}

QString YamlProblems::describe(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return u"empty"_s;
    case YAML::NodeType::Scalar:
        switch (plainType(node)) {
        case PlainType::Number:
            return u"the number "_s + QString::fromStdString(node.Scalar());
        case PlainType::Boolean:
            return u"the boolean "_s + QString::fromStdString(node.Scalar());
        case PlainType::Text:
            break;
        }
        return u"the text "_s + quoted(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence:
        return u"a list"_s;
    case YAML::NodeType::Map:
        return u"a mapping"_s;
    case YAML::NodeType::Undefined:
        break;
    }
    return u"missing"_s;
}

// yaml-cpp accepts a quoted scalar that runs into the end of the file; the workspace reader knows how to tell.
bool YamlProblems::quoteIsClosed(const YAML::Node& map, const char* key) const
{
    workspace::YamlReader probe(QString(), m_text);
    QString ignored;
    return probe.readString(map, key, QString(), ignored, false);
}

} // namespace wk::runbooks
