#include "genie/GenieEndpoint.h"

using namespace Qt::StringLiterals;

namespace wk::genie {

QString vendorName(Vendor vendor)
{
    return vendor == Vendor::Opsgenie ? u"Opsgenie"_s : u"JSM Ops"_s;
}

QString vendorToken(Vendor vendor)
{
    return vendor == Vendor::Opsgenie ? u"opsgenie"_s : u"jsm"_s;
}

QString domainName(Domain domain)
{
    switch (domain) {
    case Domain::Search:
        return u"search"_s;
    case Domain::Alert:
        return u"alert"_s;
    case Domain::ScheduleOnCalls:
        return u"schedule on-calls"_s;
    case Domain::Heartbeat:
        return u"heartbeat"_s;
    case Domain::Configuration:
        return u"configuration"_s;
    }
    return {};
}

QUrl GenieEndpoint::url(const QString& path, const QUrlQuery& query) const
{
    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    if (vendor == Vendor::Opsgenie)
        base += u"/v2/"_s;
    else
        base += u"/jsm/ops/api/"_s + pathSegment(cloudId) + u"/v1/"_s;
    QUrl url(base + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QByteArray GenieEndpoint::authorization(const QString& secret) const
{
    if (vendor == Vendor::Opsgenie)
        return "GenieKey " + secret.toUtf8();
    const QByteArray credentials = email.toUtf8() + ':' + secret.toUtf8();
    return "Basic " + credentials.toBase64();
}

QString GenieEndpoint::identity() const
{
    QString id = vendorToken(vendor) + u' ' + baseUrl.toString(QUrl::StripTrailingSlash);
    if (vendor == Vendor::Jsm)
        id += u' ' + cloudId;
    return id;
}

QString GenieEndpoint::secretKey() const
{
    return u"alerts/"_s + vendorToken(vendor);
}

QString GenieEndpoint::secretEnvVar() const
{
    return vendor == Vendor::Opsgenie ? u"WATCHKEEPER_OPSGENIE_API_KEY"_s : u"WATCHKEEPER_JSM_API_TOKEN"_s;
}

QString GenieEndpoint::pageSizeParameter() const
{
    return vendor == Vendor::Opsgenie ? u"limit"_s : u"size"_s;
}

QString GenieEndpoint::cursorParameter() const
{
    return vendor == Vendor::Opsgenie ? u"offset"_s : u"after"_s;
}

net::HttpRequest::Method GenieEndpoint::editMethod() const
{
    return vendor == Vendor::Opsgenie ? net::HttpRequest::Method::Put : net::HttpRequest::Method::Patch;
}

QUrl GenieEndpoint::webUrl() const
{
    if (vendor == Vendor::Jsm)
        return {};
    return baseUrl.host() == u"api.eu.opsgenie.com"_s ? QUrl(u"https://app.eu.opsgenie.com"_s)
                                                      : QUrl(u"https://app.opsgenie.com"_s);
}

QUrl opsgenieBaseUrl(bool eu)
{
    return eu ? QUrl(u"https://api.eu.opsgenie.com"_s) : QUrl(u"https://api.opsgenie.com"_s);
}

QUrl jsmBaseUrl()
{
    return QUrl(u"https://api.atlassian.com"_s);
}

QString pathSegment(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace wk::genie
