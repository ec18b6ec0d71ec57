#include "analytics/incidents/Interruptions.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::analytics::incidents;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

InterruptionTime in(const char* zone, const QString& iso)
{
    return interruptionTimeOf(utc(iso), QTimeZone(zone));
}

} // namespace

TEST(Interruptions, BucketEdgesOnTheWallClock)
{
    // 2026-11-20 is a Friday; UTC is its own wall clock.
    EXPECT_EQ(in("UTC", u"2026-11-20T07:59:59Z"_s), InterruptionTime::SleepHours);
    EXPECT_EQ(in("UTC", u"2026-11-20T08:00:00Z"_s), InterruptionTime::BusinessHours);
    EXPECT_EQ(in("UTC", u"2026-11-20T17:59:59Z"_s), InterruptionTime::BusinessHours);
    EXPECT_EQ(in("UTC", u"2026-11-20T18:00:00Z"_s), InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(in("UTC", u"2026-11-20T21:59:59Z"_s), InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(in("UTC", u"2026-11-20T22:00:00Z"_s), InterruptionTime::SleepHours);
    // Saturday and Sunday daytime are not business hours; their nights are still sleep hours.
    EXPECT_EQ(in("UTC", u"2026-11-21T10:00:00Z"_s), InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(in("UTC", u"2026-11-22T13:00:00Z"_s), InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(in("UTC", u"2026-11-22T03:00:00Z"_s), InterruptionTime::SleepHours);
    EXPECT_EQ(in("UTC", u"2026-11-23T08:00:00Z"_s), InterruptionTime::BusinessHours); // Monday
}

TEST(Interruptions, ReadInTheOnCallTimeZoneNotUtc)
{
    // Bangkok is UTC+7: Sunday 23:30 UTC is Monday 06:30 there (asleep), Monday 01:30 UTC is 08:30 (at work).
    EXPECT_EQ(in("Asia/Bangkok", u"2026-11-22T23:30:00Z"_s), InterruptionTime::SleepHours);
    EXPECT_EQ(in("Asia/Bangkok", u"2026-11-23T01:30:00Z"_s), InterruptionTime::BusinessHours);
    EXPECT_EQ(in("UTC", u"2026-11-23T01:30:00Z"_s), InterruptionTime::SleepHours);
    // Friday 12:00 UTC is Friday 19:00 in Bangkok: an evening, not business hours.
    EXPECT_EQ(in("Asia/Bangkok", u"2026-11-20T12:00:00Z"_s), InterruptionTime::EveningsAndWeekends);
    // Los Angeles (UTC-8 in November): Saturday 03:00 UTC is Friday 19:00.
    EXPECT_EQ(in("America/Los_Angeles", u"2026-11-21T03:00:00Z"_s), InterruptionTime::EveningsAndWeekends);
}

TEST(Interruptions, DaylightSavingMovesTheUtcEdges)
{
    // Berlin springs forward on Sunday 2026-03-29. 07:30 UTC is 08:30 CET on Friday 27 March and 09:30 CEST on
    // Monday 30 March; 06:30 UTC is 07:30 CET (asleep) before and 08:30 CEST (at work) after.
    EXPECT_EQ(in("Europe/Berlin", u"2026-03-27T06:30:00Z"_s), InterruptionTime::SleepHours);
    EXPECT_EQ(in("Europe/Berlin", u"2026-03-27T07:30:00Z"_s), InterruptionTime::BusinessHours);
    EXPECT_EQ(in("Europe/Berlin", u"2026-03-30T06:30:00Z"_s), InterruptionTime::BusinessHours);
    // The night of the change: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST; both asleep.
    EXPECT_EQ(in("Europe/Berlin", u"2026-03-29T00:59:00Z"_s), InterruptionTime::SleepHours);
    EXPECT_EQ(in("Europe/Berlin", u"2026-03-29T01:00:00Z"_s), InterruptionTime::SleepHours);
    // Berlin falls back on Sunday 2026-10-25: 17:30 UTC is 19:30 CEST on Friday 23 October (an evening) and
    // 18:30 CET on Monday 26 October (still an evening); 16:30 UTC is 18:30 CEST before and 17:30 CET after.
    EXPECT_EQ(in("Europe/Berlin", u"2026-10-23T16:30:00Z"_s), InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(in("Europe/Berlin", u"2026-10-26T16:30:00Z"_s), InterruptionTime::BusinessHours);
    // New York springs forward on 2026-03-08: 22:30 UTC is 17:30 EST on Friday 6 March (at work) and 18:30 EDT
    // on Monday 9 March (an evening).
    EXPECT_EQ(in("America/New_York", u"2026-03-06T22:30:00Z"_s), InterruptionTime::BusinessHours);
    EXPECT_EQ(in("America/New_York", u"2026-03-09T22:30:00Z"_s), InterruptionTime::EveningsAndWeekends);
}

TEST(Interruptions, AnInvalidZoneReadsUtc)
{
    EXPECT_EQ(interruptionTimeOf(utc(u"2026-11-20T07:30:00Z"_s), QTimeZone()), InterruptionTime::SleepHours);
}

TEST(Interruptions, CountsAddUp)
{
    InterruptionCounts counts;
    counts.add(InterruptionTime::SleepHours);
    counts.add(InterruptionTime::SleepHours);
    counts.add(InterruptionTime::BusinessHours);
    counts.add(InterruptionTime::EveningsAndWeekends);
    EXPECT_EQ(counts.sleepHours, 2);
    EXPECT_EQ(counts.businessHours, 1);
    EXPECT_EQ(counts.eveningsAndWeekends, 1);
    EXPECT_EQ(counts.total(), 4);
}

TEST(Interruptions, TheCachedClockAgreesWithTheTimeZoneEverywhere)
{
    // Half-hour and quarter-hour zones, a half-hour daylight saving (Lord Howe), both hemispheres, a whole year.
    for (const char* name :
        {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"}) {
        const QTimeZone zone(name);
        ASSERT_TRUE(zone.isValid()) << name;
        InterruptionClock clock(zone);
        for (QDateTime t = utc(u"2026-01-01T00:03:00Z"_s); t < utc(u"2027-01-01T00:00:00Z"_s); t = t.addSecs(37 * 60))
            ASSERT_EQ(clock.of(t), interruptionTimeOf(t, zone)) << name << " " << t.toString(Qt::ISODate).toStdString();
    }
}
