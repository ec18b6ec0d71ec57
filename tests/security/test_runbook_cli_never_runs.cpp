// The command line never runs a runbook's script: `watchkeeper runbook` only validates, and validating a runbook
// whose every step's script would leave a mark leaves none; asking it to run a step is refused as bad usage.
// The console's path (the confirmation's Run button, Cancel and Enter running nothing) is covered by
// RunbookPanelTest.TheConfirmationShowsTheExactScriptAndCancelRunsNothing and ...RunRunsTheScript... in
// tests/ui/test_runbook_panel.cpp, a whole console session with a marking runbook by
// SecretsAtRest.ASessionLeavesNoSecretInAnyFileOrOutput, and the code paths by
// security.scripts_need_confirmation (check_scripts_need_confirmation.sh).
#include "WatchkeeperRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::security;

namespace {

QString writeRunbooks(const IsolatedHome& home, const QString& marker)
{
    const QString yaml = home.workspace() + u"/mark.yaml"_s;
    QFile y(yaml);
    EXPECT_TRUE(y.open(QIODevice::WriteOnly));
    y.write("id: mark\ntitle: Leaves a mark\nsteps:\n  - step_id: s1\n    action: Mark\n    automation_script: |\n"
            "      touch '"
        + marker.toUtf8() + ".yaml'\n");
    const QString markdown = home.workspace() + u"/mark.md"_s;
    QFile m(markdown);
    EXPECT_TRUE(m.open(QIODevice::WriteOnly));
    m.write(
        "# Leaves a mark too\n\n## Steps\n\n- [ ] Mark it {#s1}\n\n```sh\ntouch '" + marker.toUtf8() + ".md'\n```\n");
    return home.workspace();
}

} // namespace

TEST(RunbookCommandLine, ValidatingNeverRunsAScriptAndRunningIsNotACommand)
{
    IsolatedHome home;
    const QString marker = home.root() + u"/script-ran"_s;
    const QString folder = writeRunbooks(home, marker);
    const QString yaml = folder + u"/mark.yaml"_s;
    const QString markdown = folder + u"/mark.md"_s;

    const auto validated = runWatchkeeper({u"runbook"_s, u"validate"_s, yaml, markdown}, home.environment());
    EXPECT_EQ(validated.exitCode, 0) << validated;
    EXPECT_TRUE(validated.out.contains(": ok: mark ")) << validated;

    for (const QStringList& attempt : {QStringList{u"runbook"_s, u"run"_s, yaml},
             {u"runbook"_s, u"run"_s, yaml, u"--step"_s, u"s1"_s}, {u"runbook"_s, u"exec"_s, markdown}}) {
        const auto refused = runWatchkeeper(attempt, home.environment());
        EXPECT_EQ(refused.exitCode, 2) << attempt.join(u' ').toStdString() << "\n" << refused;
    }
    EXPECT_FALSE(QFileInfo::exists(marker + u".yaml"_s)) << "a runbook script ran from the command line";
    EXPECT_FALSE(QFileInfo::exists(marker + u".md"_s)) << "a runbook script ran from the command line";
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
