#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace wk::net {

using Header = std::pair<QByteArray, QByteArray>;

// One request as a value: the client builds it, the HTTP service sends (and maybe retries) it.
struct HttpRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };
    Method method = Method::Get;
    QUrl url;
    QList<Header> headers;
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = 30'000; // no byte for this long ends the attempt
    bool idempotent = true; // only these are retried; any other goes out once, on a connection of its own
    int maxAttempts = 3;
    qint64 maxBytes = 64 * 1024 * 1024; // a larger answer is refused, not buffered
    QString caFile;                     // an extra CA; verification itself is never switched off
};

// "GET", "POST", ...
inline QByteArray methodName(HttpRequest::Method method)
{
    switch (method) {
    case HttpRequest::Method::Get:
        return "GET";
    case HttpRequest::Method::Post:
        return "POST";
    case HttpRequest::Method::Put:
        return "PUT";
    case HttpRequest::Method::Patch:
        return "PATCH";
    case HttpRequest::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<Header> headers;
    qint64 elapsedMs = 0;
    int attempts = 1;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace wk::net
