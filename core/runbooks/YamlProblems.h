#pragma once

#include "runbooks/RunbookProblem.h"
#include "workspace/YamlReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace wk::runbooks {

// What a text field may hold: ids allow digits alone ("step_id: 1"), other text refuses a bare number or boolean
// that YAML would read as one, since that is almost always a slip.
enum class TextKind { Id, Name, Prose, Script };
enum class Required { No, Yes };

// Reads typed fields from yaml-cpp nodes and records EVERY problem, where the workspace's YamlReader keeps the
// first one only; its messages are worded the same way. Internal to the runbook loaders: yaml-cpp stays out of
// public headers.
class YamlProblems
{
public:
    using Entry = workspace::YamlReader::Entry;

    // `firstLine` is the file line of the text's first line (1 for a whole file, more for front matter).
    YamlProblems(QString sourceName, QByteArray text, int firstLine, QList<RunbookProblem>& problems);

    void addAt(const YAML::Mark& mark, const QString& message);
    void add(const YAML::Node& at, const QString& message);
    int lineOf(const YAML::Mark& mark) const;

    // `what` names the node: "each step" -> "each step must be a mapping of keys to values, not a list".
    bool expectMap(const YAML::Node& node, const QString& context, const QString& what);
    // Reports each unknown key (with a guess at what was meant) and each key given twice.
    void checkKeys(const YAML::Node& map, const QString& context, const QStringList& allowed);
    // `missing "key"`, pointing at the mapping, when the key is absent.
    bool require(const YAML::Node& map, const char* key, const QString& context);

    // The trimmed text of `key` (a script is kept as written); nothing when it is absent or wrong.
    std::optional<QString> text(const YAML::Node& map, const char* key, const QString& context, TextKind kind,
        Required required = Required::No);
    // A list of texts, each one checked; nothing when it is absent or not a list.
    std::optional<QStringList> textList(const YAML::Node& map, const char* key, const QString& context);

    static std::optional<Entry> entry(const YAML::Node& map, const char* key)
    {
        return workspace::YamlReader::entry(map, key);
    }
    static bool has(const YAML::Node& map, const char* key) { return entry(map, key).has_value(); }
    static YAML::Mark markOf(const Entry& e) { return workspace::YamlReader::markOf(e); }
    static YAML::Mark valueMark(const YAML::Node& map, const char* key)
    {
        return workspace::YamlReader::markOf(map, key);
    }
    static QString quoted(QStringView text) { return workspace::YamlReader::quoted(text); }
    static QString contextFor(const YAML::Node& node, const char* key, const QString& what, const QString& fallback)
    {
        return workspace::YamlReader::contextFor(node, key, what, fallback);
    }
    // "empty", "a list", "a mapping", "the text \"x\"", "the number 42", "the boolean true".
    static QString describe(const YAML::Node& node);

private:
    bool quoteIsClosed(const YAML::Node& map, const char* key) const;

    QString m_sourceName;
    QByteArray m_text;
    int m_firstLine = 1;
    QList<RunbookProblem>& m_problems;
};

} // namespace wk::runbooks
