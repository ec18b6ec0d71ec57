// Living with the vendors' limits and hosts: a throttled search bucket pauses list polling (and only that), who is
// on call comes from the schedules, and an EU account never talks to the US host.
#include "GenieClientSupport.h"
#include "genie/GenieSetup.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;

namespace {

class GenieLimits : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{ };

} // namespace

TEST_P(GenieLimits, AThrottledSearchBucketPausesPollingButNotActions)
{
    auto& server = start(GetParam(), 20);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        fakegenie::FakeAlert alert;
        alert.message = u"Prediction confidence collapse on recsys-ranker (%1)"_s.arg(i);
        ids.append(server.addAlert(alert));
    }
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto backend = this->backend({}, std::nullopt, &clock);
    server.setRateLimit(FakeDomain::Search, {3.0, 0.0001, false}); // three searches, then empty for good

    Result<alerts::AlertPage> page;
    int polls = 0;
    do {
        page = list(*backend, consoleQuery(clock.now()));
        ++polls;
    } while (page && polls < 5);
    ASSERT_FALSE(page) << "still polling after " << polls << " lists";
    EXPECT_EQ(page.error().code, ErrorCode::RateLimited) << text(page.error());
    EXPECT_EQ(server.counters(FakeDomain::Search).throttled, 1); // one 429, not retried into a second
    const auto throttle = backend->throttle();
    ASSERT_TRUE(throttle);
    EXPECT_EQ(throttle->domain, u"search"_s);
    EXPECT_GT(throttle->until, clock.now());

    // Within the block the poll does not reach the service at all.
    const int searchesBefore = server.counters(FakeDomain::Search).requests;
    const qsizetype requestsBefore = server.requestLog().size();
    const auto blocked = list(*backend, consoleQuery(clock.now()));
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::RateLimited);
    EXPECT_TRUE(blocked.error().retryAfter.has_value());
    EXPECT_EQ(server.counters(FakeDomain::Search).requests, searchesBefore);
    EXPECT_EQ(server.requestLog().size(), requestsBefore);

    // An acknowledgement spends the Alert bucket, which is fine.
    alerts::AlertAction ack;
    ack.alertId = ids.first();
    ack.user = u"chen@example.com"_s;
    const auto receipt = send(*backend, ack);
    ASSERT_TRUE(receipt) << text(receipt.error());
    EXPECT_TRUE(waitUntil([&] { return server.alert(ids.first())->acknowledged; }));

    // The bucket refills and the block ends: polling resumes.
    server.setRateLimit(FakeDomain::Search, {1000.0, 100.0, false});
    clock.set(throttle->until.addSecs(1));
    const auto resumed = list(*backend, consoleQuery(clock.now()));
    ASSERT_TRUE(resumed) << text(resumed.error());
    EXPECT_EQ(resumed->alerts.size(), 3);
    EXPECT_GT(server.counters(FakeDomain::Search).requests, searchesBefore);
    EXPECT_FALSE(backend->throttle());
}

TEST_P(GenieLimits, TellsWhoIsOnCallNowAndNextFromTheSchedule)
{
    auto& server = start(GetParam());
    server.setSchedule(
        u"ml-platform_schedule"_s, {u"alice@example.com"_s, u"bob@example.com"_s}, {u"chen@example.com"_s});
    const QString nlp = server.setSchedule(u"nlp rota"_s, {u"emeka@example.com"_s}, {u"dana@example.com"_s});
    genie::GenieOptions options;
    options.schedules.insert(u"nlp"_s, jsm() ? nlp : u"nlp rota"_s); // JSM may be given the schedule's id
    auto backend = this->backend(options);

    const auto names = [](const alerts::OnCall& onCall, const QString& role) {
        QStringList out;
        for (const alerts::OnCallPerson& p : onCall.people) {
            if (p.role == role)
                out.append(p.name);
        }
        return out;
    };
    const auto platform
        = await<alerts::OnCall>([&](QObject* c, auto done) { backend->onCall(u"ml-platform"_s, c, std::move(done)); });
    ASSERT_TRUE(platform) << text(platform.error());
    EXPECT_EQ(platform->team, u"ml-platform"_s);
    EXPECT_EQ(names(*platform, u"now"_s), QStringList({u"alice@example.com"_s, u"bob@example.com"_s}));
    EXPECT_EQ(names(*platform, u"next"_s), QStringList({u"chen@example.com"_s}));

    const auto nlpOnCall
        = await<alerts::OnCall>([&](QObject* c, auto done) { backend->onCall(u"nlp"_s, c, std::move(done)); });
    ASSERT_TRUE(nlpOnCall) << text(nlpOnCall.error());
    EXPECT_EQ(names(*nlpOnCall, u"now"_s), QStringList({u"emeka@example.com"_s}));
    EXPECT_EQ(names(*nlpOnCall, u"next"_s), QStringList({u"dana@example.com"_s}));
    EXPECT_EQ(server.counters(FakeDomain::ScheduleOncalls).requests, 4);

    const auto unknown
        = await<alerts::OnCall>([&](QObject* c, auto done) { backend->onCall(u"growth"_s, c, std::move(done)); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieLimits, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);

TEST(GenieHosts, AnEuAccountTalksToTheEuHostOnly)
{
    workspace::AlertService eu;
    eu.kind = workspace::AlertServiceKind::Opsgenie;
    eu.eu = true;
    const auto endpoint = genie::endpointFor(eu);
    ASSERT_TRUE(endpoint) << text(endpoint.error());
    EXPECT_EQ(endpoint->baseUrl.host(), u"api.eu.opsgenie.com"_s);
    for (const QString& path : {u"alerts"_s, u"alerts/count"_s, u"teams"_s, u"heartbeats"_s}) {
        const QUrl url = endpoint->url(path);
        EXPECT_EQ(url.scheme(), u"https"_s);
        EXPECT_EQ(url.host(), u"api.eu.opsgenie.com"_s) << url.toString().toStdString();
        EXPECT_FALSE(url.toString().contains(u"://api.opsgenie.com"_s));
    }
    EXPECT_EQ(endpoint->webUrl().host(), u"app.eu.opsgenie.com"_s);

    workspace::AlertService us = eu;
    us.eu = false;
    const auto usEndpoint = genie::endpointFor(us);
    ASSERT_TRUE(usEndpoint);
    EXPECT_EQ(usEndpoint->url(u"alerts"_s).host(), u"api.opsgenie.com"_s);
    // An action queued for one region is never delivered to the other.
    EXPECT_NE(endpoint->identity(), usEndpoint->identity());

    net::HttpService http;
    SystemClock clock;
    genie::GenieAlertBackend backend(http, *endpoint, u"key"_s, clock);
    EXPECT_TRUE(backend.sourceName().contains(u"api.eu.opsgenie.com"_s));
}
