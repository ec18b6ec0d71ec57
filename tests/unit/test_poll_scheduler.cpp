#include "common/Clock.h"
#include "polling/PollScheduler.h"

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::polling;

namespace {

QDateTime start()
{
    return QDateTime::fromString(u"2026-03-01T12:00:00Z"_s, Qt::ISODate);
}

// A job that records its starts and keeps its completion for the test to call (or not).
struct ManualJob
{
    int starts = 0;
    std::optional<PollScheduler::Finished> pending;
    PollScheduler::Job job()
    {
        return [this](PollScheduler::Finished finished) {
            ++starts;
            pending = std::move(finished);
        };
    }
    void complete(std::optional<Error> error = std::nullopt)
    {
        ASSERT_TRUE(pending.has_value());
        auto f = std::move(*pending);
        pending.reset();
        f(error);
    }
};

} // namespace

TEST(PollScheduler, OnlyVisibleJobsArePolled)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob shown;
    ManualJob hidden;
    scheduler.add(u"panel:health/requests"_s, u"metrics"_s, 15'000, shown.job(), true);
    scheduler.add(u"panel:quality/accuracy"_s, u"metrics"_s, 15'000, hidden.job(), false);
    for (int i = 0; i < 8; ++i) {
        scheduler.tick();
        if (shown.pending)
            shown.complete();
        clock.advance(15'000);
    }
    EXPECT_EQ(shown.starts, 8);
    EXPECT_EQ(hidden.starts, 0);

    // Switching tiers: the newly visible panel is polled at once, the hidden one stops.
    scheduler.setVisible(u"panel:health/requests"_s, false);
    scheduler.setVisible(u"panel:quality/accuracy"_s, true);
    scheduler.tick();
    EXPECT_EQ(hidden.starts, 1);
    hidden.complete();
    clock.advance(60'000);
    scheduler.tick();
    EXPECT_EQ(shown.starts, 8);
}

TEST(PollScheduler, ASlowSourceDoesNotDelayOthers)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob slow;
    ManualJob fast;
    scheduler.add(u"slow"_s, u"thanos"_s, 15'000, slow.job());
    scheduler.add(u"fast"_s, u"prometheus"_s, 15'000, fast.job());
    for (int i = 0; i < 10; ++i) {
        scheduler.tick();
        if (fast.pending)
            fast.complete();
        clock.advance(15'000);
    }
    // The slow job never answered: it was started once and is not piled up, while the fast one kept going.
    EXPECT_EQ(slow.starts, 1);
    EXPECT_TRUE(scheduler.isInFlight(u"slow"_s));
    EXPECT_EQ(fast.starts, 10);
    EXPECT_EQ(scheduler.health(u"prometheus"_s).state(clock.now()), SourceState::Live);
    EXPECT_EQ(scheduler.health(u"thanos"_s).state(clock.now()), SourceState::Waiting);
}

TEST(PollScheduler, FailuresBackOffAndTheSourceSaysSinceWhen)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob job;
    scheduler.add(u"alerts"_s, u"opsgenie"_s, 10'000, job.job());
    scheduler.tick();
    job.complete();
    const QDateTime goodAt = clock.now();

    clock.advance(10'000);
    scheduler.tick();
    const QDateTime failedAt = clock.now();
    job.complete(Error{ErrorCode::Timeout, u"no answer in 10 s"_s, std::nullopt, 0});
    const SourceHealth h = scheduler.health(u"opsgenie"_s);
    EXPECT_EQ(h.state(clock.now()), SourceState::Failing);
    EXPECT_EQ(h.stateSince(clock.now()), failedAt);
    EXPECT_EQ(h.lastSuccess, goodAt) << "the last good data's time is kept";

    // First retry after one interval, then two, then four.
    std::vector<qint64> gaps;
    QDateTime last = clock.now();
    for (int i = 0; i < 90 && gaps.size() < 3; ++i) {
        clock.advance(1'000);
        scheduler.tick();
        if (job.pending) {
            gaps.push_back(last.msecsTo(clock.now()));
            last = clock.now();
            job.complete(Error{ErrorCode::Network, u"connection refused"_s, std::nullopt, 0});
        }
    }
    ASSERT_EQ(gaps.size(), 3u);
    EXPECT_EQ(gaps[0], 10'000);
    EXPECT_EQ(gaps[1], 20'000);
    EXPECT_EQ(gaps[2], 40'000);
    EXPECT_EQ(scheduler.health(u"opsgenie"_s).stateSince(clock.now()), failedAt);
}

TEST(PollScheduler, RetryAfterIsHonoured)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob job;
    scheduler.add(u"alerts"_s, u"opsgenie"_s, 10'000, job.job());
    scheduler.tick();
    job.complete(Error{ErrorCode::RateLimited, u"429"_s, std::chrono::seconds(90), 429});
    clock.advance(89'000);
    scheduler.tick();
    EXPECT_EQ(job.starts, 1);
    clock.advance(1'000);
    scheduler.tick();
    EXPECT_EQ(job.starts, 2);
}

TEST(PollScheduler, ABadQueryMarksThePanelNotTheSource)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob job;
    scheduler.add(u"panel"_s, u"prometheus"_s, 15'000, job.job());
    scheduler.tick();
    job.complete(Error{ErrorCode::BadQuery, u"parse error"_s, std::nullopt, 400});
    EXPECT_EQ(scheduler.health(u"prometheus"_s).state(clock.now()), SourceState::Live);
}

TEST(SourceHealth, GoesStaleAfterThreeSilentIntervals)
{
    SourceHealth h;
    h.intervalMs = 15'000;
    const QDateTime t0 = start();
    h.recordSuccess(t0);
    EXPECT_EQ(h.state(t0.addSecs(45)), SourceState::Live);
    EXPECT_EQ(h.state(t0.addSecs(46)), SourceState::Stale);
    EXPECT_EQ(h.stateSince(t0.addSecs(100)), t0.addSecs(45));
}

TEST(PollScheduler, ALateAnswerToAnOldRequestDoesNotHideAFailure)
{
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob slow;
    ManualJob fast;
    scheduler.add(u"slow"_s, u"prometheus"_s, 15'000, slow.job());
    scheduler.add(u"fast"_s, u"prometheus"_s, 15'000, fast.job());
    scheduler.tick(); // both in flight
    clock.advance(5'000);
    fast.complete(Error{ErrorCode::Network, u"connection refused"_s, std::nullopt, 0});
    clock.advance(1'000);
    slow.complete(); // sent before the failure: it says nothing about the source now
    EXPECT_EQ(scheduler.health(u"prometheus"_s).state(clock.now()), SourceState::Failing);
    // A request sent after the failure that succeeds does mean the source is back.
    clock.advance(15'000);
    scheduler.tick();
    slow.complete();
    EXPECT_EQ(scheduler.health(u"prometheus"_s).state(clock.now()), SourceState::Live);
}

TEST(PollScheduler, PollNowDuringAFlightAsksAgainWhenItLands)
{
    // The user picks another service while the panel's query for the old one is in flight: that answer is
    // thrown away, so the panel must be asked again at once, not an interval later.
    ManualClock clock(start());
    PollScheduler scheduler(clock);
    ManualJob job;
    scheduler.add(u"panel:drift/features"_s, u"metrics"_s, 15'000, job.job(), true);
    scheduler.tick();
    ASSERT_EQ(job.starts, 1);
    scheduler.pollNow(u"panel:drift/features"_s);
    job.complete();
    scheduler.tick();
    EXPECT_EQ(job.starts, 2);
    // Once only: the next answer waits its interval as usual.
    job.complete();
    scheduler.tick();
    EXPECT_EQ(job.starts, 2);
}
