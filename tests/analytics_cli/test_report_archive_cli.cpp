#include "../support/SkipWhenMissing.h"
#include "RunWatchkeeper.h"
#include "archive/AlertArchive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::testsupport::runWatchkeeper;

namespace {

// Three alerts the console archived in the last days and one from two months ago: the weekly job reads the week.
class ReportArchiveCli : public ::testing::Test
{
protected:
    ReportArchiveCli()
    {
        path = dir.filePath(u"archive.sqlite"_s);
        auto archive = wk::archive::AlertArchive::open(path);
        EXPECT_TRUE(archive);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<wk::alerts::Alert> alerts;
        const auto add = [&](const QString& id, const QString& team, qint64 agoSeconds, qint64 ack, qint64 close) {
            wk::alerts::Alert a;
            a.id = id;
            a.tinyId = id;
            a.message = u"alert "_s + id;
            a.team = team;
            a.createdAt = now.addSecs(-agoSeconds);
            a.updatedAt = a.createdAt;
            a.acknowledgedAt = a.createdAt.addSecs(ack);
            a.acknowledgedBy = u"ada"_s;
            a.status = wk::alerts::AlertStatus::Closed;
            a.closedAt = a.createdAt.addSecs(close);
            alerts.append(a);
        };
        add(u"1"_s, u"payments"_s, 3 * 86400, 60, 600);
        add(u"2"_s, u"payments"_s, 2 * 86400, 120, 1200);
        add(u"3"_s, u"platform"_s, 86400, 30, 300);
        add(u"4"_s, u"payments"_s, 60 * 86400, 9999, 99999); // outside the week
        EXPECT_TRUE(archive->observe(alerts));
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(ReportArchiveCli, TheWeekFromTheArchiveForOneTeamIntoAFile)
{
    const QString out = dir.filePath(u"weekly.json"_s);
    const auto run = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--team"_s,
        u"payments"_s, u"--format"_s, u"json"_s, u"--output"_s, out});
    ASSERT_EQ(run.exitCode, 0) << run;
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json[u"alerts"_s].toInt(), 2) << "alerts 1 and 2; 3 is another team's, 4 is two months old";
    const QJsonObject overall = json[u"overall"_s].toObject();
    EXPECT_DOUBLE_EQ(overall[u"mtta_seconds"_s].toObject()[u"mean"_s].toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(overall[u"mttr_seconds"_s].toObject()[u"mean"_s].toDouble(), 900.0);
}

TEST_F(ReportArchiveCli, AllTeamsAsCsvOnStdout)
{
    const auto run
        = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s, u"csv"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_NE(run.text().find("payments"), std::string::npos) << run;
    EXPECT_NE(run.text().find("platform"), std::string::npos) << run;
}

TEST_F(ReportArchiveCli, NoArchiveOrABadSpanIsSaidPlainly)
{
    const auto missing
        = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, dir.filePath(u"none.sqlite"_s)});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    EXPECT_NE(missing.errors().find("no archive at"), std::string::npos) << missing;
    const auto badSpan = runWatchkeeper({u"report"_s, u"--since"_s, u"a week"_s, u"--archive"_s, path});
    EXPECT_EQ(badSpan.exitCode, 2) << badSpan;
    const auto both = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--input"_s, path});
    EXPECT_EQ(both.exitCode, 2) << both;
}

TEST_F(ReportArchiveCli, JsonHasTheWeeksInterruptionsNoisyAlertsAndTargets)
{
    const auto run = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--time-zone"_s,
        u"Asia/Bangkok"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[u"period"_s].toObject()[u"time_zone"_s].toString(), u"Asia/Bangkok"_s);
    const QJsonArray weeks = json[u"weekly"_s].toArray();
    ASSERT_GE(weeks.size(), 1);
    qint64 weekly = 0;
    for (const auto& week : weeks)
        weekly += week.toObject()[u"alerts"_s].toInteger();
    EXPECT_EQ(weekly, 3);
    EXPECT_EQ(json[u"interruptions"_s].toObject()[u"all"_s].toObject()[u"total"_s].toInt(), 3);
    EXPECT_EQ(json[u"noisy"_s].toArray().size(), 3);
    const QJsonObject targets = json[u"targets"_s].toObject();
    EXPECT_DOUBLE_EQ(targets[u"alerts_per_team_week"_s].toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(targets[u"escalation_rate"_s].toDouble(), 0.10);
    EXPECT_DOUBLE_EQ(json[u"false_positive_rate"_s].toDouble(), 0.0);
    EXPECT_TRUE(json[u"definitions"_s].toObject().contains(u"interruptions"_s));
}

TEST_F(ReportArchiveCli, EveryTableAsCsvIntoAFolderOrOneByName)
{
    const QString folder = dir.filePath(u"tables"_s) + u'/';
    const auto all = runWatchkeeper(
        {u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s, u"csv"_s, u"--output"_s, folder});
    ASSERT_EQ(all.exitCode, 0) << all;
    for (const QString& id : {u"targets"_s, u"weekly"_s, u"groups"_s, u"team_volume"_s, u"interruptions"_s, u"noisy"_s})
        EXPECT_TRUE(QFile::exists(folder + id + u".csv"_s)) << id.toStdString();

    const auto one = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s, u"csv"_s,
        u"--table"_s, u"interruptions"_s, u"--time-zone"_s, u"UTC"_s});
    ASSERT_EQ(one.exitCode, 0) << one;
    EXPECT_TRUE(one.out.startsWith("Team,Business hours,Evenings and weekends,Sleep hours,Total,Sleep share (ratio)"))
        << one;
}

TEST_F(ReportArchiveCli, APdfForTheWeeklyMailReadsBack)
{
    const QString pdf = dir.filePath(u"weekly.pdf"_s);
    const auto run = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--team"_s,
        u"payments"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    ASSERT_EQ(run.exitCode, 0) << run;
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        WK_SKIP_WHEN_MISSING("pdftotext is missing (scripts/bootstrap installs poppler-utils)");
    QProcess text;
    text.start(QStandardPaths::findExecutable(u"pdftotext"_s), {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30'000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).replace(u"ﬁ"_s, u"fi"_s).simplified();
    for (const QString& expected : {u"Alert report"_s, u"Team payments"_s, u"2 alerts, 2 closed, 0 open"_s,
             u"Escalation rate"_s, u"MTTA and MTTR per week"_s, u"alert 1"_s, u"How the figures are computed"_s})
        EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " not in: " << words.toStdString();
}

TEST_F(ReportArchiveCli, NewOptionsRefuseWhatTheyCannotDo)
{
    const auto noOutput
        = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s, u"pdf"_s});
    EXPECT_EQ(noOutput.exitCode, 2) << noOutput;
    EXPECT_NE(noOutput.errors().find("--output"), std::string::npos) << noOutput;
    const auto zone = runWatchkeeper(
        {u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--time-zone"_s, u"Mars/Olympus"_s});
    EXPECT_EQ(zone.exitCode, 2) << zone;
    EXPECT_NE(zone.errors().find("Mars/Olympus"), std::string::npos) << zone;
    const auto table = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s,
        u"csv"_s, u"--table"_s, u"everything"_s});
    EXPECT_EQ(table.exitCode, 2) << table;
    const auto unwritable = runWatchkeeper({u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, path, u"--format"_s,
        u"pdf"_s, u"--output"_s, u"/proc/no/such/report.pdf"_s});
    EXPECT_EQ(unwritable.exitCode, 1) << unwritable;
}
