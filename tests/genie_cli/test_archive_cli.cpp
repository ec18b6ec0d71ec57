// `watchkeeper archive import` as a weekly job runs it: the built binary against the fake Opsgenie and JSM Ops,
// writing an archive file this test then reads. Exit codes: 0 imported, 1 the service or archive failed, 2 bad usage.
#include "GenieCliFixture.h"
#include "archive/AlertArchive.h"

#include <QDir>
#include <QFile>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::fakegenie;
using ::testing::HasSubstr;
using ::testing::Not;
using wk::testsupport::CliRun;

namespace {

class ArchiveCommandLine : public wk::testsupport::GenieCliFixture
{
protected:
    CliRun archive(const QStringList& arguments, std::optional<QString> key = std::nullopt) const
    {
        return run(u"archive"_s, arguments, key);
    }

    QString archiveFile() const { return m_home.filePath(u"reports/archive.sqlite"_s); }

    qsizetype archived(const QString& path) const
    {
        auto opened = archive::AlertArchive::open(path);
        return opened ? opened->count().value_or(-1) : -1;
    }
};

class ArchiveImportCommand : public ArchiveCommandLine, public ::testing::WithParamInterface<Vendor>
{ };

} // namespace

TEST_P(ArchiveImportCommand, ImportsTheRangeOnceAndSaysWhatItDid)
{
    FakeGenieServer& server = start(GetParam());
    server.seedAlerts(130, 21);
    FakeAlert old;
    old.message = u"Model not retrained for 9 days on churn-predictor"_s;
    old.createdAt = server.now().addDays(-40);
    server.addAlert(old);

    const CliRun first
        = archive(target() + QStringList{u"import"_s, u"--since"_s, u"30d"_s, u"--archive"_s, archiveFile()});
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_THAT(first.text(), HasSubstr("imported 130 alerts (130 new), "));
    EXPECT_THAT(first.errors(), HasSubstr("130 of 130 alerts read")) << "progress on stderr";
    EXPECT_EQ(archived(archiveFile()), 130) << "the alert from 40 days ago is outside the range";

    // The same again, by calendar dates this time: nothing new.
    const QDate today = server.now().toUTC().date();
    const QString from = today.addDays(-30).toString(Qt::ISODate);
    const QString to = today.addDays(1).toString(Qt::ISODate);
    const CliRun again = archive(target()
        + QStringList{u"import"_s, u"--from"_s, from, u"--to"_s, to, u"--archive"_s, archiveFile(), u"--quiet"_s});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(again.out,
        QString(u"imported 130 alerts (0 new), 0 history entries, from "_s + from + u" to "_s + to + u'\n').toUtf8());
    EXPECT_THAT(again.errors(), Not(HasSubstr("alerts read"))) << "--quiet";
    EXPECT_EQ(archived(archiveFile()), 130);
}

INSTANTIATE_TEST_SUITE_P(Vendors, ArchiveImportCommand, ::testing::Values(Vendor::Opsgenie, Vendor::Jsm),
    [](const ::testing::TestParamInfo<Vendor>& info) { return info.param == Vendor::Opsgenie ? "Opsgenie" : "Jsm"; });

TEST_F(ArchiveCommandLine, WritesTheConsolesOwnArchiveByDefaultAndTakesAQuery)
{
    FakeGenieServer& server = start();
    server.seedAlerts(40, 2);
    int p1 = 0;
    for (const FakeAlert* a : server.alerts())
        p1 += a->priority == u"P1" ? 1 : 0;
    ASSERT_GT(p1, 0);
    ASSERT_LT(p1, 40);

    const CliRun some
        = archive(target() + QStringList{u"import"_s, u"--since"_s, u"8d"_s, u"--query"_s, u"priority:P1"_s});
    ASSERT_EQ(some.exitCode, 0) << some;
    EXPECT_THAT(some.text(), HasSubstr(QString(u"imported %1 alerts (%1 new)"_s.arg(p1)).toStdString()));
    const QString path = m_home.filePath(u"data/watchkeeper/archive.sqlite"_s);
    ASSERT_TRUE(QFile::exists(path)) << some;
    EXPECT_EQ(archived(path), p1);

    const CliRun all = archive(target() + QStringList{u"import"_s, u"--since"_s, u"8d"_s});
    ASSERT_EQ(all.exitCode, 0) << all;
    EXPECT_THAT(all.text(), HasSubstr(QString(u"imported 40 alerts (%1 new)"_s.arg(40 - p1)).toStdString()));
    EXPECT_EQ(archived(path), 40);
}

TEST_F(ArchiveCommandLine, ARefusedKeyFailsAndSaysWhereTheKeyCameFrom)
{
    FakeGenieServer& server = start();
    server.seedAlerts(5, 2);
    const CliRun run
        = archive(target() + QStringList{u"import"_s, u"--since"_s, u"8d"_s, u"--archive"_s, archiveFile()}, u"nope"_s);
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_THAT(run.errors(), HasSubstr("Auth"));
    EXPECT_THAT(run.errors(), HasSubstr("WATCHKEEPER_OPSGENIE_API_KEY"));
    EXPECT_THAT(run.errors(), HasSubstr("stopped while reading the alerts created from"));
    EXPECT_THAT(run.errors(), Not(HasSubstr("nope"))) << "never the key itself";
    EXPECT_THAT(run.text(), HasSubstr("imported 0 alerts (0 new)"));
}

TEST_F(ArchiveCommandLine, BadUsageExitsTwoAndHelpExitsZero)
{
    start();
    const QStringList usage[] = {
        {},
        {u"export"_s},
        {u"import"_s},
        {u"import"_s, u"--since"_s, u"30d"_s, u"--from"_s, u"2026-08-01"_s},
        {u"import"_s, u"--since"_s, u"soon"_s},
        {u"import"_s, u"--from"_s, u"August"_s},
        {u"import"_s, u"--from"_s, u"2026-08-10"_s, u"--to"_s, u"2026-08-01"_s},
        {u"import"_s, u"--since"_s, u"30d"_s, u"--api-key"_s, u"secret"_s},
    };
    for (const QStringList& arguments : usage) {
        const CliRun run = archive(target() + arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString() << "\n" << run;
        EXPECT_THAT(run.errors(), HasSubstr("see --help")) << run;
    }
    const CliRun help = archive({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_THAT(help.text(), HasSubstr("import"));
    EXPECT_THAT(help.text(), HasSubstr("--since"));
    EXPECT_THAT(help.text(), HasSubstr("Exit codes"));
}
