// What a user of the product's HTTP service and Prometheus client sees when the way to a real Prometheus
// misbehaves: a FaultProxy on 127.0.0.1 sits in front of it and serves gateway pages, rate limits, slow, hanging,
// cut and broken answers. After every fault the proxy passes again and the next query must be right.
#include "../support/SkipWhenMissing.h"
#include "ClientTestSupport.h"
#include "FaultProxy.h"
#include "PrometheusServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::testfleet;

namespace {

using Fault = FaultProxy::Fault;

const QString rateExpr = u"rate(ml_requests_total{service=\"fraud-scorer\",status=\"error\"}[5m])"_s;

class ClientFaults : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!PrometheusServer::available())
            return;
        s_server = std::make_unique<PrometheusServer>(fleet());
        if (const auto started = s_server->start(); !started) {
            s_error = started.error();
            return;
        }
        s_proxy = std::make_unique<FaultProxy>(s_server->url());
        if (!s_proxy->listen())
            s_error = u"the fault proxy cannot listen on 127.0.0.1"_s;
        s_http = std::make_unique<net::HttpService>();
        s_http->setBackoffBaseMs(20);
    }
    static void TearDownTestSuite()
    {
        s_http.reset();
        s_proxy.reset();
        s_server.reset();
    }
    void SetUp() override
    {
        if (!PrometheusServer::available())
            WK_SKIP_WHEN_MISSING(PrometheusServer::unavailableReason().toStdString());
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        s_proxy->pass();
        s_proxy->resetCounters();
    }
    // Whatever the test did, the proxy passes again and the next query answers the right number.
    void TearDown() override
    {
        if (!s_proxy || !s_error.isEmpty())
            return;
        s_proxy->pass();
        auto c = client(5'000);
        const double value = singleValue(instantQuery(c, rateExpr, fleet().now()));
        expectClose(value, SyntheticFleet::requestRate(u"fraud-scorer"_s, u"error"_s), u"after the fault"_s);
    }

    static prometheus::PrometheusClient client(int timeoutMs)
    {
        prometheus::ClientConfig config;
        config.name = u"behind-proxy"_s;
        config.baseUrl = s_proxy->url();
        config.timeoutMs = timeoutMs;
        return prometheus::PrometheusClient(*s_http, config);
    }

    // An instant query through the proxy that must fail; its error, timed.
    static Error failure(int timeoutMs = 5'000, qint64* elapsedMs = nullptr)
    {
        auto c = client(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        const auto result = instantQuery(c, rateExpr, fleet().now());
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        if (result) {
            ADD_FAILURE() << "the query succeeded";
            return {};
        }
        return result.error();
    }

    // A range query through the proxy: a few kilobytes, so that half a body is well inside the JSON.
    static Result<metrics::QueryResult> gpuRange(int timeoutMs = 5'000)
    {
        auto c = client(timeoutMs);
        return rangeQuery(c, u"ml_gpu_utilization_percent"_s, fleet().now().addSecs(-3600), fleet().now(), 15);
    }

    static inline std::unique_ptr<PrometheusServer> s_server;
    static inline std::unique_ptr<FaultProxy> s_proxy;
    static inline std::unique_ptr<net::HttpService> s_http;
    static inline QString s_error;
};

} // namespace

TEST_F(ClientFaults, PassRelaysExactData)
{
    const metrics::Matrix series = matrixOf(gpuRange());
    ASSERT_EQ(series.size(), 5u);
    EXPECT_EQ(series.front().values.size(), 241u);
    EXPECT_EQ(s_proxy->requestsSeen(), 1);
}

TEST_F(ClientFaults, GatewayPageIsRetriedThenAnHttpErrorWithItsTitle)
{
    s_proxy->setBehaviour(FaultProxy::html502());
    const Error error = failure();
    EXPECT_EQ(error.code, ErrorCode::Http) << describe(error).toStdString();
    EXPECT_EQ(error.httpStatus, 502);
    EXPECT_TRUE(error.detail.contains(u"502 Bad Gateway"_s)) << error.detail.toStdString();
    EXPECT_FALSE(error.detail.contains(u'<')) << "tags stripped: " << error.detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 3);
}

TEST_F(ClientFaults, UnavailableOnceIsRetriedAfterRetryAfter)
{
    s_proxy->setBehaviour(FaultProxy::status(503, "Service Unavailable\n", {{"Retry-After", "1"}}), 1);
    auto c = client(5'000);
    expectClose(singleValue(instantQuery(c, rateExpr, fleet().now())),
        SyntheticFleet::requestRate(u"fraud-scorer"_s, u"error"_s), rateExpr);
    ASSERT_EQ(s_proxy->requestsSeen(), 2);
    const qint64 gap = s_proxy->arrivalsMs()[1] - s_proxy->arrivalsMs()[0];
    std::printf("[   info   ] 503 with Retry-After: 1, retried after %lld ms\n", gap);
    EXPECT_GE(gap, 1'000);
    EXPECT_LT(gap, 2'000);
}

TEST_F(ClientFaults, RateLimitedOnceIsRetriedAfterRetryAfter)
{
    s_proxy->setBehaviour(FaultProxy::status(429, R"({"status":"error","errorType":"unavailable","error":"slow down"})",
                              {{"Retry-After", "1"}, {"Content-Type", "application/json"}}),
        1);
    const metrics::Matrix series = matrixOf(gpuRange());
    EXPECT_EQ(series.size(), 5u);
    ASSERT_EQ(s_proxy->requestsSeen(), 2);
    const qint64 gap = s_proxy->arrivalsMs()[1] - s_proxy->arrivalsMs()[0];
    std::printf("[   info   ] 429 with Retry-After: 1, retried after %lld ms\n", gap);
    EXPECT_GE(gap, 1'000);
    EXPECT_LT(gap, 2'000);
}

TEST_F(ClientFaults, ExecutionErrorIsABadQueryAndNotRetried)
{
    s_proxy->setBehaviour(FaultProxy::status(422,
        R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory in query execution"})",
        {{"Content-Type", "application/json"}}));
    const Error error = failure();
    EXPECT_EQ(error.code, ErrorCode::BadQuery) << describe(error).toStdString();
    EXPECT_EQ(error.httpStatus, 422);
    EXPECT_TRUE(error.detail.contains(u"too many samples"_s)) << error.detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 1);
}

TEST_F(ClientFaults, SlowAnswerIsATimeoutAfterThreeAttempts)
{
    s_proxy->setBehaviour(FaultProxy::delay(3'000));
    qint64 elapsed = 0;
    const Error error = failure(500, &elapsed);
    std::printf("[   info   ] delay 3 s, timeout 0.5 s: %s after %lld ms\n", qPrintable(describe(error)), elapsed);
    EXPECT_EQ(error.code, ErrorCode::Timeout) << describe(error).toStdString();
    EXPECT_TRUE(error.detail.contains(u"0.5 s"_s)) << error.detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 3);
    const QList<qint64> at = s_proxy->arrivalsMs();
    for (qsizetype i = 1; i < at.size(); ++i) {
        // Qt's transfer timer is coarse (it may fire up to 5 % early), and the timeout counts from the send.
        EXPECT_GE(at[i] - at[i - 1], 450) << "attempt " << i + 1;
        EXPECT_LT(at[i] - at[i - 1], 1'500) << "attempt " << i + 1;
    }
    EXPECT_LT(elapsed, 3 * 1'500);
}

TEST_F(ClientFaults, HangingServerIsATimeout)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::Hang));
    qint64 elapsed = 0;
    const Error error = failure(500, &elapsed);
    std::printf("[   info   ] hang, timeout 0.5 s: %s after %lld ms\n", qPrintable(describe(error)), elapsed);
    EXPECT_EQ(error.code, ErrorCode::Timeout) << describe(error).toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 3);
    EXPECT_LT(elapsed, 3 * 1'500);
}

// Full Content-Length, half the body, a clean close, every time: after the retries the user learns the
// connection broke before the whole answer arrived.
TEST_F(ClientFaults, TruncatedBodyIsReportedAsIncomplete)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::TruncateBody));
    const auto result = gpuRange();
    ASSERT_FALSE(result);
    const Error& error = result.error();
    std::printf("[   info   ] truncated body: %s\n", qPrintable(describe(error)));
    EXPECT_EQ(error.code, ErrorCode::Network) << describe(error).toStdString();
    EXPECT_TRUE(error.detail.contains(u"before the whole answer arrived"_s)) << error.detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 3) << "a cut answer is retried";
}

// Qt reports a connection closed before Content-Length was reached as RemoteHostClosedError, with status 200.
// HttpService promises to retry transport failures of idempotent requests; a cut answer is one.
TEST_F(ClientFaults, CutAnswerIsRetriedLikeAnyTransportFailure)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::TruncateBody), 1);
    const auto result = gpuRange();
    EXPECT_TRUE(result) << describe(result.error()).toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 2);
}

// Headers and half the body, then silence: the transfer timeout fires with a status already read. The user
// must see a Timeout (and the request be retried), not the parser's view of what little arrived.
TEST_F(ClientFaults, StallMidBodyIsATimeout)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::StallMidBody));
    qint64 elapsed = 0;
    const Error error = failure(500, &elapsed);
    std::printf("[   info   ] stall mid-body, timeout 0.5 s: %s after %lld ms, %d requests\n",
        qPrintable(describe(error)), elapsed, s_proxy->requestsSeen());
    EXPECT_EQ(error.code, ErrorCode::Timeout) << describe(error).toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 3);
}

TEST_F(ClientFaults, MalformedJsonIsAParseError)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::MalformedJson));
    const Error error = failure();
    std::printf("[   info   ] malformed JSON: %s\n", qPrintable(describe(error)));
    EXPECT_EQ(error.code, ErrorCode::Parse) << describe(error).toStdString();
    EXPECT_TRUE(error.detail.contains(u"not valid Prometheus JSON"_s)) << error.detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 1) << "a 200 is an answer, not retried";
}

TEST_F(ClientFaults, ResetMidBodyIsReportedClearly)
{
    s_proxy->setBehaviour(FaultProxy::simple(Fault::ResetMidBody));
    const auto result = gpuRange();
    ASSERT_FALSE(result);
    const Error& error = result.error();
    std::printf(
        "[   info   ] reset mid-body: %s (%d requests)\n", qPrintable(describe(error)), s_proxy->requestsSeen());
    EXPECT_TRUE(error.code == ErrorCode::Network || error.code == ErrorCode::Parse) << describe(error).toStdString();
    const QString detail = error.detail.toLower();
    EXPECT_TRUE(detail.contains(u"reset"_s) || detail.contains(u"closed"_s) || detail.contains(u"truncated"_s))
        << error.detail.toStdString();
}

// A request sent through the HTTP service directly, with a 1 KiB cap and an answer of a few kilobytes.
TEST_F(ClientFaults, AnswerLargerThanMaxBytesIsRefused)
{
    net::HttpRequest request;
    request.url = s_proxy->url();
    request.url.setPath(u"/api/v1/query_range"_s);
    QUrlQuery query;
    query.addQueryItem(u"query"_s, u"ml_gpu_utilization_percent"_s);
    query.addQueryItem(u"start"_s, QString::number(fleet().now().addSecs(-3600).toSecsSinceEpoch()));
    query.addQueryItem(u"end"_s, QString::number(fleet().now().toSecsSinceEpoch()));
    query.addQueryItem(u"step"_s, u"15"_s);
    request.url.setQuery(query);
    request.timeoutMs = 5'000;
    request.maxBytes = 1024;
    const auto answer = send(*s_http, request);
    ASSERT_FALSE(answer) << "answered " << answer->body.size() << " bytes";
    std::printf("[   info   ] 1 KiB cap: %s\n", qPrintable(describe(answer.error())));
    EXPECT_TRUE(answer.error().detail.contains(u"larger than"_s)) << answer.error().detail.toStdString();
    EXPECT_FALSE(answer.error().detail.contains(u"than 0 MiB"_s))
        << "the limit is 1 KiB, the message must not say 0 MiB: " << answer.error().detail.toStdString();
    EXPECT_EQ(s_proxy->requestsSeen(), 1) << "a refused size is not retried";
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
