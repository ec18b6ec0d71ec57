#include "workspace/SourceReader.h"

#include "workspace/BaseUrl.h"
#include "workspace/SectionChecks.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr int maxTimeoutSeconds = 5 * 60;

// RFC 7230 token: the characters a header name may hold.
bool isHeaderName(QStringView name)
{
    constexpr QStringView symbols = u"!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [&](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || symbols.contains(c);
    });
}

bool isPrintableAscii(QStringView text)
{
    return std::all_of(
        text.begin(), text.end(), [](QChar c) { return c == u'\t' || (c.unicode() >= 0x20 && c.unicode() < 0x7F); });
}

// Where this source's secret goes, for messages; the placeholder while the name is unusable.
QString secretEnvVarNamed(const QString& name)
{
    if (!YamlReader::isId(name))
        return u"WATCHKEEPER_SOURCE_<NAME>_SECRET"_s;
    DataSource source;
    source.name = name;
    return secretEnvVarFor(source);
}

} // namespace

SourceReader::SourceReader(YamlReader& yaml)
    : m_yaml(yaml)
{ }

bool SourceReader::read(const YAML::Node& root, QList<DataSource>& sources)
{
    // `sources:` with every entry commented out is as empty as `sources: []`.
    const auto list = YamlReader::entry(root, "sources");
    if (!list || list->value.IsNull())
        return true;
    if (!m_yaml.expectList(root, "sources", u"workspace"_s))
        return false;
    int number = 0;
    for (const YAML::Node& node : list->value) {
        DataSource source;
        if (!readSource(node, ++number, source))
            return false;
        sources.append(source);
    }
    if (!sources.isEmpty() && m_markedDefault.first.isEmpty())
        sources.first().isDefault = true;
    return true;
}

bool SourceReader::readPanelSource(const YAML::Node& panel, const QString& context, QString& source)
{
    if (!YamlReader::has(panel, "source"))
        return true;
    if (!m_yaml.readString(panel, "source", context, source, true))
        return false;
    if (m_names.contains(source))
        return true;
    const QString declared = m_names.isEmpty()
        ? u"no sources are declared: add it under \"sources\", or remove \"source\" to use the demo fleet"_s
        : u"declared: "_s + m_names.join(u", "_s);
    return m_yaml.failAt(YamlReader::markOf(panel, "source"), context,
        u"unknown source "_s + YamlReader::quoted(source) + u" ("_s + declared + u')');
}

bool SourceReader::readSource(const YAML::Node& node, int number, DataSource& source)
{
    QString context = u"source "_s + QString::number(number);
    if (!m_yaml.expectMap(node, context, u"each source"_s))
        return false;
    context = YamlReader::contextFor(node, "name", u"source"_s, context);
    QString name;
    if (const auto entry = YamlReader::entry(node, "name"); entry && entry->value.IsScalar())
        name = QString::fromStdString(entry->value.Scalar()).trimmed();

    // Before the key check, so `token:` is refused as a secret rather than suggested a spelling.
    const QStringList keys{u"name"_s, u"type"_s, u"url"_s, u"auth"_s, u"username"_s, u"headers"_s, u"ca_file"_s,
        u"timeout"_s, u"default"_s};
    qint64 timeout = source.timeoutSeconds;
    const QString envVar = secretEnvVarNamed(name);
    const SecretAdvice advice{u"the keychain or in "_s + envVar,
        u"set auth: bearer or basic, and the secret goes in the keychain or in "_s + envVar};
    if (!refuseSecretKeys(m_yaml, node, context, advice) || !m_yaml.checkKeys(node, context, keys)
        || !readName(node, context, source) || !readType(node, context, source) || !readUrl(node, context, source)
        || !readAuth(node, context, source) || !readHeaders(node, context, source)
        || !readCaFile(m_yaml, node, context, source.caFile)
        || !m_yaml.readDuration(node, "timeout", context, 1, maxTimeoutSeconds, timeout)
        || !readDefault(node, context, source))
        return false;
    source.timeoutSeconds = int(timeout);
    return true;
}

bool SourceReader::readName(const YAML::Node& node, const QString& context, DataSource& source)
{
    if (!m_yaml.readString(node, "name", context, source.name, true))
        return false;
    const YAML::Mark mark = YamlReader::markOf(node, "name");
    if (!YamlReader::isId(source.name)) {
        return m_yaml.failAt(mark, context,
            u"\"name\" may only hold letters, digits, \"-\" and \"_\", not "_s + YamlReader::quoted(source.name));
    }
    if (const auto first = m_nameLines.constFind(source.name); first != m_nameLines.cend()) {
        return m_yaml.failAt(mark, context,
            u"name "_s + YamlReader::quoted(source.name) + u" is already used on line "_s
                + QString::number(*first + 1));
    }
    // "prod-eu" and "PROD_EU" would read the same environment variable: refuse the ambiguity.
    const QString envVar = secretEnvVarFor(source);
    if (const auto owner = m_envVarOwners.constFind(envVar); owner != m_envVarOwners.cend()) {
        return m_yaml.failAt(mark, context,
            u"name "_s + YamlReader::quoted(source.name) + u" would share "_s + envVar + u" with source "_s
                + YamlReader::quoted(*owner) + u"; make the names differ by more than case, \"-\" and \"_\""_s);
    }
    m_nameLines.insert(source.name, mark.line);
    m_envVarOwners.insert(envVar, source.name);
    m_names.append(source.name);
    return true;
}

bool SourceReader::readType(const YAML::Node& node, const QString& context, DataSource& source)
{
    if (!m_yaml.readString(node, "type", context, source.type, true))
        return false;
    if (source.type == u"prometheus"_s)
        return true;
    const QStringList compatible{
        u"thanos"_s, u"mimir"_s, u"cortex"_s, u"victoriametrics"_s, u"victoria-metrics"_s, u"vm"_s};
    const QString hint = compatible.contains(source.type.toLower())
        ? u"use prometheus: Thanos, Mimir and VictoriaMetrics speak the Prometheus API"_s
        : u"expected prometheus"_s;
    return m_yaml.failAt(YamlReader::markOf(node, "type"), context,
        u"unknown type "_s + YamlReader::quoted(source.type) + u" ("_s + hint + u')');
}

bool SourceReader::readUrl(const YAML::Node& node, const QString& context, DataSource& source)
{
    QString text;
    if (!m_yaml.readString(node, "url", context, text, true))
        return false;
    // Messages never repeat the URL: a wrong one may carry a password or a token in its query.
    const auto problem = [&](const QString& what) {
        return m_yaml.failAt(YamlReader::markOf(node, "url"), context, u"\"url\" "_s + what);
    };
    BaseUrlRules rules;
    rules.credentialsAdvice = u"credentials belong in the keychain (set auth: basic or bearer; the secret goes in "
                              u"the keychain or its WATCHKEEPER_SOURCE_<NAME>_SECRET)"_s;
    auto url = parseBaseUrl(text, rules);
    if (!url)
        return problem(url.error());
    QString path = url->path(QUrl::FullyEncoded);
    if (QString(path.toLower() + u'/').contains(u"/api/v1/"_s))
        return problem(u"is the server's base address: leave out \"/api/v1...\" (watchkeeper adds it)"_s);
    while (path.endsWith(u'/'))
        path.chop(1);
    url->setPath(path, QUrl::TolerantMode);
    source.url = *url;
    return true;
}

bool SourceReader::readAuth(const YAML::Node& node, const QString& context, DataSource& source)
{
    constexpr std::array auths{SourceAuth::None, SourceAuth::Bearer, SourceAuth::Basic};
    qsizetype index = 0;
    if (!m_yaml.readChoice(node, "auth", context, {u"none"_s, u"bearer"_s, u"basic"_s}, index))
        return false;
    source.auth = auths[std::size_t(index)];
    const bool hasUsername = YamlReader::has(node, "username");
    if (hasUsername && source.auth != SourceAuth::Basic) {
        return m_yaml.failAt(
            YamlReader::markOf(node, "username"), context, u"\"username\" only applies to auth: basic"_s);
    }
    if (!hasUsername && source.auth == SourceAuth::Basic) {
        return m_yaml.failAt(YamlReader::markOf(node, "auth"), context,
            u"auth: basic needs a \"username\" (the password goes in the keychain, not in this file)"_s);
    }
    if (!m_yaml.readString(node, "username", context, source.username, hasUsername))
        return false;
    if (source.username.contains(u':')) {
        return m_yaml.failAt(YamlReader::markOf(node, "username"), context,
            u"\"username\" must not contain \":\" (the password goes in the keychain, not in this file)"_s);
    }
    return true;
}

bool SourceReader::readHeaders(const YAML::Node& node, const QString& context, DataSource& source)
{
    const auto headers = YamlReader::entry(node, "headers");
    if (!headers)
        return true;
    if (!headers->value.IsMap()) {
        return m_yaml.failAt(YamlReader::markOf(*headers), context,
            u"\"headers\" must be a mapping of header names to values, such as X-Scope-OrgID: team-a"_s);
    }
    // Authorization and secret-looking names were refused by refuseSecrets() already.
    QHash<QString, int> seen; // lower-case name -> line (0-based): header names ignore case
    for (auto it = headers->value.begin(); it != headers->value.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar())
            return m_yaml.fail(key, context, u"header names must be plain text"_s);
        const std::string keyText = key.Scalar();
        const QString name = QString::fromStdString(keyText);
        if (!isHeaderName(name)) {
            return m_yaml.fail(key, context,
                u"header name "_s + YamlReader::quoted(name)
                    + u" is not valid in HTTP (letters, digits and !#$%&'*+-.^_`|~, no spaces)"_s);
        }
        if (const auto first = seen.constFind(name.toLower()); first != seen.cend()) {
            return m_yaml.fail(key, context,
                u"header "_s + YamlReader::quoted(name) + u" is given twice (first on line "_s
                    + QString::number(*first + 1) + u"; header names ignore case)"_s);
        }
        seen.insert(name.toLower(), key.Mark().line);
        QString value;
        if (!m_yaml.readString(headers->value, keyText.c_str(), context, value, true))
            return false;
        if (!isPrintableAscii(value)) {
            return m_yaml.failAt(YamlReader::markOf(headers->value, keyText.c_str()), context,
                u"header "_s + YamlReader::quoted(name) + u" must be plain ASCII text on one line"_s);
        }
        source.headers.append({name, value});
    }
    return true;
}

bool SourceReader::readDefault(const YAML::Node& node, const QString& context, DataSource& source)
{
    if (!m_yaml.readBool(node, "default", context, source.isDefault))
        return false;
    if (!source.isDefault)
        return true;
    const YAML::Mark mark = YamlReader::markOf(node, "default");
    if (!m_markedDefault.first.isEmpty()) {
        return m_yaml.failAt(mark, context,
            u"source "_s + YamlReader::quoted(m_markedDefault.first) + u" on line "_s
                + QString::number(m_markedDefault.second + 1) + u" is already the default; only one source can be"_s);
    }
    m_markedDefault = {source.name, mark.line};
    return true;
}

} // namespace wk::workspace
