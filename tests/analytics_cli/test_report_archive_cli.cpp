#include "RunWatchkeeper.h"
#include "archive/AlertArchive.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
