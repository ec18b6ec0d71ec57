#include "common/Clock.h"
#include "notify/NotificationPolicy.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::notify;
using alerts::Alert;
using alerts::AlertStatus;
using alerts::Priority;
using Kind = Notification::Kind;

namespace {

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Alert alert(const QString& id, Priority priority, AlertStatus status = AlertStatus::Open)
{
    Alert a;
    a.id = id;
    a.tinyId = id;
    a.message = u"Alert "_s + id;
    a.priority = priority;
    a.status = status;
    a.createdAt = at(u"2026-03-02T09:00:00Z"_s);
    return a;
}

NotificationSettings inZone(const QByteArray& zone)
{
    NotificationSettings s;
    s.zone = QTimeZone(zone);
    return s;
}

// A policy that has already seen the console start with nothing open, so what follows counts as new.
struct Started
{
    explicit Started(NotificationSettings settings, const QString& start = u"2026-03-02T12:00:00Z"_s)
        : clock(at(start))
        , policy(std::move(settings))
    {
        EXPECT_TRUE(policy.update({}, clock.now(), true).empty());
    }
    std::vector<Notification> update(const QList<Alert>& alerts, bool onCall = true)
    {
        return policy.update(alerts, clock.now(), onCall);
    }
    void advanceMinutes(double minutes) { clock.advance(qint64(minutes * 60'000)); }

    ManualClock clock;
    NotificationPolicy policy;
};

} // namespace

TEST(QuietHours, StartIsInsideEndIsOutsideAcrossMidnightOrNot)
{
    const QuietHours night{QTime(22, 0), QTime(8, 0)};
    EXPECT_FALSE(night.covers(QTime(21, 59, 59)));
    EXPECT_TRUE(night.covers(QTime(22, 0)));
    EXPECT_TRUE(night.covers(QTime(23, 59, 59)));
    EXPECT_TRUE(night.covers(QTime(0, 0)));
    EXPECT_TRUE(night.covers(QTime(7, 59, 59)));
    EXPECT_FALSE(night.covers(QTime(8, 0)));
    EXPECT_FALSE(night.covers(QTime(12, 0)));

    const QuietHours day{QTime(9, 0), QTime(17, 0)};
    EXPECT_FALSE(day.covers(QTime(8, 59)));
    EXPECT_TRUE(day.covers(QTime(9, 0)));
    EXPECT_FALSE(day.covers(QTime(17, 0)));
    const QuietHours none{QTime(8, 0), QTime(8, 0)};
    EXPECT_FALSE(none.covers(QTime(8, 0)));
    EXPECT_FALSE(none.covers(QTime(3, 0)));
    EXPECT_FALSE(QuietHours{}.covers(QTime(3, 0)));
}

TEST(NotificationSettings, DefaultsFollowTheSeedRotations)
{
    const NotificationSettings s;
    EXPECT_EQ(s.minimum, Priority::P3);
    EXPECT_EQ(s.repeatMinutes, 5);
    EXPECT_FALSE(s.onlyWhileOnCall);
    EXPECT_TRUE(s.sound);
    EXPECT_FALSE(s.quiet.contains(Priority::P1));
    EXPECT_FALSE(s.quiet.contains(Priority::P2));
    for (Priority p : {Priority::P3, Priority::P4, Priority::P5}) {
        ASSERT_TRUE(s.quiet.contains(p));
        EXPECT_EQ(s.quiet[p].from, QTime(22, 0));
        EXPECT_EQ(s.quiet[p].to, QTime(8, 0));
    }
}

TEST(NotificationSettings, QuietHoursFollowBerlinWallClockAcrossBothDstChanges)
{
    const auto s = inZone("Europe/Berlin");
    ASSERT_TRUE(s.zone.isValid());
    // The night of 2026-10-24/25: 22:00 CEST is 20:00 UTC; 08:00 CET (after the change at 03:00) is 07:00 UTC.
    EXPECT_FALSE(isQuiet(s, Priority::P3, at(u"2026-10-24T19:59:59Z"_s)));
    EXPECT_TRUE(isQuiet(s, Priority::P3, at(u"2026-10-24T20:00:00Z"_s)));
    EXPECT_TRUE(isQuiet(s, Priority::P3, at(u"2026-10-25T00:30:00Z"_s))); // 02:30 CEST
    EXPECT_TRUE(isQuiet(s, Priority::P3, at(u"2026-10-25T01:30:00Z"_s))); // 02:30 CET, the repeated hour
    // A fixed summer offset would call this 08:30 and ring; it is 07:30 on the user's clock.
    EXPECT_TRUE(isQuiet(s, Priority::P3, at(u"2026-10-25T06:30:00Z"_s)));
    EXPECT_TRUE(isQuiet(s, Priority::P3, at(u"2026-10-25T06:59:59Z"_s)));
    EXPECT_FALSE(isQuiet(s, Priority::P3, at(u"2026-10-25T07:00:00Z"_s)));
    EXPECT_FALSE(isQuiet(s, Priority::P1, at(u"2026-10-25T01:30:00Z"_s)));

    // 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 08:00 is 06:00 UTC, an hour earlier than the day before.
    EXPECT_TRUE(isQuiet(s, Priority::P4, at(u"2026-03-28T06:59:59Z"_s)));
    EXPECT_FALSE(isQuiet(s, Priority::P4, at(u"2026-03-28T07:00:00Z"_s)));
    EXPECT_TRUE(isQuiet(s, Priority::P4, at(u"2026-03-29T05:59:59Z"_s)));
    EXPECT_FALSE(isQuiet(s, Priority::P4, at(u"2026-03-29T06:00:00Z"_s)));
}

TEST(NotificationSettings, QuietHoursAreReadInTheUsersZoneNotUtc)
{
    const auto bangkok = inZone("Asia/Bangkok"); // UTC+7
    const auto utc = inZone("UTC");
    EXPECT_TRUE(isQuiet(bangkok, Priority::P3, at(u"2026-03-02T15:30:00Z"_s))); // 22:30 in Bangkok
    EXPECT_FALSE(isQuiet(utc, Priority::P3, at(u"2026-03-02T15:30:00Z"_s)));
    EXPECT_FALSE(isQuiet(bangkok, Priority::P3, at(u"2026-03-03T01:00:00Z"_s))); // 08:00 in Bangkok
    EXPECT_TRUE(isQuiet(utc, Priority::P3, at(u"2026-03-03T01:00:00Z"_s)));
}

TEST(NotificationPolicy, StartupMakesOneSummaryOfWhatIsAlreadyOpen)
{
    NotificationPolicy policy(inZone("UTC"));
    const auto out
        = policy.update({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P1), alert(u"c"_s, Priority::P4),
                            alert(u"d"_s, Priority::P2, AlertStatus::Acknowledged)},
            at(u"2026-03-02T12:00:00Z"_s), true);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Summary);
    EXPECT_TRUE(out[0].startup);
    EXPECT_TRUE(out[0].alertId.isEmpty());
    EXPECT_EQ(out[0].priority, Priority::P1);
    EXPECT_EQ(out[0].soundPriority, Priority::P1);
    ASSERT_EQ(out[0].count(), 2); // P4 is below the minimum; the acknowledged one is handled
    EXPECT_EQ(out[0].alerts[0].id, u"b"_s);
    EXPECT_EQ(out[0].alerts[1].id, u"a"_s);
    EXPECT_EQ(policy.unacknowledgedOpen(), 3);
    EXPECT_EQ(policy.unacknowledgedOpen(Priority::P1), 1);
    EXPECT_EQ(policy.unacknowledgedOpen(Priority::P2), 0);

    NotificationPolicy quiet(inZone("UTC")); // nothing worth a word: silence, not "0 alerts open"
    EXPECT_TRUE(quiet.update({alert(u"c"_s, Priority::P5)}, at(u"2026-03-02T12:00:00Z"_s), true).empty());
    EXPECT_TRUE(quiet.started());
}

TEST(NotificationPolicy, NewAlertAtOrAboveMinimumNotifiesOnce)
{
    Started s(inZone("UTC"));
    auto out = s.update({alert(u"a"_s, Priority::P3), alert(u"low"_s, Priority::P4)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::New);
    EXPECT_EQ(out[0].alertId, u"a"_s);
    EXPECT_EQ(out[0].priority, Priority::P3);
    EXPECT_EQ(out[0].soundPriority, Priority::P3);
    EXPECT_EQ(s.policy.unacknowledgedOpen(), 2);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P3), alert(u"low"_s, Priority::P4)}).empty());

    auto p1Only = inZone("UTC");
    p1Only.minimum = Priority::P1;
    Started strict(p1Only);
    out = strict.update({alert(u"a"_s, Priority::P2), alert(u"b"_s, Priority::P1)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].alertId, u"b"_s);

    auto silent = inZone("UTC");
    silent.sound = false;
    Started mute(silent);
    out = mute.update({alert(u"a"_s, Priority::P1)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_FALSE(out[0].soundPriority.has_value());
}

TEST(NotificationPolicy, RepeatsEveryRepeatMinutesWhileOpenAndUnacknowledged)
{
    Started s(inZone("UTC"));
    const QList<Alert> open{alert(u"a"_s, Priority::P2)};
    ASSERT_EQ(s.update(open).size(), 1u);
    s.advanceMinutes(4.99);
    EXPECT_TRUE(s.update(open).empty());
    s.advanceMinutes(0.01);
    auto out = s.update(open);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Reminder);
    EXPECT_EQ(out[0].alertId, u"a"_s);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update(open).empty());
    s.advanceMinutes(4);
    EXPECT_EQ(s.update(open).size(), 1u);
}

TEST(NotificationPolicy, RepeatZeroNotifiesEachAlertOnce)
{
    auto settings = inZone("UTC");
    settings.repeatMinutes = 0;
    Started s(settings);
    const QList<Alert> open{alert(u"a"_s, Priority::P1)};
    EXPECT_EQ(s.update(open).size(), 1u);
    for (int i = 0; i < 12; ++i) {
        s.advanceMinutes(10);
        EXPECT_TRUE(s.update(open).empty());
    }
}

TEST(NotificationPolicy, AcknowledgingSnoozingOrClosingStopsTheRepeats)
{
    for (AlertStatus handled : {AlertStatus::Acknowledged, AlertStatus::Snoozed, AlertStatus::Closed}) {
        Started s(inZone("UTC"));
        ASSERT_EQ(s.update({alert(u"a"_s, Priority::P1)}).size(), 1u);
        s.advanceMinutes(3);
        EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P1, handled)}).empty());
        s.advanceMinutes(5);
        EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P1, handled)}).empty());
        EXPECT_EQ(s.policy.unacknowledgedOpen(), 0);
    }
}

TEST(NotificationPolicy, AlertOpenAgainAfterSnoozeIsRemindedAtOnce)
{
    Started s(inZone("UTC"));
    ASSERT_EQ(s.update({alert(u"a"_s, Priority::P2)}).size(), 1u);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P2, AlertStatus::Snoozed)}).empty());
    s.advanceMinutes(1);
    auto out = s.update({alert(u"a"_s, Priority::P2)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Reminder);
}

TEST(NotificationPolicy, QuietHoursSuppressAndRemindOnceWhenTheyEnd)
{
    Started s(inZone("Europe/Berlin"), u"2026-03-02T21:00:00Z"_s); // 22:00 CET
    const QList<Alert> night{alert(u"p3"_s, Priority::P3), alert(u"p2"_s, Priority::P2)};
    auto out = s.update(night);
    ASSERT_EQ(out.size(), 1u); // P2 is never quiet by default
    EXPECT_EQ(out[0].alertId, u"p2"_s);

    const QList<Alert> p3Only{alert(u"p3"_s, Priority::P3)};
    s.clock.set(at(u"2026-03-03T06:59:00Z"_s)); // 07:59 CET
    EXPECT_TRUE(s.update(p3Only).empty());
    s.clock.set(at(u"2026-03-03T07:00:00Z"_s)); // 08:00 CET
    out = s.update(p3Only);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Reminder);
    EXPECT_EQ(out[0].alertId, u"p3"_s);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update(p3Only).empty()); // once, then the usual repeat
    s.advanceMinutes(4);
    EXPECT_EQ(s.update(p3Only).size(), 1u);
}

TEST(NotificationPolicy, AlertHandledDuringQuietHoursNeverRings)
{
    Started s(inZone("Europe/Berlin"), u"2026-03-02T22:00:00Z"_s); // 23:00 CET
    EXPECT_TRUE(s.update({alert(u"p3"_s, Priority::P3)}).empty());
    s.clock.set(at(u"2026-03-03T02:00:00Z"_s));
    EXPECT_TRUE(s.update({alert(u"p3"_s, Priority::P3, AlertStatus::Acknowledged)}).empty());
    s.clock.set(at(u"2026-03-03T07:00:00Z"_s));
    EXPECT_TRUE(s.update({alert(u"p3"_s, Priority::P3, AlertStatus::Acknowledged)}).empty());
}

TEST(NotificationPolicy, QuietNightIsAnHourLongerWhenBerlinFallsBack)
{
    Started s(inZone("Europe/Berlin"), u"2026-10-25T06:30:00Z"_s); // 07:30 CET, 08:30 by the summer offset
    EXPECT_TRUE(s.update({alert(u"p3"_s, Priority::P3)}).empty());
    s.clock.set(at(u"2026-10-25T07:00:00Z"_s)); // 08:00 CET
    auto out = s.update({alert(u"p3"_s, Priority::P3), alert(u"fresh"_s, Priority::P3)});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].alertId, u"p3"_s); // same priority and age: order as listed
    EXPECT_EQ(out[0].kind, Kind::Reminder);
    EXPECT_EQ(out[1].alertId, u"fresh"_s);
    EXPECT_EQ(out[1].kind, Kind::New);
}

TEST(NotificationPolicy, QuietHoursUseTheUsersZone)
{
    // 15:30 UTC is 22:30 in Bangkok: quiet for a user there, a normal afternoon for a user on UTC.
    Started bangkok(inZone("Asia/Bangkok"), u"2026-03-02T15:30:00Z"_s);
    EXPECT_TRUE(bangkok.update({alert(u"a"_s, Priority::P3)}).empty());
    Started utc(inZone("UTC"), u"2026-03-02T15:30:00Z"_s);
    EXPECT_EQ(utc.update({alert(u"a"_s, Priority::P3)}).size(), 1u);
}

TEST(NotificationPolicy, OnlyWhileOnCallSuppressesOffCallAndRemindsWhenTheShiftStarts)
{
    auto settings = inZone("UTC");
    settings.onlyWhileOnCall = true;
    Started s(settings);
    const QList<Alert> open{alert(u"a"_s, Priority::P1)};
    EXPECT_TRUE(s.update(open, false).empty());
    s.advanceMinutes(30);
    EXPECT_TRUE(s.update(open, false).empty());
    s.advanceMinutes(1);
    auto out = s.update(open, true);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Reminder);

    // Without the option, being off call changes nothing.
    Started anyway(inZone("UTC"));
    EXPECT_EQ(anyway.update(open, false).size(), 1u);
}

TEST(NotificationPolicy, StartupSummaryIsFollowedByRemindersAfterTheRepeat)
{
    NotificationPolicy policy(inZone("UTC"));
    ManualClock clock(at(u"2026-03-02T12:00:00Z"_s));
    const QList<Alert> open{alert(u"a"_s, Priority::P1), alert(u"b"_s, Priority::P2)};
    ASSERT_EQ(policy.update(open, clock.now(), true).size(), 1u);
    clock.advance(4 * 60'000);
    EXPECT_TRUE(policy.update(open, clock.now(), true).empty());
    clock.advance(60'000);
    auto out = policy.update(open, clock.now(), true);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].alertId, u"a"_s);
    EXPECT_EQ(out[0].kind, Kind::Reminder);
    EXPECT_EQ(out[1].alertId, u"b"_s);
}

TEST(NotificationPolicy, FloodBecomesOneSummaryWithTheHighestPriority)
{
    Started s(inZone("UTC"));
    QList<Alert> flood;
    for (int i = 0; i < 29; ++i)
        flood.append(alert(u"n"_s + QString::number(i), Priority::P3));
    flood.append(alert(u"worst"_s, Priority::P1));
    auto out = s.update(flood);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Summary);
    EXPECT_FALSE(out[0].startup);
    EXPECT_TRUE(out[0].alertId.isEmpty());
    EXPECT_EQ(out[0].count(), 30);
    EXPECT_EQ(out[0].newCount, 30);
    EXPECT_EQ(out[0].priority, Priority::P1);
    EXPECT_EQ(out[0].soundPriority, Priority::P1);
    EXPECT_EQ(out[0].alerts.front().id, u"worst"_s);

    // Five minutes on, the thirty reminders are one summary as well.
    s.advanceMinutes(5);
    out = s.update(flood);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Summary);
    EXPECT_EQ(out[0].newCount, 0);
}

TEST(NotificationPolicy, UpToTheThresholdEachAlertNotifiesMostUrgentFirst)
{
    Started s(inZone("UTC"));
    auto out = s.update({alert(u"c"_s, Priority::P3), alert(u"a"_s, Priority::P1), alert(u"b"_s, Priority::P2)});
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].alertId, u"a"_s);
    EXPECT_EQ(out[1].alertId, u"b"_s);
    EXPECT_EQ(out[2].alertId, u"c"_s);

    Started four(inZone("UTC"));
    out = four.update({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P3), alert(u"c"_s, Priority::P3),
        alert(u"d"_s, Priority::P3)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Summary);
}

TEST(NotificationPolicy, PriorityRaisedToTheMinimumNotifiesThen)
{
    Started s(inZone("UTC"));
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P4)}).empty());
    s.advanceMinutes(10);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P4)}).empty());
    s.advanceMinutes(1);
    auto out = s.update({alert(u"a"_s, Priority::P2)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Raised);
    EXPECT_EQ(out[0].raisedFrom, Priority::P4);
    EXPECT_EQ(out[0].priority, Priority::P2);
}

TEST(NotificationPolicy, PriorityRaisedAfterANotificationNotifiesAgainAndLoweringDoesNot)
{
    Started s(inZone("UTC"));
    ASSERT_EQ(s.update({alert(u"a"_s, Priority::P3)}).size(), 1u);
    s.advanceMinutes(1);
    auto out = s.update({alert(u"a"_s, Priority::P1)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Raised);
    EXPECT_EQ(out[0].raisedFrom, Priority::P3);
    EXPECT_EQ(out[0].soundPriority, Priority::P1);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P2)}).empty());
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P4)}).empty()); // below the minimum: no more repeats
    s.advanceMinutes(10);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P4)}).empty());
}

TEST(NotificationPolicy, MuteSilencesEverythingAndRemindsWhenItEnds)
{
    Started s(inZone("UTC"));
    s.policy.setMutedUntil(at(u"2026-03-02T13:00:00Z"_s));
    EXPECT_TRUE(s.policy.isMuted(s.clock.now()));
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P1)}).empty());
    s.clock.set(at(u"2026-03-02T12:59:00Z"_s));
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P1)}).empty());
    s.clock.set(at(u"2026-03-02T13:00:00Z"_s));
    auto out = s.update({alert(u"a"_s, Priority::P1)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, Kind::Reminder);
}

TEST(NotificationPolicy, AlertMissingFromOneAnswerIsNotNewWhenItComesBack)
{
    Started s(inZone("UTC"));
    ASSERT_EQ(s.update({alert(u"a"_s, Priority::P2)}).size(), 1u);
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({}).empty());
    s.advanceMinutes(1);
    EXPECT_TRUE(s.update({alert(u"a"_s, Priority::P2)}).empty());
}
