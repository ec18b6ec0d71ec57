// The runbook beside the charts: the checklist model, ticks kept in the incident's timeline through the
// IncidentService, and scripts that run only after the confirmation, with their result in the timeline.
#include "UiTestSupport.h"

#include "common/Clock.h"
#include "incidents/IncidentService.h"
#include "runbooks/EstimatedTime.h"
#include "runbooks/RunbookChecklistModel.h"
#include "runbooks/RunbookMarkdown.h"
#include "runbooks/RunbookPanel.h"
#include "runbooks/ScriptConfirmDialog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;
using wk::runbooks::Runbook;
using wk::runbooks::RunbookStep;
using wk::ui::RunbookChecklistModel;
using wk::ui::RunbookPanel;
using wk::ui::ScriptConfirmDialog;
using wk::uitest::waitUntil;

namespace {

using Tester = QAbstractItemModelTester;

// The seed's runbook with a first step whose script leaves a mark, so a test can tell whether it ran.
Runbook accuracyRunbook(const QString& markerPath)
{
    Runbook runbook;
    runbook.id = u"model-accuracy-drop"_s;
    runbook.title = u"Model Accuracy Degradation Runbook"_s;
    runbook.description = u"Steps to diagnose and resolve model accuracy issues"_s;
    runbook.alertRuleId = u"ModelAccuracyDrop"_s;
    runbook.estimatedTime = wk::runbooks::parseEstimatedTime(u"30-60 minutes"_s);
    runbook.prerequisites = {u"Access to model monitoring dashboard"_s, u"Access to prediction logs"_s};
    runbook.escalationContacts = {u"Data Science on call"_s, u"ML Platform lead"_s};
    runbook.sourceFile = u"/srv/runbooks/model-accuracy-drop.yaml"_s;
    runbook.steps = {
        RunbookStep{u"step1"_s, u"Verify the accuracy drop is real"_s,
            u"Check monitoring dashboard for accuracy trend"_s, u"Confirm accuracy is below threshold"_s,
            u"If dashboard shows different values, check data pipeline"_s,
            u"#!/bin/bash\ntouch \""_s + markerPath + u"\"\necho \"accuracy check for incident $WK_INCIDENT_ID\"\n"_s,
            {}, 14},
        RunbookStep{u"step2"_s, u"Check for data drift"_s, u"Review data drift metrics in dashboard"_s,
            u"Identify if data drift is causing the issue"_s, u"If no drift, check for concept drift"_s, {}, {}, 23},
        RunbookStep{u"step3"_s, u"Review recent predictions"_s, u"Analyze prediction distribution"_s,
            u"Identify patterns in incorrect predictions"_s, {}, {}, {}, 33},
        RunbookStep{u"step4"_s, u"Check model version"_s, u"Verify correct model version is deployed"_s,
            u"Confirm expected version is running"_s, u"If wrong version, rollback to correct version"_s,
            u"sleep 30\n"_s, {}, 38},
    };
    return runbook;
}

const QByteArray latencyMarkdown = R"(# Model Serving Latency High

The p99 latency of a model server is high.

## Confirm

- [ ] Check that the p99 is high on every replica {#confirm-spread}
      Expected: the same rise on every replica.
- [ ] Compare with the request rate {#compare-traffic}

## Relieve

- [ ] Scale the deployment up {#scale-up}
      ```sh
      kubectl scale deployment "$WK_SERVICE" --replicas=6
      ```
)";

bool save(QWidget& widget, const QString& name)
{
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    return widget.grab().toImage().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u'/' + name);
}

QString labelText(const QWidget& parent, const QString& name)
{
    const auto* label = parent.findChild<QLabel*>(name);
    return label ? label->text() : u"<no label "_s + name + u'>';
}

class RunbookPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        service = std::make_unique<IncidentService>(u":memory:"_s, std::make_shared<wk::SystemClock>(), &context,
            [this](wk::Result<void> result) { opened = result.has_value(); });
        NewIncident draft;
        draft.title = u"Accuracy of ranker dropped"_s;
        service->create(draft, u"ada"_s, &context,
            [this](wk::Result<Incident> created) { incidentId = created ? created->id : -1; });
        ASSERT_TRUE(waitUntil([this] { return incidentId != 0; }));
        ASSERT_TRUE(opened);
        ASSERT_GT(incidentId, 0);
    }

    QString marker() const { return dir.filePath(u"script-ran"_s); }

    // The panel as the incident view sets it up.
    void open(RunbookPanel& panel, qint64 incident = 0)
    {
        panel.setRunbook(accuracyRunbook(marker()));
        panel.setIncident(service.get(), incident ? incident : incidentId, u"ada"_s);
        panel.setAlert(u"alert-1791"_s, u"ranker"_s);
        panel.setScriptDirectory(dir.path());
    }

    QList<TimelineEvent> timeline()
    {
        std::optional<QList<TimelineEvent>> events;
        service->timeline(incidentId, 0, &context,
            [&](wk::Result<QList<TimelineEvent>> r) { events = r.value_or(QList<TimelineEvent>()); });
        EXPECT_TRUE(waitUntil([&] { return events.has_value(); }));
        return events.value_or(QList<TimelineEvent>());
    }

    QList<TimelineEvent> eventsOf(EventKind kind)
    {
        QList<TimelineEvent> found;
        for (const TimelineEvent& e : timeline()) {
            if (e.kind == kind)
                found.append(e);
        }
        return found;
    }

    static bool tick(RunbookPanel& panel, const QString& stepId, bool done)
    {
        RunbookChecklistModel* model = panel.model();
        return model->setData(
            model->index(*model->rowOf(stepId)), done ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }

    static Qt::CheckState checkState(const RunbookPanel& panel, const QString& stepId)
    {
        const RunbookChecklistModel* model = panel.model();
        return model->index(*model->rowOf(stepId)).data(Qt::CheckStateRole).value<Qt::CheckState>();
    }

    static QString detail(const RunbookPanel& panel, const QString& stepId)
    {
        const RunbookChecklistModel* model = panel.model();
        return model->index(*model->rowOf(stepId)).data(RunbookChecklistModel::DetailRole).toString();
    }

    QTemporaryDir dir;
    QObject context;
    std::unique_ptr<IncidentService> service;
    bool opened = false;
    qint64 incidentId = 0;
};

} // namespace

TEST_F(RunbookPanelTest, ChecklistModelPassesTheModelTesterThroughEveryChange)
{
    RunbookChecklistModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const auto parsed = wk::runbooks::parseRunbookMarkdown(latencyMarkdown, u"latency.md"_s);
    ASSERT_TRUE(parsed.ok());
    model.setRunbook(parsed.runbook);
    // Two headings and three steps; headings are neither selectable nor checkable.
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(0).data().toString(), u"Confirm"_s);
    EXPECT_TRUE(model.index(0).data(RunbookChecklistModel::IsSectionRole).toBool());
    EXPECT_EQ(model.flags(model.index(0)), Qt::ItemIsEnabled);
    EXPECT_FALSE(model.index(0).data(Qt::CheckStateRole).isValid());
    EXPECT_EQ(model.index(3).data().toString(), u"Relieve"_s);
    EXPECT_EQ(model.index(4).data(RunbookChecklistModel::StepIdRole).toString(), u"scale-up"_s);
    EXPECT_TRUE(model.index(4).data(RunbookChecklistModel::HasScriptRole).toBool());
    EXPECT_EQ(model.stepCount(), 3);

    // Without an incident the boxes show but do not take a tick.
    EXPECT_FALSE(model.flags(model.index(1)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    model.setCheckable(true);
    EXPECT_TRUE(model.flags(model.index(1)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole)) << "a heading is not a step";

    QSignalSpy asked(&model, &RunbookChecklistModel::tickRequested);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.at(0).at(0).toString(), u"compare-traffic"_s);
    EXPECT_TRUE(asked.at(0).at(1).toBool());
    EXPECT_EQ(model.index(2).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_TRUE(model.index(2).data(RunbookChecklistModel::PendingRole).toBool());
    EXPECT_FALSE(model.setData(model.index(2), Qt::Unchecked, Qt::CheckStateRole)) << "one write at a time";

    TimelineEvent landed = wk::runbooks::stepEvent(1, parsed.runbook->id, u"compare-traffic"_s, true, u"ada"_s);
    landed.seq = 5;
    landed.at = QDateTime::currentDateTimeUtc();
    changed.clear();
    model.applyEvents({landed});
    model.clearPending(u"compare-traffic"_s);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(model.doneCount(), 1);
    EXPECT_TRUE(model.index(2).data(RunbookChecklistModel::DetailRole).toString().startsWith(u"Done by ada at "_s));

    model.clearProgress();
    EXPECT_EQ(model.doneCount(), 0);
    model.setRunbook(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
    model.setRunbook(accuracyRunbook(marker()));
    ASSERT_EQ(model.rowCount(), 4); // YAML: no headings
    EXPECT_EQ(model.index(0).data(Qt::ToolTipRole).toString(),
        u"Check monitoring dashboard for accuracy trend\n\nExpected: Confirm accuracy is below threshold"_s);
    EXPECT_EQ(resets.count(), 3);
}

TEST_F(RunbookPanelTest, ATickIsWrittenToTheTimelineAndSurvivesAReload)
{
    RunbookPanel panel;
    open(panel);
    QSignalSpy appended(&panel, &RunbookPanel::eventAppended);
    EXPECT_EQ(labelText(panel, u"progressText"_s), u"0 of 4 done"_s);
    EXPECT_FALSE(panel.findChild<QLabel*>(u"status"_s)->isVisibleTo(&panel));

    ASSERT_TRUE(tick(panel, u"step2"_s, true));
    // Shown ticked at once, as pending, while the store writes it.
    EXPECT_EQ(checkState(panel, u"step2"_s), Qt::Checked);
    EXPECT_EQ(detail(panel, u"step2"_s), u"Saving…"_s);
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step2"_s); }));
    EXPECT_EQ(checkState(panel, u"step2"_s), Qt::Checked);
    EXPECT_TRUE(detail(panel, u"step2"_s).startsWith(u"Done by ada at "_s)) << detail(panel, u"step2"_s).toStdString();
    EXPECT_EQ(labelText(panel, u"progressText"_s), u"1 of 4 done"_s);
    ASSERT_EQ(appended.count(), 1);
    const auto event = appended.at(0).at(0).value<TimelineEvent>();
    EXPECT_EQ(event.kind, EventKind::RunbookStepDone);
    EXPECT_GT(event.seq, 0);

    ASSERT_TRUE(tick(panel, u"step3"_s, true));
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step3"_s); }));
    ASSERT_TRUE(tick(panel, u"step3"_s, false)); // unticked again: another event, the last one wins
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step3"_s); }));
    EXPECT_EQ(checkState(panel, u"step3"_s), Qt::Unchecked);
    EXPECT_EQ(eventsOf(EventKind::RunbookStepDone).size(), 3);

    // A new panel, fed the stored timeline as the incident view would after a restart.
    RunbookPanel reloaded;
    open(reloaded);
    EXPECT_EQ(checkState(reloaded, u"step2"_s), Qt::Unchecked);
    const QList<TimelineEvent> stored = timeline();
    reloaded.setTimeline(stored);
    EXPECT_EQ(checkState(reloaded, u"step2"_s), Qt::Checked);
    EXPECT_EQ(checkState(reloaded, u"step3"_s), Qt::Unchecked);
    EXPECT_TRUE(detail(reloaded, u"step2"_s).startsWith(u"Done by ada at "_s));
    EXPECT_EQ(labelText(reloaded, u"progressText"_s), u"1 of 4 done"_s);
    reloaded.setTimeline(stored); // fed again: counted once
    EXPECT_EQ(labelText(reloaded, u"progressText"_s), u"1 of 4 done"_s);

    // Another incident's events are not this one's progress.
    reloaded.setIncident(service.get(), incidentId + 1, u"ada"_s);
    reloaded.setTimeline(stored);
    EXPECT_EQ(labelText(reloaded, u"progressText"_s), u"0 of 4 done"_s);
}

TEST_F(RunbookPanelTest, APersonTicksWithTheMouseOrTheSpaceBar)
{
    RunbookPanel panel;
    panel.resize(400, 700);
    open(panel);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* list = panel.findChild<QListView*>(u"checklist"_s);
    const QModelIndex second = panel.model()->index(*panel.model()->rowOf(u"step2"_s));
    const QRect row = list->visualRect(second);

    // A click on the text selects the step and ticks nothing; a click on the box ticks it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center() + QPoint(60, 0));
    EXPECT_EQ(panel.selectedStepId(), u"step2"_s);
    EXPECT_EQ(checkState(panel, u"step2"_s), Qt::Unchecked);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.topLeft() + QPoint(12, row.height() / 2 - 6));
    EXPECT_EQ(checkState(panel, u"step2"_s), Qt::Checked);
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step2"_s); }));

    panel.selectStep(u"step3"_s);
    list->setFocus();
    QTest::keyClick(list->viewport(), Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step3"_s); }));
    EXPECT_EQ(checkState(panel, u"step3"_s), Qt::Checked);
    EXPECT_EQ(eventsOf(EventKind::RunbookStepDone).size(), 2);

    // Another alert's runbook and back, in the same incident: the ticks are still there without a new timeline.
    panel.setRunbook(wk::runbooks::parseRunbookMarkdown(latencyMarkdown, u"latency.md"_s).runbook);
    EXPECT_EQ(labelText(panel, u"progressText"_s), u"0 of 3 done"_s);
    panel.setRunbook(accuracyRunbook(marker()));
    EXPECT_EQ(labelText(panel, u"progressText"_s), u"2 of 4 done"_s);
}

TEST_F(RunbookPanelTest, AFailedWriteTakesTheTickBackAndSaysWhy)
{
    RunbookPanel panel;
    open(panel, 999); // no such incident: the store refuses the event
    QSignalSpy appended(&panel, &RunbookPanel::eventAppended);
    ASSERT_TRUE(tick(panel, u"step1"_s, true));
    EXPECT_EQ(checkState(panel, u"step1"_s), Qt::Checked);
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step1"_s); }));

    EXPECT_EQ(checkState(panel, u"step1"_s), Qt::Unchecked);
    const auto* status = panel.findChild<QLabel*>(u"status"_s);
    EXPECT_TRUE(status->isVisibleTo(&panel));
    EXPECT_EQ(status->text(), u"⚠ Could not tick “Verify the accuracy drop is real”: not found"_s);
    EXPECT_EQ(appended.count(), 0);
    EXPECT_EQ(labelText(panel, u"progressText"_s), u"0 of 4 done"_s);
}

TEST_F(RunbookPanelTest, WithoutAnIncidentTheChecklistIsReadOnlyAndScriptsCannotRun)
{
    RunbookPanel panel;
    panel.setRunbook(accuracyRunbook(marker()));
    panel.setIncident(nullptr, 0, QString());
    EXPECT_FALSE(tick(panel, u"step2"_s, true));
    EXPECT_EQ(labelText(panel, u"status"_s), u"Open an incident to keep progress: ticks are kept in its timeline."_s);
    panel.selectStep(u"step1"_s);
    const auto* run = panel.findChild<QPushButton*>(u"runScriptButton"_s);
    EXPECT_TRUE(run->isVisibleTo(&panel));
    EXPECT_FALSE(run->isEnabled());
    EXPECT_EQ(panel.confirmScript(), nullptr);
    panel.selectStep(u"step2"_s); // a manual step: no button at all
    EXPECT_FALSE(run->isVisibleTo(&panel));
}

TEST_F(RunbookPanelTest, WithoutARunbookItSaysHowToBindOne)
{
    RunbookPanel panel;
    panel.setRunbook(accuracyRunbook(marker()));
    panel.setRunbook(std::nullopt);
    const auto* empty = panel.findChild<QLabel*>(u"emptyState"_s);
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisibleTo(&panel));
    EXPECT_TRUE(empty->text().contains(u"No runbook matches the selected alert."_s));
    EXPECT_TRUE(empty->text().contains(u"alert_rule_id"_s));
    EXPECT_TRUE(empty->text().contains(u"runbook:ID"_s));
}

TEST_F(RunbookPanelTest, TheConfirmationShowsTheExactScriptAndCancelRunsNothing)
{
    RunbookPanel panel;
    open(panel);
    panel.show();
    panel.selectStep(u"step1"_s);
    const Runbook runbook = accuracyRunbook(marker());
    const auto* details = panel.findChild<QTextBrowser*>(u"stepDetails"_s);
    EXPECT_TRUE(details->toPlainText().contains(u"Check monitoring dashboard for accuracy trend"_s));
    EXPECT_TRUE(details->toPlainText().contains(u"If dashboard shows different values, check data pipeline"_s));

    for (const bool byKeyboard : {false, true}) {
        QPointer<ScriptConfirmDialog> dialog = panel.confirmScript();
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }));
        EXPECT_EQ(
            dialog->findChild<QPlainTextEdit*>(u"scriptText"_s)->toPlainText(), runbook.steps[0].automationScript);
        EXPECT_EQ(labelText(*dialog, u"folderText"_s), QDir::cleanPath(dir.path()));
        EXPECT_EQ(labelText(*dialog, u"timeoutText"_s), u"120 s, then it is stopped"_s);
        EXPECT_TRUE(labelText(*dialog, u"environmentText"_s)
                        .contains(u"WK_INCIDENT_ID=%1\nWK_RUNBOOK_ID=model-accuracy-drop\nWK_STEP_ID=step1\n"
                                  "WK_ALERT_ID=alert-1791\nWK_SERVICE=ranker"_s.arg(incidentId)));
        auto* runButton = dialog->findChild<QPushButton*>(u"runButton"_s);
        auto* cancelButton = dialog->findChild<QPushButton*>(u"cancelButton"_s);
        EXPECT_FALSE(runButton->isDefault());
        EXPECT_FALSE(runButton->autoDefault());
        EXPECT_TRUE(cancelButton->isDefault());

        if (byKeyboard)
            QTest::keyClick(dialog, Qt::Key_Return); // Enter is Cancel, never Run
        else
            QTest::mouseClick(cancelButton, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); })) << "the dialog stayed open";
    }
    QTest::qWait(300);
    EXPECT_FALSE(QFile::exists(marker())) << "the script ran without Run being pressed";
    EXPECT_TRUE(eventsOf(EventKind::ScriptRun).isEmpty());
}

TEST_F(RunbookPanelTest, RunRunsTheScriptAndItsResultLandsInTheTimeline)
{
    RunbookPanel panel;
    open(panel);
    panel.show();
    panel.selectStep(u"step1"_s);
    QSignalSpy appended(&panel, &RunbookPanel::eventAppended);
    QPointer<ScriptConfirmDialog> dialog = panel.confirmScript();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"runButton"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->result().has_value(); }));

    EXPECT_TRUE(QFile::exists(marker()));
    EXPECT_TRUE(labelText(*dialog, u"runStatus"_s).startsWith(u"Exited with code 0"_s));
    EXPECT_EQ(dialog->findChild<QPlainTextEdit*>(u"outputText"_s)->toPlainText(),
        u"accuracy check for incident %1\n"_s.arg(incidentId));
    EXPECT_TRUE(dialog->findChild<QPushButton*>(u"closeButton"_s)->isVisible());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(u"stopButton"_s)->isVisible());

    ASSERT_TRUE(waitUntil([&] { return appended.count() == 1; }));
    const QList<TimelineEvent> runs = eventsOf(EventKind::ScriptRun);
    ASSERT_EQ(runs.size(), 1);
    const QJsonObject& p = runs[0].payload;
    EXPECT_EQ(runs[0].actor, u"ada"_s);
    EXPECT_EQ(p.value(u"exit_code"_s).toInt(-1), 0);
    EXPECT_EQ(p.value(u"step_id"_s).toString(), u"step1"_s);
    EXPECT_EQ(p.value(u"script"_s).toString(), accuracyRunbook(marker()).steps[0].automationScript);
    EXPECT_TRUE(p.value(u"where"_s).toString().endsWith(u" in "_s + QDir::cleanPath(dir.path())));
    EXPECT_EQ(p.value(u"output"_s).toString(), u"accuracy check for incident %1\n"_s.arg(incidentId));
    EXPECT_EQ(detail(panel, u"step1"_s), u"script exited with 0"_s);
    EXPECT_EQ(checkState(panel, u"step1"_s), Qt::Unchecked); // running the script is not doing the step

    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeButton"_s), Qt::LeftButton);
    EXPECT_TRUE(waitUntil([&] { return dialog.isNull(); }));
}

TEST_F(RunbookPanelTest, StopEndsTheRunAndTheTimelineSaysWhoStoppedIt)
{
    RunbookPanel panel;
    open(panel);
    panel.show();
    panel.selectStep(u"step4"_s); // sleep 30
    QPointer<ScriptConfirmDialog> dialog = panel.confirmScript();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"runButton"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->isRunning(); }));
    QTest::qWait(200);
    EXPECT_TRUE(labelText(*dialog, u"runStatus"_s).startsWith(u"Running for "_s));
    // Esc while running stops the script instead of hiding it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return dialog && dialog->result().has_value(); }, 8'000));
    EXPECT_TRUE(dialog->result()->cancelled);
    EXPECT_TRUE(labelText(*dialog, u"runStatus"_s).startsWith(u"Stopped by ada"_s));
    ASSERT_TRUE(waitUntil([&] { return !eventsOf(EventKind::ScriptRun).isEmpty(); }));
    const QJsonObject p = eventsOf(EventKind::ScriptRun).at(0).payload;
    EXPECT_TRUE(p.value(u"cancelled"_s).toBool());
    EXPECT_TRUE(p.value(u"exit_code"_s).isNull());
}

TEST_F(RunbookPanelTest, Screenshots)
{
    RunbookPanel panel;
    panel.resize(400, 760);
    open(panel);
    panel.show();
    ASSERT_TRUE(tick(panel, u"step1"_s, true));
    ASSERT_TRUE(tick(panel, u"step2"_s, true));
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step2"_s); }));
    ASSERT_TRUE(tick(panel, u"step3"_s, true));
    ASSERT_TRUE(waitUntil([&] { return !panel.model()->isPending(u"step3"_s); }));
    panel.selectStep(u"step1"_s);
    QTest::qWait(50);
    EXPECT_TRUE(save(panel, u"runbook-panel.png"_s));

    ScriptConfirmDialog* dialog = panel.confirmScript();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }));
    QTest::qWait(50);
    EXPECT_TRUE(save(*dialog, u"script-confirm.png"_s));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"runButton"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->result().has_value(); }));
    QTest::qWait(50);
    EXPECT_TRUE(save(*dialog, u"script-run.png"_s));
    dialog->accept();

    // The narrowest it gets, with a Markdown runbook's headings, and no incident yet.
    RunbookPanel markdown;
    markdown.resize(350, 560);
    markdown.setRunbook(wk::runbooks::parseRunbookMarkdown(latencyMarkdown, u"latency.md"_s).runbook);
    markdown.setIncident(nullptr, 0, QString());
    markdown.show();
    markdown.selectStep(u"scale-up"_s);
    QTest::qWait(20);
    EXPECT_TRUE(save(markdown, u"runbook-panel-markdown.png"_s));

    RunbookPanel empty;
    empty.resize(400, 300);
    empty.setRunbook(std::nullopt);
    empty.show();
    QTest::qWait(20);
    EXPECT_TRUE(save(empty, u"runbook-panel-empty.png"_s));
}
