// The wall clock jumps (NTP steps it, someone sets it, a laptop wakes up): the console keeps polling, its "since"
// times stay true, actions keep their pace, and a rate limit does not turn into hours of silence.
#include "FaultsSupport.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "genie/RateLimiter.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/FakeAlertBackend.h"
#include "fakes/SwitchableMetrics.h"
#include "fakes/TestActions.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using faults::shownTime;
using faults::statusOf;

namespace {

constexpr qint64 threeHoursMs = 3 * 3600 * 1000;

// The demo fleet's console, with a switch to take its metrics source down, on a clock the test moves.
class ClockJumps : public ::testing::Test
{
protected:
    ClockJumps()
        : fleet(std::make_shared<const demo::DemoFleet>())
        , demoMetrics(fleet)
        , switchable(std::make_shared<fakes::SwitchableMetrics>(demoMetrics))
        , alerts(fleet, clock, 0)
        , actions(alerts, clock)
    {
        router.add(u"demo"_s, switchable);
        window = std::make_unique<ui::MainWindow>(ui::ConsoleContext{
            router, alerts, actions.dispatcher, scheduler, clock, workspace::defaultWorkspace(), u"t"_s, u"Demo"_s});
        window->resize(1400, 900);
        window->show();
        panel = window->activeDashboard()->panels().first();
    }

    bool settle(const std::function<bool()>& done, int timeoutMs = 15'000)
    {
        return faults::settle(scheduler, done, timeoutMs);
    }

    // Lets the console run for `ms` of its clock, a second at a time, as the timer would.
    void run(qint64 ms)
    {
        for (qint64 t = 0; t < ms; t += 1000) {
            clock.advance(1000);
            settle([] { return false; }, 5);
        }
    }

    ManualClock clock{QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate)};
    std::shared_ptr<const demo::DemoFleet> fleet;
    demo::DemoMetricsBackend demoMetrics;
    std::shared_ptr<fakes::SwitchableMetrics> switchable;
    sources::MetricsRouter router;
    demo::DemoAlertBackend alerts;
    polling::PollScheduler scheduler{clock};
    fakes::TestActions actions;
    std::unique_ptr<ui::MainWindow> window;
    ui::PanelWidget* panel = nullptr;
};

} // namespace

TEST_F(ClockJumps, BackThreeHoursThePanelsAndTheAlertsKeepPolling)
{
    ASSERT_TRUE(settle([&] { return panel->hasData() && window->alertList()->model()->rowCount() > 0; }));
    run(30'000);
    const int alertPolls = scheduler.startedCount(u"alerts"_s);

    clock.advance(-threeHoursMs);
    const QDateTime afterJump = clock.now();
    run(60'000); // four intervals of the workspace's 15 s
    EXPECT_GE(scheduler.startedCount(u"alerts"_s), alertPolls + 3) << "polling stopped after the clock went back";
    // The status bar says the source is live, updated on the clock as it is now.
    const polling::SourceHealth health = scheduler.health(switchable->sourceName());
    EXPECT_GE(health.lastSuccess, afterJump);
    EXPECT_LE(health.lastSuccess, clock.now());
    const QString status = statusOf(*window, switchable->sourceName());
    EXPECT_TRUE(status.contains(u"live"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"updated "_s + shownTime(health.lastSuccess))) << status.toStdString();
}

TEST_F(ClockJumps, BackThreeHoursWhileASourceFailsItRecoversWhenTheSourceDoes)
{
    ASSERT_TRUE(settle([&] { return panel->hasData(); }));
    switchable->down = true;
    run(20'000);
    ASSERT_TRUE(panel->isStale()) << panel->statusText().toStdString();
    const QDateTime failedAt = scheduler.health(switchable->sourceName()).failingSince;
    ASSERT_TRUE(failedAt.isValid());

    clock.advance(-threeHoursMs);
    settle([] { return false; }, 50);
    // Said since when on the clock as it is now: the same moment, three hours earlier by the new clock.
    const QString failing = statusOf(*window, switchable->sourceName());
    EXPECT_TRUE(failing.contains(u"failing"_s)) << failing.toStdString();
    EXPECT_TRUE(failing.contains(u"since "_s + shownTime(failedAt.addMSecs(-threeHoursMs)))) << failing.toStdString();

    switchable->down = false;
    scheduler.pollAllNow();
    ASSERT_TRUE(settle([&] { return !panel->isStale(); })) << panel->statusText().toStdString();
    run(2'000);
    const QString status = statusOf(*window, switchable->sourceName());
    EXPECT_TRUE(status.contains(u"live"_s)) << status.toStdString();
}

TEST_F(ClockJumps, ForwardThreeHoursPollsAtOnceAndSaysLiveAgain)
{
    ASSERT_TRUE(settle([&] { return panel->hasData() && window->alertList()->model()->rowCount() > 0; }));
    run(20'000);
    ASSERT_TRUE(settle([&] { return !scheduler.isInFlight(u"alerts"_s); }));
    const int alertPolls = scheduler.startedCount(u"alerts"_s);
    clock.advance(threeHoursMs);
    // Everything is overdue: it polls at once, without the clock moving on.
    ASSERT_TRUE(
        settle([&] { return scheduler.startedCount(u"alerts"_s) > alertPolls && !scheduler.isInFlight(u"alerts"_s); }));
    run(1'000);
    const QString status = statusOf(*window, switchable->sourceName());
    EXPECT_TRUE(status.contains(u"live"_s)) << status.toStdString();
    EXPECT_FALSE(panel->isStale());
}

// An action waiting to be sent again after a failure waits on a steady clock: a wall clock sent three hours back
// neither stalls it nor drops it.
TEST(ClockJumpOutbox, AnActionWaitingToBeSentAgainIsSentOnTimeAfterTheClockWentBack)
{
    ManualClock clock(QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate));
    alerts::Alert alert;
    alert.id = u"a-1"_s;
    alert.message = u"fraud-scorer p99 latency above 500 ms"_s;
    alert.status = alerts::AlertStatus::Open;
    fakes::FakeAlertBackend backend(clock, {alert});
    auto outbox = outbox::ActionOutbox::open(u":memory:"_s);
    ASSERT_TRUE(outbox);
    auto options = fakes::TestActions::fastOptions();
    options.backoffBaseMs = 300;
    options.backoffMaxMs = 300;
    outbox::OutboxDispatcher dispatcher(*outbox, backend, u"fake"_s, clock, options);
    backend.refuseNextSend(Error{ErrorCode::Network, u"connection refused"_s, std::nullopt, 0});

    alerts::AlertAction ack;
    ack.actionId = u"ack-1"_s;
    ack.alertId = alert.id;
    ack.user = u"ada"_s;
    ASSERT_TRUE(dispatcher.submit(ack));
    const auto stateOf = [&] {
        const auto found = outbox->find(ack.actionId);
        return found && *found ? (*found)->state : outbox::OutboxState::Queued;
    };
    ASSERT_TRUE(uitest::waitUntil([&] { return stateOf() == outbox::OutboxState::Uncertain; }, 5'000));
    clock.advance(-threeHoursMs);
    ASSERT_TRUE(uitest::waitUntil([&] { return backend.pendingCount() == 1; }, 5'000))
        << "the retry did not go out within five seconds of the clock going back";
    backend.completeNext();
    ASSERT_TRUE(uitest::waitUntil([&] { return dispatcher.unfinished() == 0; }, 5'000));
    EXPECT_EQ(stateOf(), outbox::OutboxState::Landed);
    EXPECT_EQ(backend.submitted().size(), 1);
}

// After a 429 the alert service's limiter waits at most five minutes; a clock sent back three hours must not
// stretch that to three hours and five minutes of an alert list that never refreshes.
TEST(ClockJumpRateLimit, ABlockEndsWithinItsOwnLengthWhenTheClockGoesBack)
{
    ManualClock clock(QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate));
    genie::RateLimiter limiter(clock);
    limiter.recordThrottled(genie::Domain::Alert, std::chrono::seconds(30));
    ASSERT_TRUE(limiter.blockedUntil(genie::Domain::Alert));

    clock.advance(-threeHoursMs);
    const auto until = limiter.blockedUntil(genie::Domain::Alert);
    if (until) {
        EXPECT_LE(clock.now().secsTo(*until), 30) << "blocked until " << until->toString(Qt::ISODate).toStdString();
    }
    clock.advance(31'000);
    EXPECT_FALSE(limiter.blockedUntil(genie::Domain::Alert));

    // Forward, the block simply ends.
    limiter.recordThrottled(genie::Domain::Alert, std::chrono::seconds(30));
    clock.advance(threeHoursMs);
    EXPECT_FALSE(limiter.blockedUntil(genie::Domain::Alert));
}
