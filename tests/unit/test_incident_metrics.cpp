#include "analytics/incidents/IncidentMetrics.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::alerts::Priority;
using namespace wk::analytics::incidents;

namespace {

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

IncidentRecord closedAlert(const QString& key, std::optional<double> ack, double close,
    Priority priority = Priority::P3, const QStringList& teams = {u"payments"_s})
{
    IncidentRecord r;
    r.key = key;
    r.createdAt = at(u"2026-03-02T10:00:00Z"_s);
    r.closed = true;
    r.priority = priority;
    r.teams = teams;
    r.ackSeconds = ack;
    r.closeSeconds = close;
    r.closedByPerson = true;
    return r;
}

IncidentRecord openAlert(const QString& key, const QStringList& teams = {u"payments"_s})
{
    IncidentRecord r;
    r.key = key;
    r.createdAt = at(u"2026-03-02T11:00:00Z"_s);
    r.teams = teams;
    r.ackSeconds = 5.0; // acknowledged, still open: not part of MTTA until it closes
    return r;
}

} // namespace

TEST(IncidentPercentiles, InterpolateLinearlyLikeNumpy)
{
    QList<double> oneToTen;
    for (int i = 10; i >= 1; --i) // order does not matter
        oneToTen.append(i);
    const auto d = distributionOf(oneToTen);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->count, 10);
    EXPECT_DOUBLE_EQ(d->mean, 5.5);
    // rank 0.5 * 9 = 4.5: halfway between 5 and 6.
    EXPECT_DOUBLE_EQ(d->p50, 5.5);
    // rank 0.95 * 9 = 8.55: 9 + 0.55 * (10 - 9).
    EXPECT_DOUBLE_EQ(d->p95, 9.55);
    EXPECT_DOUBLE_EQ(d->min, 1.0);
    EXPECT_DOUBLE_EQ(d->max, 10.0);
}

TEST(IncidentPercentiles, SmallSets)
{
    const auto one = distributionOf({42.0});
    ASSERT_TRUE(one);
    EXPECT_DOUBLE_EQ(one->p50, 42.0);
    EXPECT_DOUBLE_EQ(one->p95, 42.0);
    // Two values: rank 0.95 lies 95 % of the way from 10 to 20.
    const auto two = distributionOf({20.0, 10.0});
    ASSERT_TRUE(two);
    EXPECT_DOUBLE_EQ(two->p50, 15.0);
    EXPECT_DOUBLE_EQ(two->p95, 19.5);
    // An odd count has its median on a rank: no interpolation.
    const auto odd = distributionOf({1.0, 100.0, 3.0});
    ASSERT_TRUE(odd);
    EXPECT_DOUBLE_EQ(odd->p50, 3.0);
    EXPECT_DOUBLE_EQ(odd->p95, 3.0 + 0.9 * 97.0); // rank 1.9
    EXPECT_FALSE(distributionOf({}));
}

TEST(IncidentMetrics, OnlyClosedAlertsCountAndAnUnackedAlertUsesItsCloseTime)
{
    const QList<IncidentRecord> records{
        closedAlert(u"1"_s, 30.0, 300.0),
        closedAlert(u"2"_s, std::nullopt, 120.0), // closed without ack: ack = close
        openAlert(u"3"_s),
    };
    const IncidentReport report = computeIncidentReport(records);
    EXPECT_EQ(report.overall.alerts, 3);
    EXPECT_EQ(report.overall.closed, 2);
    ASSERT_TRUE(report.overall.mtta);
    ASSERT_TRUE(report.overall.mttr);
    EXPECT_EQ(report.overall.mtta->count, 2);
    EXPECT_DOUBLE_EQ(report.overall.mtta->mean, 75.0); // (30 + 120) / 2
    EXPECT_DOUBLE_EQ(report.overall.mtta->p50, 75.0);
    EXPECT_DOUBLE_EQ(report.overall.mtta->p95, 115.5);  // 30 + 0.95 * 90
    EXPECT_DOUBLE_EQ(report.overall.mttr->mean, 210.0); // (300 + 120) / 2
    EXPECT_DOUBLE_EQ(report.overall.mttr->p95, 291.0);  // 120 + 0.95 * 180
    EXPECT_EQ(report.overall.closedWithoutAck, 1);
}

TEST(IncidentMetrics, NoClosedAlertsGiveNoFiguresRatherThanNaN)
{
    const IncidentReport report = computeIncidentReport({openAlert(u"1"_s), openAlert(u"2"_s)});
    EXPECT_EQ(report.overall.alerts, 2);
    EXPECT_EQ(report.overall.closed, 0);
    EXPECT_FALSE(report.overall.mtta);
    EXPECT_FALSE(report.overall.mttr);
    EXPECT_FALSE(report.overall.mttd);
    EXPECT_FALSE(report.overall.escalationRate());
    EXPECT_FALSE(report.overall.closedWithoutActionShare());
    EXPECT_TRUE(report.daily.isEmpty());

    const IncidentReport empty = computeIncidentReport({});
    EXPECT_EQ(empty.overall.alerts, 0);
    EXPECT_EQ(empty.byPriority.size(), 5);
    EXPECT_TRUE(empty.byTeam.isEmpty());
}

TEST(IncidentMetrics, SplitsByPriorityAndListsEveryPriority)
{
    const QList<IncidentRecord> records{
        closedAlert(u"1"_s, 10.0, 100.0, Priority::P1),
        closedAlert(u"2"_s, 20.0, 200.0, Priority::P1),
        closedAlert(u"3"_s, 600.0, 3600.0, Priority::P3),
        closedAlert(u"4"_s, 5.0, 50.0, Priority::P5),
    };
    const IncidentReport report = computeIncidentReport(records);
    ASSERT_EQ(report.byPriority.size(), 5);
    const GroupMetrics& p1 = report.byPriority[Priority::P1];
    EXPECT_EQ(p1.closed, 2);
    ASSERT_TRUE(p1.mtta);
    EXPECT_DOUBLE_EQ(p1.mtta->mean, 15.0);
    EXPECT_DOUBLE_EQ(p1.mtta->p95, 19.5);
    EXPECT_DOUBLE_EQ(p1.mttr->mean, 150.0);
    EXPECT_EQ(report.byPriority[Priority::P2].closed, 0);
    EXPECT_FALSE(report.byPriority[Priority::P2].mtta);
    EXPECT_DOUBLE_EQ(report.byPriority[Priority::P3].mttr->mean, 3600.0);
    EXPECT_DOUBLE_EQ(report.byPriority[Priority::P5].mtta->mean, 5.0);
    EXPECT_EQ(report.overall.closed, 4);
}

TEST(IncidentMetrics, AnAlertCountsForEachOfItsTeamsAndOnceOverall)
{
    const QList<IncidentRecord> records{
        closedAlert(u"1"_s, 60.0, 600.0, Priority::P2, {u"payments"_s, u"platform"_s}),
        closedAlert(u"2"_s, 120.0, 1200.0, Priority::P2, {u"platform"_s}),
        closedAlert(u"3"_s, 30.0, 90.0, Priority::P2, {}),
    };
    const IncidentReport report = computeIncidentReport(records);
    EXPECT_EQ(report.overall.closed, 3);
    ASSERT_EQ(report.byTeam.size(), 3);
    EXPECT_EQ(report.byTeam[u"payments"_s].closed, 1);
    EXPECT_DOUBLE_EQ(report.byTeam[u"payments"_s].mtta->mean, 60.0);
    EXPECT_EQ(report.byTeam[u"platform"_s].closed, 2);
    EXPECT_DOUBLE_EQ(report.byTeam[u"platform"_s].mtta->mean, 90.0);
    EXPECT_DOUBLE_EQ(report.byTeam[u"platform"_s].mttr->mean, 900.0);
    EXPECT_EQ(report.byTeam[noTeamName()].closed, 1);
    EXPECT_DOUBLE_EQ(report.byTeam[noTeamName()].mttr->mean, 90.0);
}

TEST(IncidentMetrics, IsoWeeksAcrossTheYearBoundary)
{
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 1-3 January 2027 still belong to 2026-W53.
    EXPECT_EQ(isoWeekLabel(QDate(2025, 12, 29)), u"2026-W01"_s);
    EXPECT_EQ(isoWeekLabel(QDate(2026, 3, 2)), u"2026-W10"_s);
    EXPECT_EQ(isoWeekLabel(QDate(2026, 12, 28)), u"2026-W53"_s);
    EXPECT_EQ(isoWeekLabel(QDate(2027, 1, 1)), u"2026-W53"_s);
    EXPECT_EQ(isoWeekLabel(QDate(2027, 1, 3)), u"2026-W53"_s);
    EXPECT_EQ(isoWeekLabel(QDate(2027, 1, 4)), u"2027-W01"_s);

    auto created = [](const QString& iso, const QStringList& teams, bool closed) {
        IncidentRecord r = closedAlert(iso, 1.0, 2.0, Priority::P3, teams);
        r.closed = closed;
        r.createdAt = at(iso);
        return r;
    };
    const QList<IncidentRecord> records{
        created(u"2026-12-31T23:30:00Z"_s, {u"payments"_s}, true),
        // 23:30 on 3 January in New York is 04:30 on the 4th in UTC: the next week.
        created(u"2027-01-03T23:30:00-05:00"_s, {u"payments"_s}, false),
        created(u"2027-01-02T08:00:00Z"_s, {u"payments"_s, u"platform"_s}, true),
        created(u"2027-01-05T08:00:00Z"_s, {}, true),
    };
    const IncidentReport report = computeIncidentReport(records);
    const auto payments = report.volumeByTeamWeek.value(u"payments"_s);
    EXPECT_EQ(payments.value(u"2026-W53"_s), 2);
    EXPECT_EQ(payments.value(u"2027-W01"_s), 1); // open alerts count in the volume too
    EXPECT_EQ(report.volumeByTeamWeek.value(u"platform"_s).value(u"2026-W53"_s), 1);
    EXPECT_EQ(report.volumeByTeamWeek.value(noTeamName()).value(u"2027-W01"_s), 1);
    EXPECT_EQ(report.volumeByWeek.value(u"2026-W53"_s), 2);
    EXPECT_EQ(report.volumeByWeek.value(u"2027-W01"_s), 2);
}

TEST(IncidentMetrics, EscalationRateAndClosedWithoutActionShareAreOverClosedAlerts)
{
    IncidentRecord escalated = closedAlert(u"1"_s, 40.0, 400.0);
    escalated.escalated = true;
    IncidentRecord selfResolved = closedAlert(u"2"_s, std::nullopt, 180.0);
    selfResolved.closedByPerson = false;                                // the integration closed it; nobody touched it
    IncidentRecord dismissed = closedAlert(u"3"_s, std::nullopt, 60.0); // a person closed it unacked
    IncidentRecord assigned = closedAlert(u"4"_s, std::nullopt, 900.0);
    assigned.closedByPerson = false;
    assigned.hasOwner = true;
    IncidentRecord stillOpen = openAlert(u"5"_s);
    stillOpen.escalated = true; // open alerts do not count
    const IncidentReport report = computeIncidentReport({escalated, selfResolved, dismissed, assigned, stillOpen});
    EXPECT_EQ(report.overall.closed, 4);
    EXPECT_EQ(report.overall.escalated, 1);
    EXPECT_DOUBLE_EQ(report.overall.escalationRate().value_or(-1), 0.25);
    EXPECT_EQ(report.overall.closedWithoutAck, 3);
    EXPECT_EQ(report.overall.closedWithoutAction, 1);
    EXPECT_DOUBLE_EQ(report.overall.closedWithoutActionShare().value_or(-1), 0.25);
    EXPECT_TRUE(closedWithoutAction(selfResolved));
    EXPECT_FALSE(closedWithoutAction(dismissed));
    EXPECT_FALSE(closedWithoutAction(assigned));
    EXPECT_FALSE(closedWithoutAction(escalated));
}

TEST(IncidentMetrics, DetectionTimeWhereTheOccurrenceIsKnown)
{
    IncidentRecord early = closedAlert(u"1"_s, 10.0, 100.0);
    early.occurredAt = early.createdAt.addSecs(-90);
    IncidentRecord later = closedAlert(u"2"_s, 10.0, 100.0);
    later.occurredAt = later.createdAt.addSecs(-30);
    IncidentRecord skewed = closedAlert(u"3"_s, 10.0, 100.0);
    skewed.occurredAt = skewed.createdAt.addMSecs(250); // clock skew: detected at once
    IncidentRecord unknown = closedAlert(u"4"_s, 10.0, 100.0);
    const IncidentReport report = computeIncidentReport({early, later, skewed, unknown});
    ASSERT_TRUE(report.overall.mttd);
    EXPECT_EQ(report.overall.mttd->count, 3);
    EXPECT_DOUBLE_EQ(report.overall.mttd->mean, 40.0);
    EXPECT_DOUBLE_EQ(report.overall.mttd->p50, 30.0);
    EXPECT_DOUBLE_EQ(report.overall.mttd->min, 0.0);
}

TEST(IncidentMetrics, DailyFiguresByTheUtcDayOfCreation)
{
    IncidentRecord a = closedAlert(u"1"_s, 10.0, 100.0);
    a.createdAt = at(u"2026-03-02T00:30:00+02:00"_s); // 1 March in UTC
    IncidentRecord b = closedAlert(u"2"_s, 30.0, 300.0);
    b.createdAt = at(u"2026-03-02T08:00:00Z"_s);
    IncidentRecord c = closedAlert(u"3"_s, std::nullopt, 50.0);
    c.createdAt = at(u"2026-03-02T23:00:00Z"_s);
    const IncidentReport report = computeIncidentReport({b, a, c, openAlert(u"4"_s)});
    ASSERT_EQ(report.daily.size(), 2);
    EXPECT_EQ(report.daily[0].day, QDate(2026, 3, 1));
    EXPECT_DOUBLE_EQ(report.daily[0].mtta->mean, 10.0);
    EXPECT_EQ(report.daily[1].day, QDate(2026, 3, 2));
    EXPECT_EQ(report.daily[1].mtta->count, 2);
    EXPECT_DOUBLE_EQ(report.daily[1].mtta->mean, 40.0);
    EXPECT_DOUBLE_EQ(report.daily[1].mtta->min, 30.0);
    EXPECT_DOUBLE_EQ(report.daily[1].mtta->max, 50.0);
    EXPECT_DOUBLE_EQ(report.daily[1].mttr->max, 300.0);
}
