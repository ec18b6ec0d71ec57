// What the console's alert list shows from Opsgenie and JSM Ops: every open alert however many pages it takes,
// the recently closed, the total, a typed query, team names, and expired heartbeats as alerts.
#include "GenieClientSupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;

namespace {

QString teamId(const fakegenie::FakeGenieServer& server, const QString& name)
{
    for (const fakegenie::FakeTeam& team : server.teams()) {
        if (team.name == name)
            return team.id;
    }
    return {};
}

fakegenie::FakeAlert alertFor(const fakegenie::FakeGenieServer& server, const QString& team, const QString& message)
{
    fakegenie::FakeAlert alert;
    alert.message = message;
    alert.teamIds = {teamId(server, team)};
    alert.responders = {{u"team"_s, alert.teamIds.first()}};
    return alert;
}

QSet<QString> idsOf(const QList<alerts::Alert>& list)
{
    QSet<QString> ids;
    for (const alerts::Alert& a : list)
        ids.insert(a.id);
    return ids;
}

class GenieList : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{ };

} // namespace

TEST_P(GenieList, ReadsEveryOpenAlertBeyondTheFirstHundredNewestFirst)
{
    auto& server = start(GetParam());
    server.seedAlerts(350, 7);
    QSet<QString> open;
    const fakegenie::FakeAlert* newest = nullptr;
    for (const fakegenie::FakeAlert* a : server.alerts()) {
        if (a->isOpen()) {
            open.insert(a->id);
            if (!newest || a->createdAt > newest->createdAt)
                newest = a;
        }
    }
    ASSERT_GT(open.size(), 200); // three pages at least
    auto backend = this->backend();
    alerts::AlertQuery query = consoleQuery(clock().now());
    query.includeClosed = false;
    const auto page = list(*backend, query);
    ASSERT_TRUE(page) << text(page.error());
    EXPECT_EQ(idsOf(page->alerts), open);
    EXPECT_EQ(page->alerts.size(), open.size()); // each once
    EXPECT_EQ(page->alerts.first().id, newest->id);
    EXPECT_EQ(page->total, open.size());
    EXPECT_FALSE(page->more);
    EXPECT_EQ(requestsTo(u"/alerts"_s), (open.size() + 99) / 100);
    EXPECT_EQ(requestsTo(u"/alerts/count"_s), 0); // every page came: the total is known without asking
}

TEST_P(GenieList, TotalCountsWhatThePagesDidNotReach)
{
    auto& server = start(GetParam());
    server.seedAlerts(350, 7);
    int open = 0;
    for (const fakegenie::FakeAlert* a : server.alerts())
        open += a->isOpen() ? 1 : 0;
    auto backend = this->backend();
    alerts::AlertQuery query = consoleQuery(clock().now());
    query.includeClosed = false;
    query.limit = 150;
    const auto page = list(*backend, query);
    ASSERT_TRUE(page) << text(page.error());
    EXPECT_EQ(page->alerts.size(), 150);
    EXPECT_TRUE(page->more);
    EXPECT_EQ(page->total, open);
    EXPECT_EQ(requestsTo(u"/alerts"_s), 2);
    // Opsgenie's list has no total: one count request per list; JSM counts in every list answer.
    EXPECT_EQ(requestsTo(u"/alerts/count"_s, u"status:open"_s), jsm() ? 0 : 1);
}

TEST_P(GenieList, ShowsTheRecentlyClosedAndLeavesOlderClosedOut)
{
    auto& server = start(GetParam());
    const QDateTime now = server.now();
    const QString open = server.addAlert(alertFor(server, u"nlp"_s, u"p99 latency above 500 ms on sentiment-api"_s));
    const auto closedAlert = [&](const QString& message, qint64 closedHoursAgo) {
        fakegenie::FakeAlert a = alertFor(server, u"ml-platform"_s, message);
        a.status = u"closed"_s;
        a.createdAt = now.addSecs(-(closedHoursAgo + 1) * 3600);
        a.closeTime = 3600 * 1000;
        a.closedBy = u"bob@example.com"_s;
        a.updatedAt = now.addSecs(-closedHoursAgo * 3600);
        a.lastOccurredAt = a.createdAt;
        return server.addAlert(a);
    };
    const QString recent = closedAlert(u"Error rate above 2% on recsys-ranker"_s, 2);
    const QString old = closedAlert(u"Model not retrained for 9 days on churn-predictor"_s, 72);
    auto backend = this->backend();

    const auto page = list(*backend, consoleQuery(now));
    ASSERT_TRUE(page) << text(page.error());
    EXPECT_EQ(idsOf(page->alerts), QSet<QString>({open, recent}));
    for (const alerts::Alert& a : page->alerts) {
        if (a.id == recent) {
            EXPECT_EQ(a.status, alerts::AlertStatus::Closed);
            EXPECT_EQ(a.closedAt, now.addSecs(-2 * 3600));
        }
    }
    EXPECT_EQ(page->total, 1); // the open ones

    alerts::AlertQuery openOnly = consoleQuery(now);
    openOnly.includeClosed = false;
    const auto withoutClosed = list(*backend, openOnly);
    ASSERT_TRUE(withoutClosed) << text(withoutClosed.error());
    EXPECT_EQ(idsOf(withoutClosed->alerts), QSet<QString>({open}));
}

TEST_P(GenieList, TypedQueryListsWhatItMatchesAndNothingElse)
{
    auto& server = start(GetParam());
    server.seedAlerts(350, 11);
    QSet<QString> p1;
    for (const fakegenie::FakeAlert* a : server.alerts()) {
        if (a->priority == u"P1")
            p1.insert(a->id); // open and closed: the query says nothing about status
    }
    ASSERT_GT(p1.size(), 20);
    auto backend = this->backend();
    alerts::AlertQuery query = consoleQuery(clock().now());
    query.text = u"priority:P1"_s;
    const auto page = list(*backend, query);
    ASSERT_TRUE(page) << text(page.error());
    EXPECT_EQ(idsOf(page->alerts), p1);
    for (const alerts::Alert& a : page->alerts)
        EXPECT_EQ(a.priority, alerts::Priority::P1) << a.id.toStdString();
    EXPECT_EQ(page->total, p1.size());
    EXPECT_EQ(requestsTo(u"/alerts"_s, u"status:closed"_s), 0); // no closed page added to a typed query
}

TEST_P(GenieList, AWorkspaceQueryIsTheWholeList)
{
    auto& server = start(GetParam());
    server.seedAlerts(200, 5);
    QSet<QString> nlp;
    const QString nlpId = teamId(server, u"nlp"_s);
    for (const fakegenie::FakeAlert* a : server.alerts()) {
        if (a->teamIds.contains(nlpId))
            nlp.insert(a->id); // open and closed, however old
    }
    genie::GenieOptions options;
    options.defaultQuery = u"teams:nlp"_s;
    auto backend = this->backend(options);
    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_TRUE(page) << text(page.error());
    EXPECT_EQ(idsOf(page->alerts), nlp); // no other team's closed alerts added
    EXPECT_EQ(requestsTo(u"/alerts"_s, u"status:closed"_s), 0);
}

TEST_P(GenieList, ShowsAnExpiredHeartbeatAsAnAlert)
{
    auto& server = start(GetParam());
    server.addAlert(alertFor(server, u"payments-ml"_s, u"Feature drift PSI 0.31 on fraud-scorer"_s));
    fakegenie::FakeHeartbeat silent;
    silent.name = u"feature-store-sync"_s;
    silent.ownerTeamName = u"payments-ml"_s;
    silent.alertMessage = u"Feature store sync stopped pinging"_s;
    silent.alertPriority = u"P2"_s;
    silent.expired = true;
    server.addHeartbeat(silent);
    fakegenie::FakeHeartbeat healthy = silent;
    healthy.name = u"label-pipeline"_s;
    healthy.expired = false;
    server.addHeartbeat(healthy);
    auto backend = this->backend();

    const auto page = list(*backend, consoleQuery(server.now()));
    ASSERT_TRUE(page) << text(page.error());
    const auto beats = std::count_if(page->alerts.cbegin(), page->alerts.cend(),
        [](const alerts::Alert& a) { return a.id.startsWith(u"heartbeat:"_s); });
    EXPECT_EQ(beats, 1);
    const auto it = std::find_if(page->alerts.cbegin(), page->alerts.cend(),
        [](const alerts::Alert& a) { return a.id == u"heartbeat:feature-store-sync"_s; });
    ASSERT_NE(it, page->alerts.cend());
    EXPECT_EQ(it->message, u"Feature store sync stopped pinging"_s);
    EXPECT_EQ(it->priority, alerts::Priority::P2);
    EXPECT_EQ(it->team, u"payments-ml"_s);
    // A heartbeat cannot be acknowledged at the service: the console says so instead of sending.
    alerts::AlertAction ack;
    ack.alertId = it->id;
    ack.user = u"alice@example.com"_s;
    const auto refused = send(*backend, ack);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieList, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);

TEST(GenieListOpsgenie, ShowsTeamNamesNotIdsInTheListAndInASingleAlert)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Opsgenie);
    const QString id = server.addAlert(alertFor(server, u"payments-ml"_s, u"Error rate above 2% on fraud-scorer"_s));

    // A fresh session that shows one alert before any list (a link, the command line's `alerts show`).
    auto first = f.backend();
    const auto alert = get(*first, id);
    ASSERT_TRUE(alert) << text(alert.error());
    EXPECT_EQ(alert->team, u"payments-ml"_s);

    auto second = f.backend();
    const auto page = list(*second, consoleQuery(server.now()));
    ASSERT_TRUE(page) << text(page.error());
    ASSERT_EQ(page->alerts.size(), 1);
    EXPECT_EQ(page->alerts.first().team, u"payments-ml"_s);
    const auto again = get(*second, id);
    ASSERT_TRUE(again) << text(again.error());
    EXPECT_EQ(again->team, u"payments-ml"_s);
    EXPECT_EQ(f.requestsTo(u"/v2/teams"_s), 2); // once per session
}

TEST(GenieListJsm, HeartbeatsOutsideThePlanAreLeftOutQuietly)
{
    GenieFixture f;
    auto& server = f.start(FakeVendor::Jsm);
    const QString id = server.addAlert(alertFor(server, u"nlp"_s, u"Low-confidence rate above 15% on sentiment-api"_s));
    fakegenie::FakeHeartbeat silent;
    silent.name = u"ocr-batch"_s;
    silent.ownerTeamName = u"nlp"_s;
    silent.expired = true;
    server.addHeartbeat(silent);
    server.setJsmHeartbeatsInPlan(false);
    auto backend = f.backend();

    for (int poll = 0; poll < 3; ++poll) {
        const auto page = list(*backend, consoleQuery(server.now()));
        ASSERT_TRUE(page) << text(page.error());
        EXPECT_EQ(idsOf(page->alerts), QSet<QString>({id}));
    }
    EXPECT_EQ(f.requestsTo(u"/heartbeats"_s), 1); // 402 once; then it stops asking
    EXPECT_FALSE(backend->throttle());
}
