// A 429 throttles the console, not one action: while it lasts the dispatcher sends nothing, so the actions behind
// it do not each spend an attempt (and two durable writes) on a refusal.
#include "fakes/FakeAlertBackend.h"
#include "outbox/ActionOutbox.h"
#include "outbox/OutboxDispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool spinUntil(const std::function<bool()>& condition, int maxMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition() && waited.elapsed() < maxMs)
        spin(5);
    return condition();
}

alerts::AlertAction ack(const QString& actionId, const QString& alertId)
{
    alerts::AlertAction action;
    action.actionId = actionId;
    action.alertId = alertId;
    action.user = u"alice"_s;
    return action;
}

} // namespace

TEST(OutboxPause, ARateLimitedSendHoldsEveryActionUntilTheServiceAllowsAgain)
{
    SystemClock clock;
    alerts::Alert first;
    first.id = u"alert-1"_s;
    alerts::Alert second;
    second.id = u"alert-2"_s;
    fakes::FakeAlertBackend backend(clock, {first, second});
    auto outbox = outbox::ActionOutbox::open(u":memory:"_s);
    ASSERT_TRUE(outbox.has_value());
    outbox::OutboxDispatcher::Options options;
    options.statusPollMs = 5;
    options.backoffBaseMs = 1000; // the pause after a 429 without Retry-After: 0.5 to 1 s
    outbox::OutboxDispatcher dispatcher(*outbox, backend, u"fake"_s, clock, options);

    backend.refuseNextSend(Error{ErrorCode::RateLimited, u"429"_s, std::nullopt, 429});
    ASSERT_TRUE(dispatcher.submit(ack(u"a1"_s, first.id)).has_value());
    ASSERT_TRUE(spinUntil(
        [&] {
            const auto record = outbox->find(u"a1"_s);
            return record && *record && (*record)->state == outbox::OutboxState::Queued && (*record)->attempts == 1;
        },
        2000));

    ASSERT_TRUE(dispatcher.submit(ack(u"a2"_s, second.id)).has_value());
    spin(100);
    EXPECT_TRUE(backend.submitted().isEmpty()) << "an action on another alert went out during the pause";
    EXPECT_EQ((*outbox->find(u"a2"_s))->attempts, 0);

    ASSERT_TRUE(spinUntil([&] { return backend.submitted().size() == 2; }, 3000));
    EXPECT_EQ((*outbox->find(u"a1"_s))->attempts, 2);
    EXPECT_EQ((*outbox->find(u"a2"_s))->attempts, 1);
}
