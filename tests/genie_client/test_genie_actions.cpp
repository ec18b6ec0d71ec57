// Acting on alerts: the asynchronous write model (202, request status, landed or failed), each kind of action
// delivered by the outbox and visible on the alert afterwards, and the "did it land?" check the outbox relies on
// after a lost answer.
#include "GenieClientSupport.h"
#include "outbox/OutboxDispatcher.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;

namespace {

class GenieActions : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{
protected:
    QString openAlert()
    {
        fakegenie::FakeAlert alert;
        alert.message = u"p99 latency above 500 ms on fraud-scorer"_s;
        alert.tags = {u"ml"_s};
        return server().addAlert(alert);
    }

    alerts::AlertAction action(alerts::ActionKind kind, const QString& alertId) const
    {
        alerts::AlertAction a;
        a.kind = kind;
        a.alertId = alertId;
        a.user = u"dana@example.com"_s;
        a.requestedAt = clock().now();
        return a;
    }

    // Submits through the outbox and waits for its verdict; the alert the dispatcher read afterwards lands in
    // `refreshed`.
    outbox::OutboxRecord deliver(
        alerts::AlertBackend& backend, const alerts::AlertAction& a, std::optional<alerts::Alert>* refreshed = nullptr)
    {
        auto box = outbox::ActionOutbox::open(u":memory:"_s);
        EXPECT_TRUE(box) << text(box.error());
        outbox::OutboxDispatcher::Options options;
        options.statusPollMs = 40;
        options.settleMs = 200;
        options.backoffBaseMs = 50;
        outbox::OutboxDispatcher dispatcher(*box, backend, u"test"_s, clock(), options);
        std::optional<outbox::OutboxRecord> verdict;
        QObject::connect(&dispatcher, &outbox::OutboxDispatcher::recordChanged, &dispatcher,
            [&verdict](const outbox::OutboxRecord& r) {
                if (outbox::isFinished(r.state))
                    verdict = r;
            });
        QObject::connect(&dispatcher, &outbox::OutboxDispatcher::alertRefreshed, &dispatcher,
            [refreshed](const alerts::Alert& alert) {
                if (refreshed)
                    *refreshed = alert;
            });
        EXPECT_TRUE(dispatcher.submit(a));
        EXPECT_TRUE(waitUntil([&] { return verdict && (!refreshed || refreshed->has_value()); }));
        return verdict.value_or(outbox::OutboxRecord{});
    }
};

} // namespace

TEST_P(GenieActions, AnAckIsAcceptedThenProcessingThenLanded)
{
    auto& server = start(GetParam(), 60'000); // processed only when the test says
    const QString id = openAlert();
    auto backend = this->backend();
    const alerts::AlertAction ack = action(alerts::ActionKind::Acknowledge, id);

    const auto receipt = send(*backend, ack);
    ASSERT_TRUE(receipt) << text(receipt.error());
    EXPECT_FALSE(receipt->requestId.isEmpty());
    const auto pending = status(*backend, ack, receipt->requestId);
    ASSERT_TRUE(pending) << text(pending.error()); // 404 RequestNotProcessed is "not yet", not an error
    EXPECT_EQ(pending->outcome, alerts::ActionOutcome::Processing);
    EXPECT_FALSE(server.alert(id)->acknowledged);

    server.processPending();
    const auto landed = status(*backend, ack, receipt->requestId);
    ASSERT_TRUE(landed) << text(landed.error());
    EXPECT_EQ(landed->outcome, alerts::ActionOutcome::Landed);
    EXPECT_TRUE(landed->processedAt.isValid());
    EXPECT_TRUE(server.alert(id)->acknowledged);
    EXPECT_EQ(server.alert(id)->acknowledgedBy, u"dana@example.com"_s);
    const QList<fakegenie::AppliedAction> applied = server.applied();
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied.first().source, u"Watchkeeper"_s); // the activity log says where it came from
    EXPECT_EQ(applied.first().user, u"dana@example.com"_s);
}

TEST_P(GenieActions, AnActionOnAnAlertThatDoesNotExistFailsWithTheServicesReason)
{
    auto& server = start(GetParam(), 60'000);
    const QString missing
        = jsm() ? u"9b251e07-8f0a-4c1e-9d55-3c2a61f0e4aa-1704440650350"_s : u"9b251e07-8f0a-4c1e-9d55-3c2a61f0e4aa"_s;
    auto backend = this->backend();
    const alerts::AlertAction ack = action(alerts::ActionKind::Acknowledge, missing);
    const auto receipt = send(*backend, ack);
    ASSERT_TRUE(receipt) << text(receipt.error()); // the 202 comes first
    server.processPending();
    const auto failed = status(*backend, ack, receipt->requestId);
    ASSERT_TRUE(failed) << text(failed.error());
    EXPECT_EQ(failed->outcome, alerts::ActionOutcome::Failed);
    EXPECT_EQ(failed->reason, u"Alert does not exist"_s);
    const auto landed = hasLanded(*backend, ack);
    ASSERT_TRUE(landed) << text(landed.error());
    EXPECT_FALSE(*landed);
}

TEST_P(GenieActions, EachKindLandsThroughTheOutboxAndShowsOnTheAlert)
{
    auto& server = start(GetParam(), 30);
    auto backend = this->backend();
    struct Case
    {
        alerts::ActionKind kind;
        std::function<void(alerts::AlertAction&)> fill;
        std::function<bool(const fakegenie::FakeAlert&)> effect;
        std::function<bool(const alerts::Alert&)> seen; // on the alert the dispatcher read after landing
    };
    const QDateTime until = clock().now().addSecs(2 * 3600);
    const QList<Case> cases = {
        {alerts::ActionKind::Acknowledge, [](auto&) {}, [](const auto& a) { return a.acknowledged; },
            [](const auto& a) { return a.status == alerts::AlertStatus::Acknowledged; }},
        {alerts::ActionKind::Snooze, [&](auto& a) { a.snoozeUntil = until; },
            [&](const auto& a) { return a.snoozed && qAbs(a.snoozedUntil.msecsTo(until)) < 1000; },
            [&](const auto& a) { return a.status == alerts::AlertStatus::Snoozed && a.snoozedUntil.isValid(); }},
        {alerts::ActionKind::Escalate, [](auto& a) { a.escalation = u"payments-ml_escalation"_s; },
            [](const auto& a) {
                return std::any_of(a.responders.cbegin(), a.responders.cend(),
                    [](const fakegenie::FakeResponder& r) { return r.type == u"escalation"_s; });
            },
            [](const auto&) { return true; }},
        {alerts::ActionKind::Assign, [](auto& a) { a.assignee = u"emeka@example.com"_s; },
            [](const auto& a) { return a.owner == u"emeka@example.com"_s; },
            [](const auto& a) { return a.owner == u"emeka@example.com"_s; }},
        {alerts::ActionKind::AddTags,
            [](auto& a) {
                a.tags = {u"rollback"_s, u"model:v41"_s};
            },
            [](const auto& a) { return a.tags.contains(u"rollback"_s) && a.tags.contains(u"model:v41"_s); },
            [](const auto& a) { return a.tags.contains(u"rollback"_s) && a.tags.contains(u"ml"_s); }},
        {alerts::ActionKind::AddNote, [](auto& a) { a.note = u"Rolled back to xgb-fraud-v40."_s; },
            [](const auto& a) {
                return !a.notes.isEmpty() && a.notes.last().note == u"Rolled back to xgb-fraud-v40."_s;
            },
            [](const auto& a) {
                return !a.notes.isEmpty() && a.notes.first().text == u"Rolled back to xgb-fraud-v40."_s;
            }},
        {alerts::ActionKind::Close, [](auto&) {}, [](const auto& a) { return !a.isOpen(); },
            [](const auto& a) { return a.status == alerts::AlertStatus::Closed; }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(alerts::actionToken(c.kind).toStdString());
        const QString id = openAlert();
        alerts::AlertAction a = action(c.kind, id);
        c.fill(a);
        const auto before = hasLanded(*backend, a);
        ASSERT_TRUE(before) << text(before.error());
        EXPECT_FALSE(*before);

        std::optional<alerts::Alert> refreshed;
        const outbox::OutboxRecord record = deliver(*backend, a, &refreshed);
        EXPECT_EQ(record.state, outbox::OutboxState::Landed) << record.error.toStdString();
        EXPECT_EQ(record.attempts, 1);
        EXPECT_TRUE(c.effect(*server.alert(id)));
        ASSERT_TRUE(refreshed);
        EXPECT_EQ(refreshed->id, id);
        EXPECT_TRUE(c.seen(*refreshed));

        const auto after = hasLanded(*backend, a);
        ASSERT_TRUE(after) << text(after.error());
        EXPECT_TRUE(*after);
    }
}

TEST_P(GenieActions, AnEscalationToAPolicyTheServiceDoesNotKnowFails)
{
    start(GetParam(), 30);
    auto backend = this->backend();
    alerts::AlertAction a = action(alerts::ActionKind::Escalate, openAlert());
    a.escalation = u"no-such-policy"_s;
    const outbox::OutboxRecord record = deliver(*backend, a);
    EXPECT_EQ(record.state, outbox::OutboxState::Failed);
    EXPECT_TRUE(record.error.contains(u"no-such-policy"_s)) << record.error.toStdString();
    const auto landed = hasLanded(*backend, a);
    ASSERT_TRUE(landed) << text(landed.error());
    EXPECT_FALSE(*landed);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieActions, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);
