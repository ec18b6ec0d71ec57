// The postmortem editor against a real incident store on disk: it loads a draft, autosaves what is typed, saves on
// close, keeps the text and retries when a save fails, and exports Markdown and a PDF whose text is read back.
#include "../support/SkipWhenMissing.h"
#include "UiTestSupport.h"
#include "incidents/IncidentService.h"
#include "postmortems/ActionItemsModel.h"
#include "postmortems/PostmortemEditor.h"
#include "postmortems/PostmortemTimelineModel.h"
#include "unit/PostmortemTestSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::uitest::pdfText;
using namespace wk::incidents;
using wk::testsupport::ok;
using wk::ui::ActionItemsModel;
using wk::ui::PostmortemEditor;
using wk::uitest::waitUntil;

namespace {

class PostmortemEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        IncidentStore store = ok(IncidentStore::open(path, clock));
        incidentId = wk::testsupport::writeStoryIncident(store, *clock);
        clock->set(QDateTime::currentDateTimeUtc());
        service = std::make_unique<IncidentService>(path, clock, &context, IncidentService::Done<void>());
    }

    void TearDown() override
    {
        delete editor;
        service.reset();
    }

    PostmortemEditor* open(const QString& templatePath = QString())
    {
        editor = new PostmortemEditor(*service, incidentId, templatePath);
        timelineTester = std::make_unique<QAbstractItemModelTester>(
            editor->timelineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        actionsTester = std::make_unique<QAbstractItemModelTester>(
            editor->actionItemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor->resize(1400, 900);
        editor->show();
        return editor;
    }

    // Closes the editor and the service the way the console does on exit, then reads the file afresh.
    std::optional<wk::postmortems::Postmortem> closeAndReadBack()
    {
        timelineTester.reset();
        actionsTester.reset();
        delete editor;
        editor = nullptr;
        service.reset();
        IncidentStore fresh = ok(IncidentStore::open(path, clock));
        return ok(fresh.postmortem(incidentId));
    }

    template <typename T> T* child(const QString& name) const
    {
        T* found = editor->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    QString status() const { return editor->statusText(); }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    std::shared_ptr<wk::ManualClock> clock = std::make_shared<wk::ManualClock>(wk::testsupport::incidentStart);
    QObject context;
    std::unique_ptr<IncidentService> service;
    qint64 incidentId = 0;
    PostmortemEditor* editor = nullptr;
    std::unique_ptr<QAbstractItemModelTester> timelineTester;
    std::unique_ptr<QAbstractItemModelTester> actionsTester;
};

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool saveScreenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    return widget.grab().toImage().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u'/' + name);
}

} // namespace

TEST_F(PostmortemEditorTest, OpensADraftMadeFromTheIncident)
{
    open();
    EXPECT_FALSE(child<QLineEdit>(u"titleEdit"_s)->isEnabled()) << "nothing to edit before the incident loads";
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));

    EXPECT_EQ(child<QLineEdit>(u"titleEdit"_s)->text(), u"Checkout p99 latency above 800 ms"_s);
    EXPECT_TRUE(child<QLineEdit>(u"titleEdit"_s)->isEnabled());
    EXPECT_EQ(child<QLabel>(u"factsLabel"_s)->text(), u"SEV1 · Commander: ada · MTTA 4m · MTTR 47m"_s);
    EXPECT_EQ(child<QLabel>(u"durationLabel"_s)->text(), u"47m"_s);
    EXPECT_FALSE(child<QLabel>(u"noticeLabel"_s)->isVisible());
    EXPECT_EQ(status(), u"A new draft: it is saved as you type."_s);
    EXPECT_TRUE(child<QPushButton>(u"exportPdfButton"_s)->isEnabled());
    EXPECT_FALSE(child<QPushButton>(u"removeActionButton"_s)->isEnabled()) << "nothing selected";

    auto* timeline = editor->timelineModel();
    ASSERT_EQ(timeline->rowCount(), 15);
    EXPECT_EQ(timeline->index(0).data().toString(),
        u"12:00:00  ada: Opened: Checkout p99 latency above 800 ms (SEV2) — paged by the checkout SLO"_s);
    EXPECT_EQ(timeline->index(3).data(Qt::CheckStateRole).toInt(), Qt::Unchecked) << "a runbook step";
    EXPECT_EQ(timeline->index(2).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(timeline->chosenEntries().size(), 13);

    ActionItemsModel* actions = editor->actionItemsModel();
    EXPECT_EQ(actions->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(u"addActionButton"_s), Qt::LeftButton);
    ASSERT_EQ(actions->rowCount(), 1);
    EXPECT_EQ(actions->index(0, ActionItemsModel::Due).data(Qt::EditRole).toDate(), QDate::currentDate().addDays(14));
    EXPECT_TRUE(child<QPushButton>(u"removeActionButton"_s)->isEnabled()) << "the new item is selected";
    QTest::mouseClick(child<QPushButton>(u"removeActionButton"_s), Qt::LeftButton);
    EXPECT_EQ(actions->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(u"removeActionButton"_s)->isEnabled());
}

TEST_F(PostmortemEditorTest, AutosavesWhatIsTypedAndExportsIt)
{
    open();
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));

    child<QPlainTextEdit>(u"summaryEdit"_s)->setPlainText(u"Checkout was slow for 47 minutes after a deploy."_s);
    child<QLineEdit>(u"usersEdit"_s)->setText(u"About 4% of EU checkouts timed out"_s);
    child<QLineEdit>(u"sloBudgetEdit"_s)->setText(u"18% of the 30-day budget of checkout-availability"_s);
    child<QPlainTextEdit>(u"resolutionEdit"_s)->setPlainText(u"Rolled the ranker back to the 11:30 build."_s);
    child<QPlainTextEdit>(u"lessonsEdit"_s)->setPlainText(u"Deploys of the ranker need a canary."_s);
    QTest::mouseClick(child<QPushButton>(u"addActionButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(u"addActionButton"_s), Qt::LeftButton);
    ActionItemsModel* actions = editor->actionItemsModel();
    ASSERT_EQ(actions->rowCount(), 2);
    actions->setData(actions->index(0, ActionItemsModel::What), u"Alert when the batch | size changes"_s);
    actions->setData(actions->index(0, ActionItemsModel::Owner), u"bo"_s);
    actions->setData(actions->index(0, ActionItemsModel::Due), QDate(2026, 3, 20));
    actions->setData(actions->index(1, ActionItemsModel::What), u"Canary deploys for the ranker"_s);
    actions->setData(actions->index(1, ActionItemsModel::Owner), u"ada"_s);
    editor->timelineModel()->setData(editor->timelineModel()->index(1), Qt::Unchecked, Qt::CheckStateRole);
    auto* rootCause = child<QPlainTextEdit>(u"rootCauseEdit"_s);
    rootCause->setFocus();
    QTest::keyClicks(rootCause, u"The 11:50 deploy doubled the batch size"_s);
    EXPECT_EQ(status(), u"Saving…"_s);

    QElapsedTimer sinceTyping;
    sinceTyping.start();
    ASSERT_TRUE(waitUntil([&] { return status().startsWith(u"Saved at "_s); }, 5000)) << status().toStdString();
    EXPECT_LT(sinceTyping.elapsed(), 4000);
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_GE(editor->postmortem().revision, 1);
    std::optional<wk::Result<std::optional<wk::postmortems::Postmortem>>> asStored;
    service->postmortem(incidentId, &context, [&](auto answer) { asStored = answer; });
    ASSERT_TRUE(waitUntil([&] { return asStored.has_value(); }));
    ASSERT_TRUE(*asStored && (*asStored)->has_value());
    EXPECT_EQ(***asStored, editor->postmortem()) << "what the editor shows as saved is what the store holds";

    const QString markdownPath = dir.filePath(u"postmortem.md"_s);
    ASSERT_TRUE(editor->exportMarkdown(markdownPath));
    const QString markdown = fileText(markdownPath);
    EXPECT_TRUE(markdown.contains(u"## Root cause\n\nThe 11:50 deploy doubled the batch size\n"_s))
        << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"| Alert when the batch \\| size changes | bo | 2026-03-20 |"_s))
        << markdown.toStdString();
    EXPECT_FALSE(markdown.contains(u"Alert linked: #1791"_s)) << "unticked";

    QTest::qWait(50);
    EXPECT_TRUE(saveScreenshot(*editor, u"postmortem-editor.png"_s));

    const QString pdfPath = dir.filePath(u"postmortem.pdf"_s);
    ASSERT_TRUE(editor->exportPdf(pdfPath));
    ASSERT_TRUE(fileText(pdfPath).startsWith(u"%PDF"_s));
    // Beside the screenshot, for a human look at the layout.
    const QString pdfCopy = QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/postmortem.pdf"_s;
    QFile::remove(pdfCopy);
    EXPECT_TRUE(QFile::copy(pdfPath, pdfCopy));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        WK_SKIP_WHEN_MISSING("pdftotext is missing (scripts/bootstrap installs poppler-utils)");
    const QString text = pdfText(pdfPath).simplified();
    EXPECT_TRUE(text.contains(u"Postmortem: Checkout p99 latency above 800 ms"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Root cause"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"The 11:50 deploy doubled the batch size"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"MTTA"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4m"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Canary deploys for the ranker"_s)) << text.toStdString();

    const auto stored = closeAndReadBack();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->rootCause, u"The 11:50 deploy doubled the batch size"_s);
    ASSERT_EQ(stored->actionItems.size(), 2);
    EXPECT_EQ(stored->actionItems.at(0).due, QDate(2026, 3, 20));
    EXPECT_EQ(stored->timeline.size(), 12);
}

TEST_F(PostmortemEditorTest, ClosingSavesWhatTheTimerHadNotSavedYet)
{
    open();
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    QTest::keyClicks(child<QPlainTextEdit>(u"lessonsEdit"_s), u"Typed just before closing"_s);
    EXPECT_TRUE(editor->hasUnsavedChanges());
    const auto stored = closeAndReadBack(); // at once: the autosave timer never fired
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->lessons, u"Typed just before closing"_s);
}

TEST_F(PostmortemEditorTest, ReopensTheSavedPostmortem)
{
    {
        IncidentStore store = ok(IncidentStore::open(path, clock));
        wk::postmortems::Postmortem saved;
        saved.incidentId = incidentId;
        saved.title = u"Our own title"_s;
        saved.rootCause = u"saved before"_s;
        saved.timeline = {{16, wk::testsupport::incidentStart, u"ada"_s, u"stale text"_s}};
        saved.actionItems = {{u"write the runbook"_s, u"lin"_s, QDate(2026, 4, 1)}};
        ok(store.savePostmortem(saved));
    }
    open();
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    EXPECT_EQ(child<QLineEdit>(u"titleEdit"_s)->text(), u"Our own title"_s);
    EXPECT_EQ(child<QPlainTextEdit>(u"rootCauseEdit"_s)->toPlainText(), u"saved before"_s);
    EXPECT_EQ(editor->timelineModel()->chosenEntries().size(), 1);
    EXPECT_EQ(editor->actionItemsModel()->index(0, ActionItemsModel::Owner).data().toString(), u"lin"_s);
    // The facts were missing from that save: the editor brings them in and saves them.
    EXPECT_EQ(editor->postmortem().mttrSeconds, 47 * 60);
    ASSERT_TRUE(waitUntil([&] { return editor->postmortem().revision == 2; }, 5000)) << status().toStdString();
    const auto stored = closeAndReadBack();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->timeline.at(0).text, u"Status: identified → resolved — rolled back"_s);
    EXPECT_EQ(stored->commander, u"ada"_s);
}

TEST_F(PostmortemEditorTest, KeepsTheTextAndRetriesWhenASaveFails)
{
    open();
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    auto raw = wk::store::Database::open(path, IncidentStore::schema());
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->exec(u"ALTER TABLE postmortems RENAME TO postmortems_away"_s));

    QTest::keyClicks(child<QPlainTextEdit>(u"rootCauseEdit"_s), u"kept while the disk says no"_s);
    ASSERT_TRUE(waitUntil([&] { return status().startsWith(u"Not saved: "_s); }, 5000)) << status().toStdString();
    EXPECT_TRUE(status().endsWith(u" — retrying"_s)) << status().toStdString();
    EXPECT_EQ(child<QPlainTextEdit>(u"rootCauseEdit"_s)->toPlainText(), u"kept while the disk says no"_s);
    EXPECT_TRUE(editor->hasUnsavedChanges());

    ASSERT_TRUE(raw->exec(u"ALTER TABLE postmortems_away RENAME TO postmortems"_s));
    ASSERT_TRUE(waitUntil([&] { return status().startsWith(u"Saved at "_s); }, 8000)) << status().toStdString();
    const auto stored = closeAndReadBack();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->rootCause, u"kept while the disk says no"_s);
}

TEST_F(PostmortemEditorTest, UsesTheTeamsTemplateOrSaysWhyNot)
{
    const QString teamPath = dir.filePath(u"team.md"_s);
    QFile team(teamPath);
    ASSERT_TRUE(team.open(QIODevice::WriteOnly));
    team.write("# {{title}}\n\nCause: {{root_cause}}\n");
    team.close();
    open(teamPath);
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    EXPECT_EQ(editor->markdown(), u"# Checkout p99 latency above 800 ms\n\nCause: *(not written yet)*\n"_s);
    delete editor;
    editor = nullptr;

    ASSERT_TRUE(team.open(QIODevice::WriteOnly));
    team.write("# {{title}}\n\nOwner: {{incident.owner}}\n");
    team.close();
    open(teamPath);
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    auto* notice = child<QLabel>(u"noticeLabel"_s);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(teamPath + u":3:8: unknown placeholder {{incident.owner}}"_s))
        << notice->text().toStdString();
    EXPECT_TRUE(editor->markdown().startsWith(u"# Postmortem: Checkout p99"_s)) << "the built-in template";
}

TEST_F(PostmortemEditorTest, SaysWhenTheIncidentCannotBeRead)
{
    incidentId += 41;
    open();
    bool failed = false;
    QObject::connect(editor, &PostmortemEditor::loadFailed, &context, [&] { failed = true; });
    ASSERT_TRUE(waitUntil([&] { return failed; }));
    EXPECT_EQ(status(), u"Cannot open the incident: not found"_s);
    EXPECT_FALSE(child<QPlainTextEdit>(u"rootCauseEdit"_s)->isEnabled());
    EXPECT_FALSE(editor->exportMarkdown(dir.filePath(u"x.md"_s)));
}
