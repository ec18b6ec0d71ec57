#include "RunWatchkeeper.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::testsupport;
using ::testing::HasSubstr;

namespace {

const QByteArray validYaml = "id: disk\n"
                             "title: Disk full\n"
                             "steps:\n"
                             "  - {step_id: s1, action: Free space}\n"
                             "  - {step_id: s2, action: Check again}\n";

// Two problems: an unknown key on line 2 and a step id used twice on line 6.
const QByteArray invalidYaml = "id: disk\n"
                               "titel: Disk full\n"
                               "title: Disk full\n"
                               "steps:\n"
                               "  - {step_id: s1, action: Free space}\n"
                               "  - step_id: s1\n"
                               "    action: Again\n";

class RunbookValidateCli : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RunbookValidateCli, AValidFileExitsZeroWithASummary)
{
    const QString file = writeFile(m_dir, u"disk.yaml"_s, validYaml);
    const CliRun run = runWatchkeeper({u"runbook"_s, u"validate"_s, file});
    EXPECT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.text(), QString(file + u": ok: disk \"Disk full\", 2 steps\n"_s).toStdString()) << run;
    EXPECT_TRUE(run.err.isEmpty()) << run;
}

TEST_F(RunbookValidateCli, AnInvalidFileExitsTwoAndSaysWhereEveryProblemIs)
{
    const QString good = writeFile(m_dir, u"good.yaml"_s, validYaml);
    const QString bad = writeFile(m_dir, u"bad.yaml"_s, invalidYaml);
    const CliRun run = runWatchkeeper({u"runbook"_s, u"validate"_s, good, bad});
    EXPECT_EQ(run.exitCode, 2) << run;
    const std::string expected = QString(good + u": ok: disk \"Disk full\", 2 steps\n"_s + bad
        + u":2:1: unknown key \"titel\" (did you mean \"title\"?)\n"_s + bad
        + u":6:14: step id \"s1\" is already used on line 5\n"_s + bad + u": invalid: 2 problems\n"_s)
                                     .toStdString();
    EXPECT_EQ(run.text(), expected) << run;
}

TEST_F(RunbookValidateCli, AMarkdownRunbookIsCheckedToo)
{
    const QString file = writeFile(m_dir, u"notes.md"_s, "Some notes without a title.\n");
    const CliRun run = runWatchkeeper({u"runbook"_s, u"validate"_s, file});
    EXPECT_EQ(run.exitCode, 2) << run;
    EXPECT_THAT(run.text(), HasSubstr(QString(file + u":1:1: no title"_s).toStdString())) << run;
}

TEST_F(RunbookValidateCli, AnUnreadableFileExitsOne)
{
    const QString good = writeFile(m_dir, u"good.yaml"_s, validYaml);
    const QString bad = writeFile(m_dir, u"bad.yaml"_s, invalidYaml);
    const QString missing = m_dir.filePath(u"missing.yaml"_s);
    const CliRun run = runWatchkeeper({u"runbook"_s, u"validate"_s, good, missing, bad});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_THAT(run.errors(), HasSubstr(("watchkeeper runbook: cannot read " + missing.toStdString()))) << run;
    // The other files are still checked.
    EXPECT_THAT(run.text(), HasSubstr(good.toStdString() + ": ok: ")) << run;
    EXPECT_THAT(run.text(), HasSubstr(bad.toStdString() + ":2:1: ")) << run;
}

TEST_F(RunbookValidateCli, JsonListsEveryFile)
{
    const QString good = writeFile(m_dir, u"good.yaml"_s, validYaml);
    const QString bad = writeFile(m_dir, u"bad.yaml"_s, invalidYaml);
    const CliRun run = runWatchkeeper({u"runbook"_s, u"validate"_s, u"--format"_s, u"json"_s, good, bad});
    EXPECT_EQ(run.exitCode, 2) << run;
    const QJsonArray files = run.json().value(u"files"_s).toArray();
    ASSERT_EQ(files.size(), 2) << run;
    EXPECT_TRUE(files[0].toObject().value(u"valid"_s).toBool());
    EXPECT_EQ(files[0].toObject().value(u"steps"_s).toInt(), 2);
    EXPECT_FALSE(files[1].toObject().value(u"valid"_s).toBool());
    const QJsonArray problems = files[1].toObject().value(u"problems"_s).toArray();
    ASSERT_EQ(problems.size(), 2) << run;
    EXPECT_EQ(problems[1].toObject().value(u"line"_s).toInt(), 6);
    EXPECT_EQ(problems[1].toObject().value(u"column"_s).toInt(), 14);
}

TEST_F(RunbookValidateCli, BadUsageExitsTwo)
{
    EXPECT_EQ(runWatchkeeper({u"runbook"_s}).exitCode, 2);
    EXPECT_EQ(runWatchkeeper({u"runbook"_s, u"validate"_s}).exitCode, 2);
    const CliRun run = runWatchkeeper({u"runbook"_s, u"run"_s, u"x.yaml"_s});
    EXPECT_EQ(run.exitCode, 2) << run;
    EXPECT_THAT(run.errors(), HasSubstr("unknown action \"run\"")) << run;
}

TEST(RunbookShipped, EveryShippedRunbookValidates)
{
    const QDir dir(QStringLiteral(WK_SHIPPED_RUNBOOKS));
    QStringList files;
    for (const QString& name : dir.entryList({u"*.yaml"_s, u"*.yml"_s, u"*.md"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    ASSERT_EQ(files.size(), 6) << "one for each of the demo fleet's six rules";
    const CliRun run = runWatchkeeper(QStringList{u"runbook"_s, u"validate"_s} + files);
    EXPECT_EQ(run.exitCode, 0) << run;
    EXPECT_THAT(run.text(),
        HasSubstr("model-accuracy-drop.yaml: ok: model-accuracy-drop \"Model Accuracy "
                  "Degradation Runbook\", 5 steps"))
        << run;
    EXPECT_THAT(run.text(),
        HasSubstr("model-serving-latency.md: ok: model-serving-latency \"Model Serving Latency "
                  "High\", 5 steps"))
        << run;
}
