#include "reports/ManagerReport.h"
#include "reports/ReportTables.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::reports;
using wk::analytics::incidents::IncidentRecord;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

IncidentRecord alert(const QString& created, const QString& name, const QString& team, std::optional<double> ack,
    std::optional<double> close)
{
    IncidentRecord r;
    r.key = name.left(4);
    r.name = name;
    r.createdAt = utc(created);
    r.teams = {team};
    r.service = team == u"payments" ? u"api"_s : u"gpu"_s;
    r.ackSeconds = ack;
    r.closed = close.has_value();
    r.closeSeconds = close;
    r.closedByPerson = r.closed;
    return r;
}

// Two weeks of alerts worked out by hand (see the expectations); the week before them is quiet.
QList<IncidentRecord> smallArchive()
{
    IncidentRecord quiet = alert(u"2026-11-10T23:00:00Z"_s, u"High latency"_s, u"payments"_s, std::nullopt, 120);
    quiet.closedByPerson = false; // went away on its own
    IncidentRecord escalated = alert(u"2026-11-11T12:00:00Z"_s, u"Disk full"_s, u"platform"_s, 300, 3600);
    escalated.escalated = true;
    return {
        alert(u"2026-11-09T10:00:00Z"_s, u"High latency"_s, u"payments"_s, 60, 600),
        quiet,
        escalated,
        alert(u"2026-11-16T09:00:00Z"_s, u"High latency"_s, u"payments"_s, std::nullopt, std::nullopt),
        alert(u"2026-11-17T03:00:00Z"_s, u"GPU node not ready"_s, u"platform"_s, 30, 90),
    };
}

ReportPeriod threeWeeks()
{
    return {utc(u"2026-11-02T00:00:00Z"_s), utc(u"2026-11-23T00:00:00Z"_s), QTimeZone::utc()};
}

// A copy: the tables are usually a temporary (reportTables(report)), gone by the next statement.
ReportTable tableOf(const QList<ReportTable>& tables, const QString& id)
{
    for (const ReportTable& t : tables) {
        if (t.id == id)
            return t;
    }
    throw std::runtime_error("no table " + id.toStdString());
}

} // namespace

TEST(ManagerReport, WeeklyResponseTimesByHand)
{
    const ManagerReport report = computeManagerReport(smallArchive(), threeWeeks());
    ASSERT_EQ(report.weeks.size(), 3);
    EXPECT_EQ(report.weeks[0].week, u"2026-W45"_s); // quiet, but on the chart
    EXPECT_EQ(report.weeks[0].alerts, 0);
    EXPECT_FALSE(report.weeks[0].mtta);

    const WeekFigures& w46 = report.weeks[1];
    EXPECT_EQ(w46.week, u"2026-W46"_s);
    EXPECT_EQ(w46.monday, QDate(2026, 11, 9));
    EXPECT_EQ(w46.alerts, 3);
    EXPECT_EQ(w46.closed, 3);
    ASSERT_TRUE(w46.mtta && w46.mttr);
    // Ack times 60, 120 (closed unacknowledged: its close time) and 300.
    EXPECT_DOUBLE_EQ(w46.mtta->mean, 160.0);
    EXPECT_DOUBLE_EQ(w46.mtta->p50, 120.0);
    EXPECT_DOUBLE_EQ(w46.mtta->p95, 282.0); // rank 1.9: 120 + 0.9 x 180
    EXPECT_DOUBLE_EQ(w46.mttr->mean, 1440.0);
    EXPECT_DOUBLE_EQ(w46.mttr->p50, 600.0);
    EXPECT_DOUBLE_EQ(w46.mttr->p95, 3300.0); // rank 1.9: 600 + 0.9 x 3000

    const WeekFigures& w47 = report.weeks[2];
    EXPECT_EQ(w47.alerts, 2);
    EXPECT_EQ(w47.closed, 1); // the open one waits for its close
    EXPECT_DOUBLE_EQ(w47.mtta->mean, 30.0);
    EXPECT_DOUBLE_EQ(w47.mttr->p95, 90.0);
}

TEST(ManagerReport, RatesAgainstTheirTargets)
{
    const ManagerReport report = computeManagerReport(smallArchive(), threeWeeks());
    ASSERT_TRUE(report.escalationRate() && report.falsePositiveRate());
    EXPECT_DOUBLE_EQ(*report.escalationRate(), 0.25);    // 1 of 4 closed
    EXPECT_DOUBLE_EQ(*report.falsePositiveRate(), 0.25); // the one that went away on its own
    EXPECT_TRUE(report.teamsOverVolumeTarget().isEmpty());

    ReportTargets strict;
    strict.alertsPerTeamWeek = 2; // payments had 2 in W46: not under 2
    const ManagerReport busy = computeManagerReport(smallArchive(), threeWeeks(), 10, strict);
    EXPECT_EQ(busy.teamsOverVolumeTarget(), QStringList{u"payments"_s});

    const ReportTable targets = tableOf(reportTables(report), u"targets"_s);
    ASSERT_GE(targets.rows.size(), 3);
    EXPECT_EQ(targets.rows[0][1].toString(), u"25.0 %"_s);
    EXPECT_EQ(targets.rows[0][2].toString(), u"< 10.0 %"_s);
    EXPECT_EQ(targets.rows[0][3].toString(), u"MISSED"_s);
    EXPECT_EQ(targets.rows[2][3].toString(), u"met"_s); // busiest team week: 2 < 20
}

TEST(ManagerReport, InterruptionsPerTeamInTheOnCallZone)
{
    ReportPeriod period = threeWeeks();
    const ManagerReport inUtc = computeManagerReport(smallArchive(), period);
    EXPECT_EQ(inUtc.interruptions.businessHours, 3);
    EXPECT_EQ(inUtc.interruptions.sleepHours, 2);
    EXPECT_EQ(inUtc.interruptions.eveningsAndWeekends, 0);
    EXPECT_EQ(inUtc.interruptionsByTeam.value(u"payments"_s).businessHours, 2);
    EXPECT_EQ(inUtc.interruptionsByTeam.value(u"platform"_s).sleepHours, 1);

    // In Bangkok (UTC+7) Tuesday 23:00 UTC is Wednesday 06:00 (asleep), Monday 10:00 UTC is 17:00 (at work),
    // Wednesday 12:00 UTC is 19:00 (evening), Monday 09:00 is 16:00 (work), Tuesday 03:00 is 10:00 (work).
    period.zone = QTimeZone("Asia/Bangkok");
    const ManagerReport inBangkok = computeManagerReport(smallArchive(), period);
    EXPECT_EQ(inBangkok.interruptions.businessHours, 3);
    EXPECT_EQ(inBangkok.interruptions.eveningsAndWeekends, 1);
    EXPECT_EQ(inBangkok.interruptions.sleepHours, 1);
}

TEST(ManagerReport, NoisiestAlertsFirstWithTiesByName)
{
    const ManagerReport report = computeManagerReport(smallArchive(), threeWeeks(), 2);
    ASSERT_EQ(report.noisy.size(), 2);
    EXPECT_EQ(report.noisy[0].name, u"High latency"_s);
    EXPECT_EQ(report.noisy[0].count, 3);
    EXPECT_EQ(report.noisy[0].closedWithoutAction, 1);
    ASSERT_TRUE(report.noisy[0].medianCloseSeconds);
    EXPECT_DOUBLE_EQ(*report.noisy[0].medianCloseSeconds, 360.0); // of 120 and 600
    EXPECT_EQ(report.noisy[0].services, QStringList{u"api"_s});
    EXPECT_EQ(report.noisy[1].name, u"Disk full"_s); // 1 each: "Disk full" before "GPU node not ready"
}

TEST(ManagerReport, AnEmptyArchiveGivesEmptyWeeksNotNaN)
{
    const ManagerReport report = computeManagerReport({}, threeWeeks());
    EXPECT_EQ(report.weeks.size(), 3);
    EXPECT_FALSE(report.escalationRate());
    const ReportTable targets = tableOf(reportTables(report), u"targets"_s);
    EXPECT_EQ(targets.rows[0][1].toString(), u"-"_s);
    EXPECT_EQ(targets.rows[0][3].toString(), u"no data"_s);
    // Without a period there is nothing to draw weeks over.
    EXPECT_TRUE(computeManagerReport({}, ReportPeriod{}).weeks.isEmpty());
}

TEST(ReportTables, CsvKeepsNumbersAndSaysTheirUnit)
{
    const ManagerReport report = computeManagerReport(smallArchive(), threeWeeks());
    const QString csv = QString::fromUtf8(tableCsv(tableOf(reportTables(report), u"weekly"_s)));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0],
        u"Week,Alerts,Closed,MTTA mean (s),MTTA median (s),MTTA p95 (s),MTTR mean (s),MTTR median (s),MTTR p95 (s)"_s);
    EXPECT_EQ(lines[1], u"2026-W45,0,0,,,,,,"_s);
    EXPECT_EQ(lines[2], u"2026-W46,3,3,160,120,282,1440,600,3300"_s);

    const QString noisy = QString::fromUtf8(tableCsv(tableOf(reportTables(report), u"noisy"_s)));
    EXPECT_TRUE(noisy.contains(u"High latency,3,0.6,1,360,payments,api"_s)) << noisy.toStdString();
}

TEST(ReportTables, TeamVolumeHasAColumnPerWeekAndCountsWeeksOverTarget)
{
    ReportTargets strict;
    strict.alertsPerTeamWeek = 1;
    const ManagerReport report = computeManagerReport(smallArchive(), threeWeeks(), 10, strict);
    const ReportTable volume = tableOf(reportTables(report), u"team_volume"_s);
    EXPECT_EQ(volume.columns.mid(1, 3), (QStringList{u"2026-W45"_s, u"2026-W46"_s, u"2026-W47"_s}));
    ASSERT_EQ(volume.rows.size(), 2);
    EXPECT_EQ(volume.rows[0][0].toString(), u"payments"_s);
    EXPECT_EQ(volume.rows[0][2].toLongLong(), 2);
    EXPECT_EQ(volume.rows[0][4].toLongLong(), 2); // W46 and W47 reach 1
}

TEST(ReportTables, PercentagesKeepTheDecimalsAnSloNeeds)
{
    EXPECT_EQ(cellText(0.9995, CellKind::Ratio), u"99.95 %"_s);
    EXPECT_EQ(cellText(0.073, CellKind::Ratio), u"7.3 %"_s);
    EXPECT_EQ(cellText(252.0, CellKind::Seconds), u"4m 12s"_s);
    EXPECT_EQ(cellText(QVariant(), CellKind::Seconds), u"-"_s);
    SloCompliance slo;
    slo.objective = 0.999;
    slo.achieved = 0.9991;
    EXPECT_TRUE(slo.met());
    slo.achieved = 0.9989;
    EXPECT_FALSE(slo.met());
}
