#include "workspace/AlertServiceReader.h"

#include "workspace/BaseUrl.h"
#include "workspace/SectionChecks.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr int maxTimeoutSeconds = 5 * 60;
constexpr int minRefreshSeconds = 10; // the vendors' search limits do not allow a faster list poll
constexpr int maxRefreshSeconds = 60 * 60;

const QString context = u"alerts"_s;

// Where the secret goes, named for the backend the section declares (both while it is not readable yet).
SecretAdvice secretAdviceFor(const YAML::Node& node)
{
    QString backend;
    if (const auto entry = YamlReader::entry(node, "backend"); entry && entry->value.IsScalar())
        backend = QString::fromStdString(entry->value.Scalar()).trimmed();
    if (backend == u"opsgenie"_s) {
        const QString store = u"the keychain under \"alerts/opsgenie\" or in WATCHKEEPER_OPSGENIE_API_KEY"_s;
        return {store, u"the Opsgenie API key goes in "_s + store};
    }
    if (backend == u"jsm"_s) {
        const QString store = u"the keychain under \"alerts/jsm\" or in WATCHKEEPER_JSM_API_TOKEN"_s;
        return {store, u"the JSM API token goes in "_s + store};
    }
    const QString store = u"the keychain (\"alerts/opsgenie\" or \"alerts/jsm\") or in WATCHKEEPER_OPSGENIE_API_KEY "
                          u"or WATCHKEEPER_JSM_API_TOKEN"_s;
    return {store, u"the API key or token goes in "_s + store};
}

QString backendToken(AlertServiceKind kind)
{
    return kind == AlertServiceKind::Jsm ? u"jsm"_s : u"opsgenie"_s;
}

} // namespace

AlertServiceReader::AlertServiceReader(YamlReader& yaml)
    : m_yaml(yaml)
{ }

bool AlertServiceReader::read(const YAML::Node& root, AlertService& service)
{
    // `alerts:` with every key commented out is as absent as no section at all.
    const auto section = YamlReader::entry(root, "alerts");
    if (!section || section->value.IsNull())
        return true;
    const YAML::Node node = section->value;
    if (!m_yaml.expectMap(node, context, u"\"alerts\""_s))
        return false;
    const QStringList keys{u"backend"_s, u"region"_s, u"api_url"_s, u"cloud_id"_s, u"email"_s, u"user"_s, u"query"_s,
        u"saved_queries"_s, u"schedules"_s, u"ca_file"_s, u"timeout"_s, u"refresh"_s, u"heartbeats"_s};
    AlertService read;
    if (!refuseSecretKeys(m_yaml, node, context, secretAdviceFor(node)) || !m_yaml.checkKeys(node, context, keys)
        || !readBackend(node, read) || !readHost(node, read) || !readJsmAccount(node, read)
        || !m_yaml.readString(node, "user", context, read.user, YamlReader::has(node, "user"))
        || !readQueries(node, read) || !readSchedules(node, read) || !readCaFile(m_yaml, node, context, read.caFile)
        || !readTimes(node, read) || !m_yaml.readBool(node, "heartbeats", context, read.heartbeats))
        return false;
    service = read;
    return true;
}

bool AlertServiceReader::readBackend(const YAML::Node& node, AlertService& service)
{
    constexpr std::array kinds{AlertServiceKind::Opsgenie, AlertServiceKind::Jsm};
    if (!m_yaml.require(node, "backend", context))
        return false;
    qsizetype index = 0;
    if (!m_yaml.readChoice(node, "backend", context, {u"opsgenie"_s, u"jsm"_s}, index))
        return false;
    service.kind = kinds[std::size_t(index)];
    return true;
}

bool AlertServiceReader::onlyFor(
    const YAML::Node& node, const char* key, AlertServiceKind kind, const AlertService& service)
{
    if (service.kind == kind || !YamlReader::has(node, key))
        return true;
    return m_yaml.failAt(YamlReader::markOf(node, key), context,
        u'"' + QString::fromUtf8(key) + u"\" only applies to backend: "_s + backendToken(kind));
}

bool AlertServiceReader::readHost(const YAML::Node& node, AlertService& service)
{
    if (!onlyFor(node, "region", AlertServiceKind::Opsgenie, service))
        return false;
    qsizetype region = 0;
    if (!m_yaml.readChoice(node, "region", context, {u"us"_s, u"eu"_s}, region))
        return false;
    service.eu = region == 1;
    if (!YamlReader::has(node, "api_url"))
        return true;
    if (YamlReader::has(node, "region")) {
        return m_yaml.failAt(YamlReader::markOf(node, "api_url"), context,
            u"give \"region\" or \"api_url\", not both: each one chooses the host"_s);
    }
    QString text;
    if (!m_yaml.readString(node, "api_url", context, text, true))
        return false;
    // The message never repeats the address: a wrong one may carry a key in its query.
    const auto url = parseAlertApiUrl(text);
    if (!url)
        return m_yaml.failAt(YamlReader::markOf(node, "api_url"), context, u"\"api_url\" "_s + url.error());
    service.apiUrl = *url;
    return true;
}

bool AlertServiceReader::readJsmAccount(const YAML::Node& node, AlertService& service)
{
    if (!onlyFor(node, "cloud_id", AlertServiceKind::Jsm, service)
        || !onlyFor(node, "email", AlertServiceKind::Jsm, service))
        return false;
    if (service.kind != AlertServiceKind::Jsm)
        return true;
    if (!YamlReader::has(node, "cloud_id")) {
        return m_yaml.failAt(YamlReader::markOf(node, "backend"), context,
            u"backend: jsm needs \"cloud_id\" (https://<site>.atlassian.net/_edge/tenant_info shows it)"_s);
    }
    if (!YamlReader::has(node, "email")) {
        return m_yaml.failAt(YamlReader::markOf(node, "backend"), context,
            u"backend: jsm needs \"email\": the Atlassian account the API token belongs to"_s);
    }
    if (!m_yaml.readString(node, "cloud_id", context, service.cloudId, true)
        || !m_yaml.readString(node, "email", context, service.email, true))
        return false;
    if (!YamlReader::isId(service.cloudId)) {
        return m_yaml.failAt(YamlReader::markOf(node, "cloud_id"), context,
            u"\"cloud_id\" is a site's id such as 0b1c2d3e-4f56-...: letters, digits and \"-\", not "_s
                + YamlReader::quoted(service.cloudId));
    }
    const qsizetype at = service.email.indexOf(u'@');
    if (at <= 0 || at == service.email.size() - 1 || service.email.contains(u' ') || service.email.contains(u':')) {
        return m_yaml.failAt(YamlReader::markOf(node, "email"), context,
            u"\"email\" must be an address such as oncall@example.com, not "_s + YamlReader::quoted(service.email));
    }
    return true;
}

bool AlertServiceReader::readQueries(const YAML::Node& node, AlertService& service)
{
    return m_yaml.readString(node, "query", context, service.query, YamlReader::has(node, "query"))
        && readTextMap(node, "saved_queries", u"p1: 'status:open AND priority:P1'"_s, true, service.savedQueries);
}

bool AlertServiceReader::readSchedules(const YAML::Node& node, AlertService& service)
{
    QList<std::pair<QString, QString>> schedules;
    if (!readTextMap(node, "schedules", u"ml-platform: ML Platform on call"_s, false, schedules))
        return false;
    for (const auto& [team, schedule] : std::as_const(schedules))
        service.schedules.insert(team, schedule);
    return true;
}

bool AlertServiceReader::readTextMap(const YAML::Node& node, const char* key, const QString& example, bool idNames,
    QList<std::pair<QString, QString>>& out)
{
    const auto entry = YamlReader::entry(node, key);
    if (!entry || entry->value.IsNull())
        return true;
    if (!entry->value.IsMap()) {
        return m_yaml.failAt(YamlReader::markOf(*entry), context,
            u'"' + QString::fromUtf8(key) + u"\" must be a mapping of names to text, such as "_s + example);
    }
    QHash<QString, int> seen; // name -> line (0-based)
    for (auto it = entry->value.begin(); it != entry->value.end(); ++it) {
        const YAML::Node name = it->first; // it-> hands out a temporary
        if (!name.IsScalar())
            return m_yaml.fail(name, context, u"names in \""_s + QString::fromUtf8(key) + u"\" must be plain text"_s);
        const std::string nameText = name.Scalar();
        const QString title = QString::fromStdString(nameText).trimmed();
        if (title.isEmpty())
            return m_yaml.fail(name, context, u"a name in \""_s + QString::fromUtf8(key) + u"\" is empty"_s);
        if (idNames && !YamlReader::isId(title)) {
            return m_yaml.fail(name, context,
                u"name "_s + YamlReader::quoted(title) + u" in \""_s + QString::fromUtf8(key)
                    + u"\" may only hold letters, digits, \"-\" and \"_\" (it is typed on the command line)"_s);
        }
        if (const auto first = seen.constFind(title); first != seen.cend()) {
            return m_yaml.fail(name, context,
                YamlReader::quoted(title) + u" is given twice in \""_s + QString::fromUtf8(key)
                    + u"\" (first on line "_s + QString::number(*first + 1) + u')');
        }
        seen.insert(title, name.Mark().line);
        QString text;
        if (!m_yaml.readString(entry->value, nameText.c_str(), context, text, true))
            return false;
        out.append({title, text});
    }
    return true;
}

bool AlertServiceReader::readTimes(const YAML::Node& node, AlertService& service)
{
    qint64 timeout = service.timeoutSeconds;
    qint64 refresh = service.refreshSeconds;
    if (!m_yaml.readDuration(node, "timeout", context, 1, maxTimeoutSeconds, timeout)
        || !m_yaml.readDuration(node, "refresh", context, minRefreshSeconds, maxRefreshSeconds, refresh))
        return false;
    service.timeoutSeconds = int(timeout);
    service.refreshSeconds = int(refresh);
    return true;
}

} // namespace wk::workspace
