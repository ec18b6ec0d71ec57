// Writes go out once per attempt: the HTTP service sends requests that are not idempotent through OneShotHttp,
// here against a scripted loopback server that answers, cuts, resets, stalls or speaks TLS.
#include "../support/SkipWhenMissing.h"
#include "ScriptedHttpServer.h"
#include "net/HttpService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::chaos;
using Then = ScriptedHttpServer::Then;
using Reply = ScriptedHttpServer::Reply;

namespace {

const QByteArray accepted = R"({"result":"Request will be processed","took":0.01,"requestId":"r-1"})";

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

net::HttpRequest write(const QUrl& base, int timeoutMs = 5'000)
{
    net::HttpRequest request;
    request.method = net::HttpRequest::Method::Post;
    request.url = base.resolved(QUrl(u"/v2/alerts/a-1/acknowledge?identifierType=id"_s));
    request.headers = {{"Authorization", "GenieKey secret-key"}};
    request.body = R"({"user":"alice","source":"Watchkeeper"})";
    request.contentType = "application/json";
    request.timeoutMs = timeoutMs;
    request.idempotent = false;
    request.maxAttempts = 3; // ignored for writes: one attempt per send()
    return request;
}

// Sends and waits for the answer (at most 20 s).
Result<net::HttpResponse> send(net::HttpService& http, const net::HttpRequest& request)
{
    std::optional<Result<net::HttpResponse>> out;
    QEventLoop loop;
    QObject context;
    http.send(request, &context, [&](Result<net::HttpResponse> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return makeError(ErrorCode::Cancelled, u"no answer within 20 s"_s);
    return std::move(*out);
}

Reply answerWith(const QByteArray& bytes)
{
    return Reply{{bytes}, Then::Close, 0};
}

} // namespace

TEST(OneShotHttp, AResetAfterTheRequestIsANetworkErrorAndTheRequestWentOnce)
{
    ScriptedHttpServer server([](const QByteArray&) { return Reply{{}, Then::Reset, 0}; });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    const auto result = send(http, write(server.url()));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    EXPECT_TRUE(result.error().detail.startsWith(u"the connection to 127.0.0.1 broke before the answer arrived"_s))
        << result.error().detail.toStdString();
    spin(300); // a resend would arrive by now
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.connections(), 1);
    EXPECT_EQ(http.requestsStarted(), 1);
}

TEST(OneShotHttp, TheRequestCarriesItsHeadersAndBodyAndClosesTheConnection)
{
    ScriptedHttpServer server([](const QByteArray&) { return answerWith(ScriptedHttpServer::answer(202, accepted)); });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    const auto result = send(http, write(server.url()));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    const QByteArray& request = server.requests()[0];
    EXPECT_TRUE(request.startsWith("POST /v2/alerts/a-1/acknowledge?identifierType=id HTTP/1.1\r\n"));
    const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.url().port()) + "\r\n";
    EXPECT_TRUE(request.contains(host));
    EXPECT_TRUE(request.contains("\r\nAuthorization: GenieKey secret-key\r\n"));
    EXPECT_TRUE(request.contains("\r\nContent-Type: application/json\r\n"));
    EXPECT_TRUE(request.contains("\r\nContent-Length: 39\r\n"));
    EXPECT_TRUE(request.contains("\r\nConnection: close\r\n"));
    EXPECT_TRUE(request.endsWith("\r\n\r\n{\"user\":\"alice\",\"source\":\"Watchkeeper\"}"));
    EXPECT_EQ(result->status, 202);
    EXPECT_EQ(result->body, accepted);
    EXPECT_EQ(result->attempts, 1);
}

TEST(OneShotHttp, ErrorStatusesAreAnswersAndAreNotRetried)
{
    for (const auto& [status, extra] :
        {std::pair{404, QByteArray("X-Opsgenie-Errortype: RequestNotProcessed\r\n")}, std::pair{422, QByteArray()},
            std::pair{429, QByteArray("Retry-After: 3\r\n")}, std::pair{503, QByteArray("Retry-After: 0\r\n")}}) {
        const QByteArray body = R"({"message":"status )" + QByteArray::number(status) + "\"}";
        ScriptedHttpServer server(
            [&](const QByteArray&) { return answerWith(ScriptedHttpServer::answer(status, body, extra)); });
        ASSERT_TRUE(server.listen());
        net::HttpService http;
        http.setBackoffBaseMs(1);
        const auto result = send(http, write(server.url()));
        ASSERT_TRUE(result.has_value()) << status << ": " << result.error().detail.toStdString();
        EXPECT_EQ(result->status, status);
        EXPECT_EQ(result->body, body);
        if (status == 429) {
            EXPECT_EQ(result->header("retry-after"), "3");
        }
        spin(50);
        EXPECT_EQ(server.requests().size(), 1) << status;
    }
}

TEST(OneShotHttp, ChunkedAnswerArrivingInPieces)
{
    ScriptedHttpServer server([](const QByteArray&) {
        return Reply{{"HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n1", "4\r\n{\"result\":\"Re",
                         "quest\"}\r\n", "7\r\n,\"a\":1}\r\n0\r\n\r\n"},
            Then::Silence, 30};
    });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    const auto result = send(http, write(server.url()));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->status, 202);
    EXPECT_EQ(result->body, R"({"result":"Request"},"a":1})");
}

TEST(OneShotHttp, AnAnswerWithoutLengthEndsWithTheConnection)
{
    ScriptedHttpServer server([](const QByteArray&) {
        return Reply{{"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":", "1}"}, Then::Close, 20};
    });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    const auto result = send(http, write(server.url()));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->body, "{\"a\":1}");
}

TEST(OneShotHttp, SilenceIsATimeoutAndNothingIsSentAgain)
{
    ScriptedHttpServer server([](const QByteArray&) { return Reply{{}, Then::Silence, 0}; });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    QElapsedTimer timer;
    timer.start();
    const auto result = send(http, write(server.url(), 300));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Timeout);
    EXPECT_EQ(result.error().detail, u"no answer within 0.3 s from 127.0.0.1"_s);
    EXPECT_GE(timer.elapsed(), 250); // coarse timers may fire up to 5% early
    EXPECT_LT(timer.elapsed(), 3'000);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(OneShotHttp, AStallOrACutInTheMiddleOfTheBody)
{
    const QByteArray half = "HTTP/1.1 202 Accepted\r\nContent-Length: 100\r\n\r\n{\"result\":";
    ScriptedHttpServer stalling([&](const QByteArray&) { return Reply{{half}, Then::Silence, 0}; });
    ASSERT_TRUE(stalling.listen());
    net::HttpService http;
    const auto stalled = send(http, write(stalling.url(), 300));
    ASSERT_FALSE(stalled.has_value());
    EXPECT_EQ(stalled.error().code, ErrorCode::Timeout);
    EXPECT_TRUE(stalled.error().detail.contains(u"stalled"_s)) << stalled.error().detail.toStdString();

    ScriptedHttpServer cutting([&](const QByteArray&) { return Reply{{half}, Then::Reset, 50}; });
    ASSERT_TRUE(cutting.listen());
    const auto cut = send(http, write(cutting.url()));
    ASSERT_FALSE(cut.has_value());
    EXPECT_EQ(cut.error().code, ErrorCode::Network);
    EXPECT_TRUE(cut.error().detail.contains(u"before the whole answer arrived"_s)) << cut.error().detail.toStdString();
    EXPECT_EQ(cutting.requests().size(), 1);
}

TEST(OneShotHttp, OversizeAndNonHttpAnswersAreErrors)
{
    ScriptedHttpServer big(
        [](const QByteArray&) { return answerWith(ScriptedHttpServer::answer(200, QByteArray(5000, 'x'))); });
    ASSERT_TRUE(big.listen());
    net::HttpService http;
    net::HttpRequest request = write(big.url());
    request.maxBytes = 1000;
    const auto tooLarge = send(http, request);
    ASSERT_FALSE(tooLarge.has_value());
    EXPECT_EQ(tooLarge.error().code, ErrorCode::Parse);
    EXPECT_TRUE(tooLarge.error().detail.startsWith(u"the answer is larger than"_s));

    ScriptedHttpServer ssh([](const QByteArray&) { return answerWith("SSH-2.0-OpenSSH_9.2\r\n"); });
    ASSERT_TRUE(ssh.listen());
    const auto garbage = send(http, write(ssh.url()));
    ASSERT_FALSE(garbage.has_value());
    EXPECT_EQ(garbage.error().code, ErrorCode::Network);
    EXPECT_TRUE(garbage.error().detail.contains(u"SSH-2.0"_s)) << garbage.error().detail.toStdString();
}

TEST(OneShotHttp, NobodyListeningIsANetworkError)
{
    QUrl url;
    {
        ScriptedHttpServer gone([](const QByteArray&) { return Reply{}; });
        ASSERT_TRUE(gone.listen());
        url = gone.url();
    }
    net::HttpService http;
    const auto result = send(http, write(url));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    EXPECT_TRUE(result.error().detail.startsWith(u"127.0.0.1: "_s)) << result.error().detail.toStdString();
}

TEST(OneShotHttp, NoCallbackAfterTheContextIsGone)
{
    ScriptedHttpServer server([](const QByteArray&) {
        return Reply{{ScriptedHttpServer::answer(202, accepted)}, Then::Close, 0};
    });
    ASSERT_TRUE(server.listen());
    net::HttpService http;
    bool called = false;
    {
        QObject context;
        http.send(write(server.url()), &context, [&](Result<net::HttpResponse>) { called = true; });
    }
    spin(300);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_FALSE(called);
}

// TLS against a self-signed certificate made for this run: trusted through the request's CA file, refused
// without it (and then no request is sent at all).
TEST(OneShotHttp, TlsVerifiesThePeerWithTheExtraCaFile)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        WK_SKIP_WHEN_MISSING("needs the openssl command (Debian package openssl) and a TLS backend");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString certPath = dir.filePath(u"cert.pem"_s);
    const QString keyPath = dir.filePath(u"key.pem"_s);
    QProcess make;
    make.start(openssl,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
            u"-keyout"_s, keyPath, u"-out"_s, certPath});
    ASSERT_TRUE(make.waitForFinished(30'000));
    ASSERT_EQ(make.exitCode(), 0) << make.readAllStandardError().toStdString();

    QFile keyFile(keyPath);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromPath(certPath));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client certificate

    ScriptedHttpServer server([](const QByteArray&) { return answerWith(ScriptedHttpServer::answer(202, accepted)); });
    ASSERT_TRUE(server.listenTls(config));
    net::HttpService http;

    net::HttpRequest trusted = write(server.url());
    trusted.caFile = certPath;
    const auto ok = send(http, trusted);
    ASSERT_TRUE(ok.has_value()) << ok.error().detail.toStdString();
    EXPECT_EQ(ok->status, 202);
    EXPECT_EQ(ok->body, accepted);
    EXPECT_EQ(server.requests().size(), 1);

    const auto refused = send(http, write(server.url()));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Network);
    EXPECT_TRUE(refused.error().detail.startsWith(u"TLS: "_s)) << refused.error().detail.toStdString();
    spin(100);
    EXPECT_EQ(server.requests().size(), 1) << "nothing may be sent to a server that was not verified";
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
