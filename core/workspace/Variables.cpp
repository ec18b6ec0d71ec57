#include "workspace/Variables.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// One $name or ${name} found in a text: [begin, end) covers the whole reference.
struct Reference
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QStringView name;
};

// The reference starting at `at` (which holds a '$'), if it is one.
std::optional<Reference> referenceAt(QStringView text, qsizetype at)
{
    const qsizetype size = text.size();
    if (at + 1 >= size)
        return std::nullopt;
    if (text[at + 1] == u'{') {
        const qsizetype close = text.indexOf(u'}', at + 2);
        if (close < 0)
            return std::nullopt;
        const QStringView name = text.sliced(at + 2, close - at - 2);
        if (!isVariableName(name))
            return std::nullopt;
        return Reference{at, close + 1, name};
    }
    if (!isNameStart(text[at + 1]))
        return std::nullopt;
    qsizetype end = at + 2;
    while (end < size && isNameChar(text[end]))
        ++end;
    return Reference{at, end, text.sliced(at + 1, end - at - 1)};
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'{' || c == u'[';
}

bool isClosing(QChar c)
{
    return c == u')' || c == u'}' || c == u']';
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

// Position of the single top-level comma in a PromQL argument list; -1 when there is none,
// nullopt when brackets or quotes do not balance or there is more than one.
std::optional<qsizetype> topLevelComma(QStringView args)
{
    qsizetype comma = -1;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QChar c = args[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote != u'`')
                ++i; // skip the escaped character
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (isQuote(c)) {
            quote = c;
        } else if (isOpening(c)) {
            ++depth;
        } else if (isClosing(c)) {
            if (--depth < 0)
                return std::nullopt;
        } else if (c == u',' && depth == 0) {
            if (comma >= 0)
                return std::nullopt;
            comma = i;
        }
    }
    if (!quote.isNull() || depth != 0)
        return std::nullopt;
    return comma;
}

} // namespace

bool isVariableName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), isNameChar);
}

QString expandVariables(const QString& text, const QMap<QString, QString>& values)
{
    if (values.isEmpty() || !text.contains(u'$'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype i = text.indexOf(u'$'); i >= 0; i = text.indexOf(u'$', i)) {
        const auto ref = referenceAt(text, i);
        if (!ref) {
            ++i;
            continue;
        }
        const auto value = values.constFind(ref->name.toString());
        if (value != values.cend()) {
            out += QStringView(text).sliced(copied, ref->begin - copied);
            out += *value;
            copied = ref->end;
        }
        i = ref->end;
    }
    out += QStringView(text).sliced(copied);
    return out;
}

QStringList variablesUsed(const QString& text)
{
    QStringList names;
    for (qsizetype i = text.indexOf(u'$'); i >= 0; i = text.indexOf(u'$', i)) {
        const auto ref = referenceAt(text, i);
        if (!ref) {
            ++i;
            continue;
        }
        const QString name = ref->name.toString();
        if (!names.contains(name))
            names.append(name);
        i = ref->end;
    }
    return names;
}

std::optional<LabelValuesQuery> parseLabelValuesQuery(const QString& query)
{
    QStringView rest = QStringView(query).trimmed();
    constexpr QStringView function = u"label_values";
    if (!rest.startsWith(function))
        return std::nullopt;
    rest = rest.sliced(function.size()).trimmed();
    if (rest.size() < 2 || rest.front() != u'(' || rest.back() != u')')
        return std::nullopt;
    const QStringView args = rest.sliced(1, rest.size() - 2);
    const auto comma = topLevelComma(args);
    if (!comma)
        return std::nullopt;

    LabelValuesQuery result;
    if (*comma >= 0) {
        result.selector = args.first(*comma).trimmed().toString();
        if (result.selector.isEmpty())
            return std::nullopt;
    }
    result.label = args.sliced(*comma + 1).trimmed().toString();
    if (!isVariableName(result.label))
        return std::nullopt;
    return result;
}

QMap<QString, QString> escapedForPromql(const QMap<QString, QString>& values)
{
    QMap<QString, QString> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString v = it.value();
        v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        out.insert(it.key(), v);
    }
    return out;
}

} // namespace wk::workspace
