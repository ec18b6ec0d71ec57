#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace wk::workspace {

// Reads typed fields out of yaml-cpp nodes and keeps the first problem as
// "source:line:column: context: what", so every message says where and what.
// Internal to the workspace loader: yaml-cpp stays out of public headers.
class YamlReader
{
public:
    // `text` is the document yaml-cpp parsed; marks point into it.
    YamlReader(QString sourceName, QByteArray text);

    // Each check returns false after recording an error; only the first error is kept.
    bool fail(const YAML::Node& at, const QString& context, const QString& message);
    bool failAt(const YAML::Mark& mark, const QString& context, const QString& message);
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QString& sourceName() const { return m_sourceName; }

    // `what` names the node in the message: "each panel" -> "each panel must be a mapping, not a list".
    bool expectMap(const YAML::Node& node, const QString& context, const QString& what);

    // Every key must be a plain scalar listed in `allowed` and appear once: typos are errors.
    bool checkKeys(const YAML::Node& map, const QString& context, const QStringList& allowed);

    // One key of a mapping with its value; the key node is kept to point at empty values.
    struct Entry
    {
        YAML::Node key;
        YAML::Node value;
    };
    static std::optional<Entry> entry(const YAML::Node& map, const char* key);
    static bool has(const YAML::Node& map, const char* key) { return entry(map, key).has_value(); }
    // Where to point at for a value: the value itself, or its key when the value is empty.
    static YAML::Mark markOf(const Entry& entry);
    static YAML::Mark markOf(const YAML::Node& map, const char* key);

    // `missing "key"`, pointing at the mapping, when the key is absent.
    bool require(const YAML::Node& map, const char* key, const QString& context);
    // The value of `key` must be a list (not checked when absent).
    bool expectList(const YAML::Node& map, const char* key, const QString& context);

    // Readers leave `out` unchanged when the key is absent, unless `required` makes that an error.
    bool readString(const YAML::Node& map, const char* key, const QString& context, QString& out, bool required);
    bool readNumber(const YAML::Node& map, const char* key, const QString& context, std::optional<double>& out);
    bool readInt(const YAML::Node& map, const char* key, const QString& context, int& out);
    bool readBool(const YAML::Node& map, const char* key, const QString& context, bool& out);
    // Prometheus-style durations ("15s", "6h", "1h30m") between the bounds, in seconds.
    bool readDuration(const YAML::Node& map, const char* key, const QString& context, qint64 minSeconds,
        qint64 maxSeconds, qint64& seconds);

    // The position of the value of `key` in `names`; `index` is left unchanged when the key is absent.
    bool readChoice(
        const YAML::Node& map, const char* key, const QString& context, const QStringList& names, qsizetype& index);

    // "text" in double quotes, shortened when long so a message stays one line.
    static QString quoted(QStringView text);
    // The allowed key a typo most likely meant, if any is close enough to be a fair guess; empty otherwise.
    static QString closestKey(const QString& key, const QStringList& allowed);
    // `what "name"` from the node's `key` when it is readable, so even an unknown key names its owner
    // (panel "latency", source "prod"); `fallback` ("panel 3 of dashboard \"health\"") otherwise.
    static QString contextFor(const YAML::Node& node, const char* key, const QString& what, const QString& fallback);
    // Ids and names: ASCII letters, digits, "-" and "_", starting with a letter or digit.
    static bool isId(QStringView id);
    static QString durationText(qint64 seconds);
    static std::optional<qint64> parseDuration(QStringView text);

private:
    bool scalarText(const Entry& entry, const char* key, const QString& context, QString& text);
    bool quoteIsClosed(const YAML::Node& scalar) const;

    QString m_sourceName;
    QByteArray m_text;
    QString m_error;
};

} // namespace wk::workspace
