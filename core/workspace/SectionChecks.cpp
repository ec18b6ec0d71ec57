#include "workspace/SectionChecks.h"

#include <QDir>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr int maxNesting = 8; // sections are two or three levels deep; anything deeper is wrong anyway

// "Bearer-Token", "api key" and "API_KEY" all read as "bearer_token", "api_key", "api_key".
QString normalizedKey(const QString& key)
{
    QString normal = key.trimmed().toLower();
    for (QChar& c : normal) {
        if (c == u'-' || c == u' ' || c == u'.')
            c = u'_';
    }
    return normal;
}

bool looksLikeSecret(const QString& normalKey)
{
    constexpr std::array<QStringView, 7> words{
        u"token", u"password", u"passwd", u"secret", u"api_key", u"apikey", u"credential"};
    return std::any_of(words.begin(), words.end(), [&](QStringView word) { return normalKey.contains(word); });
}

// tls_skip_verify, insecure_skip_verify, verify_ssl: false, insecure: true, ...
bool turnsVerificationOff(const QString& normalKey)
{
    return normalKey.contains(u"verify"_s) || normalKey.contains(u"insecure"_s);
}

bool isAuthorization(const QString& normalKey)
{
    return normalKey == u"authorization"_s || normalKey == u"proxy_authorization"_s;
}

bool refuseBelow(
    YamlReader& yaml, const YAML::Node& node, const QString& context, const SecretAdvice& advice, int depth)
{
    if (depth > maxNesting)
        return true;
    if (node.IsSequence()) {
        return std::all_of(node.begin(), node.end(),
            [&](const YAML::Node& item) { return refuseBelow(yaml, item, context, advice, depth + 1); });
    }
    if (!node.IsMap())
        return true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first; // it-> hands out a temporary
        if (key.IsScalar()) {
            const QString name = QString::fromStdString(key.Scalar());
            const QString normal = normalizedKey(name);
            if (isAuthorization(normal)) {
                return yaml.fail(key, context,
                    YamlReader::quoted(name) + u": an Authorization header is not read from the workspace file; "_s
                        + advice.authorization);
            }
            if (looksLikeSecret(normal)) {
                return yaml.fail(key, context,
                    YamlReader::quoted(name)
                        + u" looks like a secret: secrets are not read from the workspace file; store it in "_s
                        + advice.store);
            }
            if (turnsVerificationOff(normal)) {
                return yaml.fail(key, context,
                    YamlReader::quoted(name)
                        + u": TLS certificate verification is always on and cannot be disabled; to trust a private "
                          u"CA, give its certificate in \"ca_file\""_s);
            }
        }
        if (!refuseBelow(yaml, it->second, context, advice, depth + 1))
            return false;
    }
    return true;
}

} // namespace

bool refuseSecretKeys(YamlReader& yaml, const YAML::Node& node, const QString& context, const SecretAdvice& advice)
{
    return refuseBelow(yaml, node, context, advice, 0);
}

bool readCaFile(YamlReader& yaml, const YAML::Node& node, const QString& context, QString& caFile)
{
    if (!YamlReader::has(node, "ca_file"))
        return true;
    if (!yaml.readString(node, "ca_file", context, caFile, true))
        return false;
    if (!QDir::isAbsolutePath(caFile)) {
        return yaml.failAt(YamlReader::markOf(node, "ca_file"), context,
            u"\"ca_file\" must be an absolute path such as /etc/ssl/corp-ca.pem, not "_s + YamlReader::quoted(caFile));
    }
    return true;
}

} // namespace wk::workspace
