#include "GenieTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace wk::fakegenie::testing {

QJsonObject Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Answer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Answer::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

GenieTestClient::GenieTestClient(const FakeGenieServer& server)
    : m_server(server)
    , m_authorization(server.authorization())
{ }

QUrl GenieTestClient::url(const QString& path, const Params& params) const
{
    QString text = m_server.apiBase().toString() + path;
    QStringList parts;
    for (const auto& [key, value] : params)
        parts.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!parts.isEmpty())
        text += u'?' + parts.join(u'&');
    return QUrl(text, QUrl::StrictMode);
}

Answer GenieTestClient::get(const QString& path, const Params& params)
{
    return send("GET", path, params);
}

Answer GenieTestClient::post(const QString& path, const QJsonObject& body, const Params& params)
{
    return send("POST", path, params, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Answer GenieTestClient::send(
    const QByteArray& method, const QString& path, const Params& params, const QByteArray& body)
{
    return sendUrl(method, url(path, params), body);
}

Answer GenieTestClient::sendUrl(const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = QNetworkReply::TimeoutError;
    } else {
        answer.error = reply->error();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

QString GenieTestClient::act(const QString& path, const QJsonObject& body, const Params& params)
{
    const Answer answer = post(path, body, params);
    EXPECT_EQ(answer.status, 202) << path.toStdString() << ": " << answer.body.toStdString();
    EXPECT_EQ(answer.json().value(u"result"_s).toString(), u"Request will be processed"_s);
    return answer.json().value(u"requestId"_s).toString();
}

QJsonObject GenieTestClient::waitForRequest(const QString& requestId, int timeoutMs)
{
    const QString path = (m_server.vendor() == Vendor::Jsm ? u"/v1"_s : u"/v2"_s) + u"/alerts/requests/"_s + requestId;
    QJsonObject result;
    const bool done = waitUntil(
        [&] {
            const Answer answer = get(path);
            if (answer.status != 200)
                return false;
            result = m_server.vendor() == Vendor::Jsm ? answer.json() : answer.json().value(u"data"_s).toObject();
            return true;
        },
        timeoutMs);
    EXPECT_TRUE(done) << "request " << requestId.toStdString() << " was not processed in time";
    return result;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        spin(10);
    }
    return true;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace wk::fakegenie::testing
