// TLS verification is on for every request the console makes. Against a loopback server whose certificate is
// self-signed (made for this run by openssl), each client refuses the server until it is given the certificate as
// its CA file, and then works: the Prometheus client (HttpService, reads), the Opsgenie client (HttpService for
// the list, the one-shot client for the acknowledgement), and the command line, which prints the reason. No
// request reaches an unverified server. The one-shot client on its own is covered by
// OneShotHttp.TlsVerifiesThePeerWithTheExtraCaFile (tests/chaos/test_one_shot_http.cpp); that no product source
// can switch verification off is checked by security.tls_cannot_be_switched_off (check_tls_verification.sh).
#include "../support/SkipWhenMissing.h"
#include "AwaitResult.h"
#include "FakeGenieServer.h"
#include "LoopbackRelay.h"
#include "ScriptedHttpServer.h"
#include "TestCertificate.h"
#include "WatchkeeperRun.h"
#include "common/Clock.h"
#include "genie/GenieAlertBackend.h"
#include "net/HttpService.h"
#include "prometheus/PrometheusClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::security;

namespace {

const QByteArray vector = R"({"status":"success","data":{"resultType":"vector",)"
                          R"("result":[{"metric":{"job":"tls"},"value":[1700000000,"1"]}]}})";

// What Qt says about this certificate; the message a person reads must carry it.
constexpr auto untrusted = "The certificate is self-signed, and untrusted";

class TlsVerification : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString why;
        auto made = makeTestCertificate(m_dir.path(), &why);
        if (!made)
            WK_SKIP_WHEN_MISSING(why.toStdString());
        m_cert = *made;
    }

    QTemporaryDir m_dir;
    TestCertificate m_cert;
};

std::unique_ptr<chaos::ScriptedHttpServer> prometheusLike(const QSslConfiguration& tls)
{
    auto server = std::make_unique<chaos::ScriptedHttpServer>([](const QByteArray&) {
        return chaos::ScriptedHttpServer::Reply{{chaos::ScriptedHttpServer::answer(200, vector)}};
    });
    EXPECT_TRUE(server->listenTls(tls));
    return server;
}

Result<metrics::QueryResult> queryUp(net::HttpService& http, const QUrl& url, const QString& caFile)
{
    prometheus::ClientConfig config;
    config.name = u"tls"_s;
    config.baseUrl = url;
    config.caFile = caFile;
    config.timeoutMs = 5'000;
    prometheus::PrometheusClient client(http, config);
    return testfleet::await<metrics::QueryResult>([&](QObject* context, auto done) {
        client.instantQuery({u"up"_s, {}}, context, done);
    });
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_F(TlsVerification, ThePrometheusClientRefusesAnUnknownCertificateAndTrustsItsCaFile)
{
    auto server = prometheusLike(m_cert.server);
    net::HttpService http;
    http.setBackoffBaseMs(1);

    const auto refused = queryUp(http, server->url(), {});
    ASSERT_FALSE(refused) << "answered over TLS without verifying the server";
    EXPECT_EQ(refused.error().code, ErrorCode::Network);
    EXPECT_TRUE(refused.error().detail.startsWith(u"TLS: "_s)) << refused.error().detail.toStdString();
    EXPECT_TRUE(refused.error().detail.contains(QLatin1StringView(untrusted))) << refused.error().detail.toStdString();
    EXPECT_TRUE(server->requests().isEmpty()) << "a request reached a server that was not verified";

    // A console of its own, as after adding ca_file to the workspace: one QNetworkAccessManager keeps the connection
    // it made for a host and port, with the TLS configuration of the request that made it.
    net::HttpService restarted;
    const auto trusted = queryUp(restarted, server->url(), m_cert.certificatePath);
    ASSERT_TRUE(trusted) << describe(trusted.error()).toStdString();
    ASSERT_TRUE(std::holds_alternative<metrics::Vector>(trusted->data));
    EXPECT_EQ(std::get<metrics::Vector>(trusted->data).size(), 1u);
    EXPECT_EQ(server->requests().size(), 1);
}

TEST_F(TlsVerification, TheAlertClientRefusesAnUnknownCertificateForReadsAndWrites)
{
    fakegenie::FakeGenieServer genie;
    genie.seedAlerts(5, 3, true);
    ASSERT_TRUE(genie.listen());
    LoopbackRelay tls(genie.url());
    ASSERT_TRUE(tls.listenTls(m_cert.server));
    SystemClock clock;
    const QString alertId = genie.alerts().constFirst()->id;

    for (const bool withCa : {false, true}) {
        SCOPED_TRACE(withCa ? "with the CA file" : "without the CA file");
        net::HttpService http; // a console of its own each time (see the Prometheus test)
        http.setBackoffBaseMs(1);
        genie::GenieEndpoint endpoint;
        endpoint.baseUrl = tls.url();
        endpoint.timeoutSeconds = 5;
        endpoint.caFile = withCa ? m_cert.certificatePath : QString();
        genie::GenieAlertBackend backend(http, endpoint, QString::fromLatin1(genie.options().apiKey), clock);

        const auto page = testfleet::await<alerts::AlertPage>(
            [&](QObject* context, auto done) { backend.list({}, context, done); });
        alerts::AlertAction ack;
        ack.alertId = alertId;
        ack.user = u"ada"_s;
        const auto receipt = testfleet::await<alerts::ActionReceipt>(
            [&](QObject* context, auto done) { backend.send(ack, context, done); });
        if (withCa) {
            ASSERT_TRUE(page) << describe(page.error()).toStdString();
            EXPECT_EQ(page->alerts.size(), 5);
            ASSERT_TRUE(receipt) << describe(receipt.error()).toStdString();
            EXPECT_FALSE(receipt->requestId.isEmpty());
            continue;
        }
        ASSERT_FALSE(page) << "listed over TLS without verifying the server";
        ASSERT_FALSE(receipt) << "acknowledged over TLS without verifying the server";
        for (const Error& error : {page.error(), receipt.error()}) {
            EXPECT_EQ(error.code, ErrorCode::Network);
            EXPECT_TRUE(error.detail.contains(u"TLS: "_s)) << error.detail.toStdString();
            EXPECT_TRUE(error.detail.contains(QLatin1StringView(untrusted))) << error.detail.toStdString();
        }
        EXPECT_TRUE(genie.requestLog().isEmpty()) << "a request reached a server that was not verified";
    }
}

TEST_F(TlsVerification, TheCommandLineSaysTheCertificateIsUntrustedUntilTheWorkspaceGivesItsCa)
{
    auto prometheus = prometheusLike(m_cert.server);
    fakegenie::FakeGenieServer genie;
    genie.seedAlerts(3, 5, true);
    ASSERT_TRUE(genie.listen());
    LoopbackRelay genieTls(genie.url());
    ASSERT_TRUE(genieTls.listenTls(m_cert.server));

    IsolatedHome home;
    QProcessEnvironment env = home.environment();
    env.insert(u"WATCHKEEPER_OPSGENIE_API_KEY"_s, QString::fromLatin1(genie.options().apiKey));
    const auto workspace = [&](bool withCa) {
        const QByteArray ca = withCa ? ", ca_file: '" + m_cert.certificatePath.toUtf8() + "'" : QByteArray();
        const QString path = home.workspace() + (withCa ? u"/with-ca.yaml"_s : u"/without-ca.yaml"_s);
        writeFile(path,
            "sources:\n  - {name: tls, type: prometheus, url: '" + prometheus->url().toString().toUtf8() + "'" + ca
                + "}\nalerts: {backend: opsgenie, api_url: '" + genieTls.url().toString().toUtf8() + "'" + ca + "}\n"
                + "dashboards:\n  - id: a\n    title: A\n    panels:\n      - {id: up, title: Up, expr: up}\n");
        return path;
    };
    const QString without = workspace(false);
    const QString with = workspace(true);

    const auto byUrl = runWatchkeeper({u"query"_s, u"--url"_s, prometheus->url().toString(), u"up"_s}, env);
    EXPECT_EQ(byUrl.exitCode, 1) << byUrl;
    EXPECT_TRUE(byUrl.err.contains("TLS: ") && byUrl.err.contains(untrusted)) << byUrl;
    const auto noCa = runWatchkeeper({u"query"_s, u"--source"_s, u"tls"_s, u"--workspace"_s, without, u"up"_s}, env);
    EXPECT_EQ(noCa.exitCode, 1) << noCa;
    EXPECT_TRUE(noCa.err.contains("TLS: ") && noCa.err.contains(untrusted)) << noCa;
    const auto listNoCa = runWatchkeeper({u"alerts"_s, u"list"_s, u"--workspace"_s, without}, env);
    EXPECT_NE(listNoCa.exitCode, 0) << listNoCa;
    EXPECT_TRUE(listNoCa.err.contains("TLS: ") && listNoCa.err.contains(untrusted)) << listNoCa;
    EXPECT_TRUE(prometheus->requests().isEmpty());
    EXPECT_TRUE(genie.requestLog().isEmpty());

    const auto withCa = runWatchkeeper({u"query"_s, u"--source"_s, u"tls"_s, u"--workspace"_s, with, u"up"_s}, env);
    EXPECT_EQ(withCa.exitCode, 0) << withCa;
    EXPECT_TRUE(withCa.out.contains("job=\"tls\"")) << withCa;
    const auto listWithCa = runWatchkeeper({u"alerts"_s, u"list"_s, u"--workspace"_s, with}, env);
    EXPECT_EQ(listWithCa.exitCode, 0) << listWithCa;
    EXPECT_TRUE(listWithCa.out.contains("showing 3 of 3")) << listWithCa;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
