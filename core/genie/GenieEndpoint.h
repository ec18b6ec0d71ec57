#pragma once

#include "net/HttpTypes.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace wk::genie {

// Opsgenie and Jira Service Management Operations speak one API dialect (JSM Ops is Opsgenie under Atlassian's
// roof); they differ in host, path prefix, authentication, paging and envelope names. Everything vendor-specific
// about addressing lives here.
enum class Vendor { Opsgenie, Jsm };

// The rate-limit buckets the vendors keep per account; each request costs one token of exactly one.
enum class Domain { Search, Alert, ScheduleOnCalls, Heartbeat, Configuration };
constexpr int domainCount = 5;

QString vendorName(Vendor vendor);  // "Opsgenie", "JSM Ops"
QString vendorToken(Vendor vendor); // "opsgenie", "jsm"
QString domainName(Domain domain);  // "search", "alert", "schedule on-calls", ...

struct GenieEndpoint
{
    Vendor vendor = Vendor::Opsgenie;
    QUrl baseUrl;    // https://api.opsgenie.com, https://api.eu.opsgenie.com, https://api.atlassian.com
    QString cloudId; // JSM only
    QString email;   // JSM only: the account the API token belongs to
    QString caFile;
    int timeoutSeconds = 30;

    // https://api.opsgenie.com/v2/alerts/x/acknowledge; JSM: https://api.atlassian.com/jsm/ops/api/<cloud>/v1/...
    // `path` is relative ("alerts/x/acknowledge"); its segments must already be percent-encoded.
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    // The Authorization header for the secret: "GenieKey <key>", or Basic email:token for JSM.
    QByteArray authorization(const QString& secret) const;
    // "opsgenie https://api.eu.opsgenie.com": an outbox entry made for one service is never sent to another.
    QString identity() const;
    // Where the secret lives: keychain key and environment variable.
    QString secretKey() const;    // "alerts/opsgenie", "alerts/jsm"
    QString secretEnvVar() const; // WATCHKEEPER_OPSGENIE_API_KEY, WATCHKEEPER_JSM_API_TOKEN
    // The list size parameter: Opsgenie "limit" (at most 100), JSM "size".
    QString pageSizeParameter() const;
    // The opaque cursor of the next page of an alert's notes or logs: Opsgenie "offset", JSM "after".
    QString cursorParameter() const;
    // Edits: Opsgenie PUT, JSM PATCH.
    net::HttpRequest::Method editMethod() const;
    // The opening of the web app, for "open in browser"; empty when unknown.
    QUrl webUrl() const;
};

// The public hosts.
QUrl opsgenieBaseUrl(bool eu);
QUrl jsmBaseUrl();

// A path segment with "/" and other reserved characters escaped: alert ids and aliases come from outside.
QString pathSegment(const QString& text);

} // namespace wk::genie
