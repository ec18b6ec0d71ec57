// What the console says when Opsgenie or JSM Ops refuses it, or something that is not the API answers, and what
// it writes to the log meanwhile: never the key.
#include "FaultProxy.h"
#include "GenieClientSupport.h"
#include "common/Logging.h"

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/sinks/ostream_sink.h>

#include <gtest/gtest.h>

#include <sstream>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;
using testfleet::FaultProxy;

namespace {

const QString wrongSecret = u"wrong-key-5f3a9c1e"_s;

class GenieAuth : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{ };

alerts::AlertAction ackOf(const QString& alertId)
{
    alerts::AlertAction ack;
    ack.alertId = alertId;
    ack.user = u"alice@example.com"_s;
    ack.requestedAt = QDateTime::currentDateTimeUtc();
    return ack;
}

} // namespace

TEST_P(GenieAuth, AWrongKeyIsAnAuthErrorThatSaysWhatToCheckAndNeverShowsTheKey)
{
    auto& server = start(GetParam());
    const QString id = server.addAlert(alertWith(u"GPU memory above 95%"_s));
    auto backend = this->backend({}, wrongSecret);

    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::Auth);
    EXPECT_EQ(page.error().httpStatus, 401);
    const QString& detail = page.error().detail;
    EXPECT_TRUE(detail.contains(jsm() ? u"email and API token"_s : u"check the API key"_s)) << detail.toStdString();
    EXPECT_FALSE(detail.contains(wrongSecret));
    EXPECT_FALSE(detail.contains(goodSecret()));

    const auto sent = send(*backend, ackOf(id));
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, ErrorCode::Auth);
    EXPECT_FALSE(alerts::isTransient(sent.error())); // the outbox must not keep sending it
    EXPECT_FALSE(sent.error().detail.contains(wrongSecret));
    EXPECT_FALSE(server.alert(id)->acknowledged);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieAuth, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);

TEST(GenieAuthJsm, ScopeDoesNotMatchIsExplainedAsCredentialsOrScope)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Jsm);
    auto backend = f.backend({}, wrongSecret);
    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::Auth);
    const QString& detail = page.error().detail;
    EXPECT_TRUE(detail.contains(u"scope does not match"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(u"lacks the scope"_s)) << detail.toStdString();
}

TEST(GenieHtml, AnHtmlPageInsteadOfJsonIsAParseErrorThatSaysHtml)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Opsgenie);
    server.addAlert(alertWith(u"Inference queue depth above 1000"_s));
    FaultProxy proxy(server.url());
    ASSERT_TRUE(proxy.listen());
    auto backend = f.backend({}, std::nullopt, nullptr, proxy.url());
    ASSERT_TRUE(list(*backend, consoleQuery(server.now()))); // through the proxy, while it passes

    // A single sign-on page in front of the API: 200, but HTML.
    proxy.setBehaviour(FaultProxy::status(200,
        "<!DOCTYPE html><html><head><title>Sign in - Example Corp SSO</title></head><body>...</body></html>",
        {{"Content-Type", "text/html; charset=utf-8"}}));
    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::Parse);
    EXPECT_TRUE(page.error().detail.contains(u"HTML"_s)) << text(page.error());
    EXPECT_TRUE(page.error().detail.contains(u"Sign in - Example Corp SSO"_s)) << text(page.error());
}

TEST(GenieHtml, AGatewayPageSaysHtmlAndLeavesAnActionWorthSendingAgain)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Opsgenie);
    const QString id = server.addAlert(alertWith(u"Error budget burning 14.4x"_s));
    FaultProxy proxy(server.url());
    ASSERT_TRUE(proxy.listen());
    auto backend = f.backend({}, std::nullopt, nullptr, proxy.url());
    ASSERT_TRUE(list(*backend, consoleQuery(server.now())));

    proxy.setBehaviour(FaultProxy::html502());
    proxy.resetCounters();
    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().httpStatus, 502);
    EXPECT_TRUE(page.error().detail.contains(u"HTML"_s)) << text(page.error());
    EXPECT_TRUE(page.error().detail.contains(u"502 Bad Gateway"_s)) << text(page.error());
    EXPECT_EQ(proxy.requestsSeen(), 2); // a read is tried once more

    proxy.resetCounters();
    const auto sent = send(*backend, ackOf(id));
    ASSERT_FALSE(sent);
    EXPECT_TRUE(alerts::isTransient(sent.error())) << text(sent.error());
    EXPECT_EQ(proxy.requestsSeen(), 1); // a write is never repeated blindly: the outbox checks first
}

TEST(GenieHtml, AnErrorPageEchoingTheKeyDoesNotCarryItIntoTheMessage)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Opsgenie);
    FaultProxy proxy(server.url());
    ASSERT_TRUE(proxy.listen());
    auto backend = f.backend({}, std::nullopt, nullptr, proxy.url());
    proxy.setBehaviour(FaultProxy::status(400,
        "<html><body>Bad request. Headers: Authorization: GenieKey " + server.options().apiKey + "</body></html>",
        {{"Content-Type", "text/html"}}));
    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_FALSE(page);
    EXPECT_FALSE(page.error().detail.contains(f.goodSecret())) << text(page.error());
}

TEST(GenieLogs, NeitherTheKeyNorTheHeaderEverReachesTheLog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    logging::Options options;
    options.levels.defaultLevel = spdlog::level::trace;
    options.logDirectory = dir.path();
    options.toStderr = false;
    logging::init(options);
    // Every record as the code handed it over, before the redacting sink could mask anything.
    std::ostringstream raw;
    auto capture = std::make_shared<spdlog::sinks::ostream_sink_mt>(raw);
    for (const char* name : {"net", "alerts", "app", "qt", "store"})
        logging::get(name)->sinks().push_back(capture);

    for (const FakeVendor vendor : {FakeVendor::Opsgenie, FakeVendor::Jsm}) {
        GenieFixture f;
        auto& server = f.start(vendor, 20);
        server.seedAlerts(120, 3);
        const QString id = server.alerts().first()->id;
        auto bad = f.backend({}, wrongSecret);
        EXPECT_FALSE(list(*bad, consoleQuery(server.now())));
        EXPECT_FALSE(send(*bad, ackOf(id)));
        auto good = f.backend();
        EXPECT_TRUE(list(*good, consoleQuery(server.now())));
        EXPECT_TRUE(get(*good, id));
        const auto receipt = send(*good, ackOf(id));
        ASSERT_TRUE(receipt) << text(receipt.error());
        server.processPending();
        EXPECT_TRUE(status(*good, ackOf(id), receipt->requestId));
    }
    logging::shutdown();
    logging::init(logging::Options{}); // later tests log at the default level again
    logging::shutdown();

    QFile file(dir.filePath(u"watchkeeper.log"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    const QString handed = QString::fromStdString(raw.str());
    ASSERT_TRUE(handed.contains(u"/v2/alerts"_s)); // the session was logged at all
    ASSERT_TRUE(handed.contains(u"/v1/alerts"_s));
    for (const QString& log : {handed, written}) {
        for (const QString& secret : {wrongSecret, u"test-genie-key"_s, u"test-jsm-token"_s})
            EXPECT_FALSE(log.contains(secret)) << secret.toStdString();
        EXPECT_FALSE(log.contains(u"GenieKey "_s));
        EXPECT_FALSE(log.contains(u"Authorization"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(log.contains(u"Basic "_s));
    }
}
