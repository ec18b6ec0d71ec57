#include "workspace/BaseUrl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace wk::workspace {

std::expected<QUrl, QString> parseBaseUrl(const QString& text, const BaseUrlRules& rules)
{
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    QStringView authority = QStringView(text).sliced(schemeEnd < 0 ? 0 : schemeEnd + 3);
    for (const QChar end : {u'/', u'?', u'#'}) {
        if (const qsizetype at = authority.indexOf(end); at >= 0)
            authority = authority.first(at);
    }
    if (authority.contains(u'@'))
        return std::unexpected(u"must not hold a user name or password: "_s + rules.credentialsAdvice);
    const QString scheme = schemeEnd < 0 ? QString() : text.first(schemeEnd).toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        return std::unexpected(u"must start with http:// or https://"_s
            + (scheme.isEmpty() ? QString() : u", not \""_s + text.first(schemeEnd + 3) + u'"'));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(u"is not a valid address (look for spaces, stray characters or a bad port)"_s);
    if (url.host().isEmpty())
        return std::unexpected(u"has no host name"_s);
    if (url.hasQuery())
        return std::unexpected(u"must not have a query string (\"?...\"): give the server's base address"_s);
    if (url.hasFragment())
        return std::unexpected(u"must not have a fragment (\"#...\"): give the server's base address"_s);
    if (rules.httpsUnlessLoopback && scheme == u"http"_s && !isLoopbackHost(url.host())) {
        return std::unexpected(u"must use https:// for "_s + url.host()
            + u" (http:// is only allowed to this machine: 127.0.0.1, localhost or ::1), so that the secret does "
              u"not cross the network in clear"_s);
    }
    return url;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::expected<QUrl, QString> parseAlertApiUrl(const QString& text)
{
    BaseUrlRules rules;
    rules.credentialsAdvice = u"the API key goes in the keychain or in its environment variable"_s;
    rules.httpsUnlessLoopback = true;
    auto url = parseBaseUrl(text, rules);
    if (!url)
        return url;
    QString path = url->path(QUrl::FullyEncoded);
    const QString probe = path.toLower() + u'/';
    if (probe.contains(u"/v2/"_s) || probe.contains(u"/jsm/ops/"_s) || probe.contains(u"/v1/"_s)) {
        return std::unexpected(
            u"is the service's base address: leave out the API path (watchkeeper adds /v2, or /jsm/ops/api/<cloud_id>/v1)"_s);
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    url->setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace wk::workspace
