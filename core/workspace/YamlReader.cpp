#include "workspace/YamlReader.h"

#include "common/TimeText.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

QString keyName(const char* key)
{
    return u'"' + QString::fromUtf8(key) + u'"';
}

QString describeNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return u"empty"_s;
    case YAML::NodeType::Scalar:
        return u"the text "_s + YamlReader::quoted(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence:
        return u"a list"_s;
    case YAML::NodeType::Map:
        return u"a mapping"_s;
    case YAML::NodeType::Undefined:
        break;
    }
    return u"missing"_s;
}

qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> previous(b.size() + 1);
    std::vector<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString YamlReader::closestKey(const QString& key, const QStringList& allowed)
{
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, key.size() / 3) + 1;
    for (const QString& candidate : allowed) {
        const qsizetype distance = editDistance(key.toLower(), candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

YamlReader::YamlReader(QString sourceName, QByteArray text)
    : m_sourceName(std::move(sourceName))
    , m_text(std::move(text))
{ }

bool YamlReader::fail(const YAML::Node& at, const QString& context, const QString& message)
{
    return failAt(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), context, message);
}

bool YamlReader::failAt(const YAML::Mark& mark, const QString& context, const QString& message)
{
    if (!m_error.isEmpty())
        return false;
    m_error = m_sourceName;
    if (!mark.is_null())
        m_error += u':' + QString::number(mark.line + 1) + u':' + QString::number(mark.column + 1);
    m_error += u": "_s;
    if (!context.isEmpty())
        m_error += context + u": "_s;
    m_error += message;
    return false;
}

bool YamlReader::expectMap(const YAML::Node& node, const QString& context, const QString& what)
{
    if (node.IsMap())
        return true;
    return fail(node, context, what + u" must be a mapping of keys to values, not "_s + describeNode(node));
}

bool YamlReader::checkKeys(const YAML::Node& map, const QString& context, const QStringList& allowed)
{
    QStringList seen;
    QList<int> seenLines;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first; // it-> hands out a temporary
        if (!key.IsScalar())
            return fail(key, context, u"keys must be plain names, not "_s + describeNode(key));
        const QString name = QString::fromStdString(key.Scalar());
        if (!allowed.contains(name)) {
            const QString guess = closestKey(name, allowed);
            const QString hint = guess.isEmpty() ? QString(u"expected one of: "_s + allowed.join(u", "_s))
                                                 : QString(u"did you mean \""_s + guess + u"\"?"_s);
            return fail(key, context, u"unknown key "_s + quoted(name) + u" ("_s + hint + u')');
        }
        if (const qsizetype first = seen.indexOf(name); first >= 0) {
            return fail(key, context,
                quoted(name) + u" is given twice (first on line "_s + QString::number(seenLines[first] + 1) + u')');
        }
        seen.append(name);
        seenLines.append(key.Mark().line);
    }
    return true;
}

std::optional<YamlReader::Entry> YamlReader::entry(const YAML::Node& map, const char* key)
{
    if (!map.IsMap())
        return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return Entry{it->first, it->second};
    }
    return std::nullopt;
}

YAML::Mark YamlReader::markOf(const Entry& entry)
{
    // yaml-cpp places an empty value at the next token, often on the following line.
    if (entry.value.IsNull() || entry.value.Mark().is_null())
        return entry.key.Mark();
    return entry.value.Mark();
}

YAML::Mark YamlReader::markOf(const YAML::Node& map, const char* key)
{
    const auto found = entry(map, key);
    return found ? markOf(*found) : map.Mark();
}

bool YamlReader::require(const YAML::Node& map, const char* key, const QString& context)
{
    if (has(map, key))
        return true;
    return fail(map, context, u"missing "_s + keyName(key));
}

bool YamlReader::expectList(const YAML::Node& map, const char* key, const QString& context)
{
    const auto found = entry(map, key);
    if (!found || found->value.IsSequence())
        return true;
    return failAt(markOf(*found), context, keyName(key) + u" must be a list, not "_s + describeNode(found->value));
}

bool YamlReader::scalarText(const Entry& entry, const char* key, const QString& context, QString& text)
{
    if (entry.value.IsNull()) {
        text.clear();
        return true;
    }
    if (!entry.value.IsScalar()) {
        return failAt(
            markOf(entry), context, keyName(key) + u" must be a single value, not "_s + describeNode(entry.value));
    }
    if (!quoteIsClosed(entry.value))
        return failAt(
            markOf(entry), context, keyName(key) + u" has a quote that is never closed (is the file cut short?)"_s);
    text = QString::fromStdString(entry.value.Scalar()).trimmed();
    return true;
}

// yaml-cpp 0.7 accepts a quoted scalar that runs into the end of the file, so a truncated file
// could pass; look for the closing quote in the text itself.
bool YamlReader::quoteIsClosed(const YAML::Node& scalar) const
{
    const qsizetype start = scalar.Mark().pos;
    if (start < 0 || start >= m_text.size())
        return true;
    const char quote = m_text[start];
    if (quote != '"' && quote != '\'')
        return true;
    for (qsizetype i = start + 1; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'')
                ++i; // '' is an escaped quote inside single quotes
            else
                return true;
        }
    }
    return false;
}

bool YamlReader::readString(const YAML::Node& map, const char* key, const QString& context, QString& out, bool required)
{
    const auto found = entry(map, key);
    if (!found)
        return !required || require(map, key, context);
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    if (required && text.isEmpty())
        return failAt(markOf(*found), context, keyName(key) + u" must not be empty"_s);
    out = text;
    return true;
}

bool YamlReader::readNumber(const YAML::Node& map, const char* key, const QString& context, std::optional<double>& out)
{
    const auto found = entry(map, key);
    if (!found)
        return true;
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return failAt(markOf(*found), context, keyName(key) + u" must be a number, not "_s + quoted(text));
    out = number;
    return true;
}

bool YamlReader::readInt(const YAML::Node& map, const char* key, const QString& context, int& out)
{
    const auto found = entry(map, key);
    if (!found)
        return true;
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok)
        return failAt(markOf(*found), context, keyName(key) + u" must be a whole number, not "_s + quoted(text));
    out = number;
    return true;
}

bool YamlReader::readBool(const YAML::Node& map, const char* key, const QString& context, bool& out)
{
    const auto found = entry(map, key);
    if (!found)
        return true;
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    // YAML 1.2 booleans only: "yes"/"on" are YAML 1.1 surprises (the Norway problem).
    if (text == u"true"_s || text == u"True"_s || text == u"TRUE"_s) {
        out = true;
        return true;
    }
    if (text == u"false"_s || text == u"False"_s || text == u"FALSE"_s) {
        out = false;
        return true;
    }
    return failAt(markOf(*found), context, keyName(key) + u" must be true or false, not "_s + quoted(text));
}

bool YamlReader::readDuration(const YAML::Node& map, const char* key, const QString& context, qint64 minSeconds,
    qint64 maxSeconds, qint64& seconds)
{
    const auto found = entry(map, key);
    if (!found)
        return true;
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    const auto parsed = parseDuration(text);
    if (!parsed) {
        return failAt(markOf(*found), context,
            keyName(key) + u" must be a duration like 15s, 30m, 6h or 7d, not "_s + quoted(text));
    }
    if (*parsed < minSeconds || *parsed > maxSeconds) {
        return failAt(markOf(*found), context,
            keyName(key) + u" must be between "_s + durationText(minSeconds) + u" and "_s + durationText(maxSeconds)
                + u", not "_s + quoted(text));
    }
    seconds = *parsed;
    return true;
}

bool YamlReader::readChoice(
    const YAML::Node& map, const char* key, const QString& context, const QStringList& names, qsizetype& index)
{
    const auto found = entry(map, key);
    if (!found)
        return true;
    QString text;
    if (!scalarText(*found, key, context, text))
        return false;
    const qsizetype position = names.indexOf(text);
    if (text.isEmpty()) {
        return failAt(
            markOf(*found), context, keyName(key) + u" has no value (expected "_s + names.join(u", "_s) + u')');
    }
    if (position < 0) {
        return failAt(markOf(*found), context,
            u"unknown "_s + QString::fromUtf8(key) + u' ' + quoted(text) + u" (expected "_s + names.join(u", "_s)
                + u')');
    }
    index = position;
    return true;
}

QString YamlReader::quoted(QStringView text)
{
    constexpr qsizetype longest = 60;
    const qsizetype newline = text.indexOf(u'\n');
    const qsizetype cut = std::min(newline < 0 ? text.size() : newline, longest);
    if (cut == text.size())
        return u'"' + text.toString() + u'"';
    return u'"' + text.first(cut).toString() + u"…\""_s;
}

QString YamlReader::contextFor(const YAML::Node& node, const char* key, const QString& what, const QString& fallback)
{
    const auto id = entry(node, key);
    if (!id || !id->value.IsScalar())
        return fallback;
    const QString text = QString::fromStdString(id->value.Scalar()).trimmed();
    return text.isEmpty() ? fallback : what + u" \""_s + text.left(60) + u'"';
}

bool YamlReader::isId(QStringView id)
{
    if (id.isEmpty() || !id.front().isLetterOrNumber())
        return false;
    return std::all_of(id.begin(), id.end(),
        [](QChar c) { return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_'; });
}

QString YamlReader::durationText(qint64 seconds)
{
    return wk::durationText(seconds);
}

std::optional<qint64> YamlReader::parseDuration(QStringView text)
{
    return wk::parseDuration(text);
}

} // namespace wk::workspace
