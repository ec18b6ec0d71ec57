#pragma once

#include <QString>
#include <QUrl>

#include <expected>

namespace wk::workspace {

struct BaseUrlRules
{
    // What to say instead of a user:password@ in the address: where the credentials go.
    QString credentialsAdvice;
    // Plain http only to this machine (127.0.0.1, localhost, ::1): a secret must not cross a network in clear.
    bool httpsUnlessLoopback = false;
};

// A server's base address: http(s), a host, an optional port and path; no user info, query or fragment.
// The error completes a sentence about the address ("must not have a query string ...") and never repeats the
// text, which may hold a password or a token.
std::expected<QUrl, QString> parseBaseUrl(const QString& text, const BaseUrlRules& rules);

// 127.0.0.0/8, ::1 and localhost.
bool isLoopbackHost(const QString& host);

// The rules for an alert service's `api_url` (workspace) and `--api-url` (command line): also https unless
// loopback, and no API path (watchkeeper adds /v2, or /jsm/ops/api/<cloud_id>/v1); trailing slashes dropped.
std::expected<QUrl, QString> parseAlertApiUrl(const QString& text);

} // namespace wk::workspace
