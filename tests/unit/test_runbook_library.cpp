#include "demo/AlertRules.h"
#include "runbooks/RunbookLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::runbooks;
using ::testing::HasSubstr;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(text);
}

const QByteArray accuracyYaml = "id: accuracy\n"
                                "title: Accuracy drop\n"
                                "alert_rule_id: model_accuracy_low\n"
                                "steps:\n"
                                "  - {step_id: s1, action: Look at the dashboard}\n";

const QByteArray latencyMarkdown = "---\nalert_rule_id: ModelServingLatencyHigh\n---\n# Latency\n\n- [ ] Scale up\n";

class RunbookLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        write(path(u"accuracy.yaml"_s), accuracyYaml);
        write(path(u"serving/latency.md"_s), latencyMarkdown);
        write(path(u"broken.yml"_s), "id: broken\ntitle: [x\n");
        write(path(u"notes.txt"_s), "not a runbook");
        m_library.loadFolders({m_dir.path()});
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    RunbookLibrary m_library;
};

QString idOf(const Runbook* runbook)
{
    return runbook ? runbook->id : u"<none>"_s;
}

} // namespace

TEST_F(RunbookLibraryTest, ABrokenFileDoesNotStopTheOthers)
{
    ASSERT_EQ(m_library.runbooks().size(), 2);
    EXPECT_EQ(m_library.runbooks()[0].id, u"accuracy"_s);
    EXPECT_EQ(m_library.runbooks()[1].id, u"latency"_s);
    EXPECT_EQ(m_library.runbooks()[1].kind, RunbookKind::Markdown);
    ASSERT_EQ(m_library.problems().size(), 1);
    EXPECT_EQ(m_library.problems()[0].file, path(u"broken.yml"_s));
    ASSERT_EQ(m_library.problems()[0].problems.size(), 1);
    EXPECT_EQ(m_library.problems()[0].problems[0].text(),
        path(u"broken.yml"_s) + u":3:1: bad YAML: end of sequence flow not found"_s);
}

TEST_F(RunbookLibraryTest, FindsByRuleIdAndByAlertNameIgnoringCase)
{
    EXPECT_EQ(idOf(m_library.forRuleId(u"model_accuracy_low"_s)), u"accuracy"_s);
    EXPECT_EQ(idOf(m_library.forRuleId(u"MODEL_ACCURACY_LOW"_s)), u"<none>"_s);
    EXPECT_EQ(idOf(m_library.forAlertName(u"ModelAccuracyLow"_s)), u"accuracy"_s);
    EXPECT_EQ(idOf(m_library.forAlertName(u"modelservinglatencyhigh"_s)), u"latency"_s);
    EXPECT_EQ(idOf(m_library.forAlertName(u"GPUNodeNotReady"_s)), u"<none>"_s);
    EXPECT_EQ(idOf(m_library.forAlertName(QString())), u"<none>"_s);
    EXPECT_EQ(idOf(m_library.byId(u"latency"_s)), u"latency"_s);
}

TEST_F(RunbookLibraryTest, FindsByRunbookUrl)
{
    EXPECT_EQ(idOf(m_library.forRunbookUrl(path(u"serving/latency.md"_s))), u"latency"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(QUrl::fromLocalFile(path(u"accuracy.yaml"_s)).toString())), u"accuracy"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(path(u"serving/../accuracy.yaml"_s))), u"accuracy"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(u"serving/latency.md"_s)), u"latency"_s); // relative to the folder
    EXPECT_EQ(idOf(m_library.forRunbookUrl(u"runbook:accuracy"_s)), u"accuracy"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(u"https://runbooks.example.com/latency"_s)), u"<none>"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(path(u"broken.yml"_s))), u"<none>"_s);
    EXPECT_EQ(idOf(m_library.forRunbookUrl(QString())), u"<none>"_s);
}

TEST_F(RunbookLibraryTest, AnAlertFindsItsRunbookByUrlFirstThenByRuleName)
{
    wk::alerts::Alert alert;
    alert.details.insert(u"alertname"_s, u"ModelServingLatencyHigh"_s);
    EXPECT_EQ(idOf(m_library.forAlert(alert)), u"latency"_s);
    alert.runbookUrl = QUrl::fromLocalFile(path(u"accuracy.yaml"_s)).toString();
    EXPECT_EQ(idOf(m_library.forAlert(alert)), u"accuracy"_s);
    alert.runbookUrl = u"https://runbooks.example.com/latency"_s;
    EXPECT_EQ(idOf(m_library.forAlert(alert)), u"latency"_s);
    EXPECT_EQ(idOf(m_library.forAlert(wk::alerts::Alert{})), u"<none>"_s);
}

TEST_F(RunbookLibraryTest, ASecondRunbookWithTheSameIdIsRefused)
{
    write(path(u"zz/again.yaml"_s), accuracyYaml);
    m_library.loadFolders({m_dir.path(), path(u"missing"_s)});
    EXPECT_EQ(m_library.runbooks().size(), 2);
    ASSERT_EQ(m_library.problems().size(), 3);
    EXPECT_THAT(m_library.problems()[1].problems[0].text().toStdString(),
        HasSubstr("again.yaml: runbook id \"accuracy\" is already used by "));
    EXPECT_EQ(m_library.problems()[2].problems[0].text(), path(u"missing"_s) + u": no such folder"_s);
}

TEST(RunbookLibrary, ShippedRunbooksAnswerTheDemoFleetsRules)
{
    RunbookLibrary library;
    library.loadFolders({QStringLiteral(WK_TEST_DATA "/../../resources/runbooks")});
    EXPECT_TRUE(library.problems().isEmpty());
    const auto rules = wk::demo::defaultAlertRules();
    ASSERT_EQ(library.runbooks().size(), qsizetype(rules.size())) << "one runbook for every demo rule";
    for (const auto& rule : rules) {
        const Runbook* byLink = library.forRunbookUrl(u"runbook:"_s + rule.runbook);
        ASSERT_NE(byLink, nullptr) << rule.runbook.toStdString();
        EXPECT_EQ(byLink->alertRuleId, rule.name);
        EXPECT_EQ(library.forAlertName(rule.name), byLink);
        EXPECT_FALSE(byLink->steps.isEmpty());
    }
    EXPECT_EQ(idOf(library.forAlertName(u"ModelAccuracyDrop"_s)), u"model-accuracy-drop"_s);
    EXPECT_EQ(idOf(library.forAlertName(u"ModelServingLatencyHigh"_s)), u"model-serving-latency"_s);
}
