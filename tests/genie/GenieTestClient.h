#pragma once

#include "FakeGenieServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>
#include <utility>

namespace wk::fakegenie::testing {

using Params = QList<std::pair<QString, QString>>;

struct Answer
{
    int status = 0; // 0 when no HTTP answer came (reset, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};

// A blocking QNetworkAccessManager client for the tests: paths are relative to the server's apiBase()
// ("/v2/alerts" for Opsgenie, "/v1/alerts" for JSM), every value in `params` is percent-encoded.
class GenieTestClient
{
public:
    explicit GenieTestClient(const FakeGenieServer& server);

    void setAuthorization(const QByteArray& value) { m_authorization = value; }
    void clearAuthorization() { m_authorization.clear(); }

    Answer get(const QString& path, const Params& params = {});
    Answer post(const QString& path, const QJsonObject& body, const Params& params = {});
    Answer send(const QByteArray& method, const QString& path, const Params& params = {}, const QByteArray& body = {});
    Answer sendUrl(const QByteArray& method, const QUrl& url, const QByteArray& body = {});

    QUrl url(const QString& path, const Params& params = {}) const;

    // POSTs an action and returns the requestId of its 202 (empty, with a test failure, otherwise).
    QString act(const QString& path, const QJsonObject& body = {}, const Params& params = {});
    // Polls the request status until it is processed; returns its `data` (Opsgenie) or body (JSM).
    QJsonObject waitForRequest(const QString& requestId, int timeoutMs = 5000);

private:
    const FakeGenieServer& m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_authorization;
};

// Spins the event loop until `done` or the timeout; says which.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);
// Spins the event loop for `ms` (used only where a test must show that nothing happens).
void spin(int ms);

} // namespace wk::fakegenie::testing
