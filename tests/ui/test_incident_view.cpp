#include "IncidentTestSupport.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/TimelineModel.h"
#include "runbooks/RunbookChecklistModel.h"
#include "runbooks/RunbookPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using incidents::EventKind;
using uitest::waitUntil;

namespace {

class IncidentViewTest : public ::testing::Test, protected uitest::IncidentFixture
{
protected:
    IncidentViewTest()
    {
        page = std::make_unique<ui::IncidentsPage>(*desk);
        page->resize(1400, 640);
        page->show();
        listTester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        timelineTester = std::make_unique<QAbstractItemModelTester>(
            page->view()->timeline(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    ~IncidentViewTest() override
    {
        timelineTester.reset();
        listTester.reset();
        page.reset();
    }

    qint64 openFromAlerts()
    {
        const auto alerts = uitest::fraudAlerts();
        page->openIncident(incidents::incidentFromAlerts(alerts), alerts);
        EXPECT_TRUE(waitUntil([this] { return page->view()->incidentId() != 0 && timelineRows() >= 3; }));
        return page->view()->incidentId();
    }

    int timelineRows() const { return page->view()->timeline()->rowCount(); }

    // The "What happened" words of every row, top to bottom.
    QStringList shownLines() const
    {
        QStringList lines;
        const auto* model = page->view()->timeline();
        for (int row = 0; row < model->rowCount(); ++row)
            lines.append(model->index(row, ui::TimelineModel::What).data().toString());
        return lines;
    }

    bool showsLine(const QString& part) const
    {
        const QStringList lines = shownLines();
        return std::any_of(lines.cbegin(), lines.cend(), [&part](const QString& line) { return line.contains(part); });
    }

    std::unique_ptr<ui::IncidentsPage> page;
    std::unique_ptr<QAbstractItemModelTester> listTester;
    std::unique_ptr<QAbstractItemModelTester> timelineTester;
};

} // namespace

TEST_F(IncidentViewTest, AnIncidentOpenedFromAlertsListsThemAndStartsItsTimeline)
{
    const qint64 id = openFromAlerts();
    ASSERT_NE(id, 0);
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, ui::IncidentListModel::Severity).data().toString(), u"SEV2"_s)
        << "the highest alert priority, P2, gives SEV2";
    EXPECT_EQ(page->model()->index(0, ui::IncidentListModel::Status).data().toString(), u"Open"_s);
    EXPECT_EQ(page->model()->index(0, ui::IncidentListModel::Alerts).data().toInt(), 2);
    EXPECT_TRUE(showsLine(u"Opened \"Model accuracy below 85%"_s)) << shownLines().join(u'\n').toStdString();
    EXPECT_TRUE(showsLine(u"Linked alert #17"_s));
    EXPECT_TRUE(showsLine(u"Linked alert #18"_s));
    EXPECT_EQ(page->view()->timeline()->index(0, ui::TimelineModel::Actor).data().toString(), u"tester"_s);
}

TEST_F(IncidentViewTest, NotesStatusAndCommandAreEventsWithTheUsersName)
{
    const qint64 id = openFromAlerts();
    ui::IncidentView* view = page->view();
    view->noteEditor()->setPlainText(u"rolled back to v41"_s);
    view->addNote();
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"rolled back to v41"_s); }));
    EXPECT_TRUE(view->noteEditor()->toPlainText().isEmpty()) << "the box empties once the store has the note";

    clock->advance(60'000);
    view->statusPicker()->setCurrentIndex(
        view->statusPicker()->findData(int(incidents::IncidentStatus::Investigating)));
    view->applyStatus();
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"Status: Open → Investigating"_s); }))
        << shownLines().join(u'\n').toStdString();
    ASSERT_TRUE(waitUntil([this] {
        return page->model()->index(0, ui::IncidentListModel::Status).data().toString() == u"Investigating"_s;
    }));

    view->takeCommand();
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"commander: tester"_s); }));
    // The header says how long it took someone to pick the incident up.
    ASSERT_TRUE(waitUntil([view] {
        const auto labels = view->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel* label) { return label->text().contains(u"acknowledged after 1m"_s); });
    }));

    const auto events = timeline(id);
    for (const incidents::TimelineEvent& event : events)
        EXPECT_EQ(event.actor, u"tester"_s) << incidents::eventKindToken(event.kind).toStdString();
    EXPECT_EQ(countOf(events, EventKind::StatusChanged), 1);
}

TEST_F(IncidentViewTest, AnEditedNoteKeepsItsWordsAndTheEditFollows)
{
    const qint64 id = openFromAlerts();
    desk->addNote(id, u"cause: bad labels"_s, {});
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"cause: bad labels"_s); }));
    const qint64 noteSeq = page->view()->timeline()->lastSeq();
    desk->editNote(id, noteSeq, u"cause: a label join dropped rows"_s, {});
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"Edited note"_s); }));
    EXPECT_TRUE(showsLine(u"cause: bad labels (edited"_s)) << shownLines().join(u'\n').toStdString();
    EXPECT_EQ(page->view()->timeline()->currentNoteText(noteSeq), u"cause: a label join dropped rows"_s);
}

TEST_F(IncidentViewTest, TheAlertServicesNotesAndTheConsolesActionsAreMergedOnce)
{
    const qint64 id = openFromAlerts();
    desk->observeAlerts(uitest::fraudAlerts());
    desk->observeAlerts(uitest::fraudAlerts()); // the next poll sees the same notes
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"looking at the label pipeline"_s); }));
    EXPECT_TRUE(showsLine(u"Alert #17 acknowledged in the alert service"_s));

    outbox::OutboxRecord record;
    record.action.alertId = u"a-18"_s;
    record.action.kind = alerts::ActionKind::Acknowledge;
    record.action.user = u"tester"_s;
    record.state = outbox::OutboxState::Landed;
    record.landedAt = clock->now();
    desk->observeAction(record);
    desk->observeAction(record);
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"Acknowledged alert #18"_s); }));

    reopen(); // and nothing doubled on disk either
    const auto events = timeline(id);
    EXPECT_EQ(countOf(events, EventKind::BackendNote), 2) << "one note, one acknowledgement";
    EXPECT_EQ(countOf(events, EventKind::Action), 1);
    // The note written before the incident sits where it happened, before the incident was opened.
    page = std::make_unique<ui::IncidentsPage>(*desk);
    ASSERT_TRUE(waitUntil(
        [this, id, &events] { return page->view()->incidentId() == id && timelineRows() == int(events.size()); }));
    EXPECT_TRUE(shownLines().indexOf(QRegularExpression(u".*acknowledged in the alert service.*"_s))
        < shownLines().indexOf(QRegularExpression(u"Opened.*"_s)));
}

TEST_F(IncidentViewTest, ThresholdCrossingsOfTheIncidentsServiceGoIntoItsTimeline)
{
    openFromAlerts();
    workspace::Panel panel;
    panel.id = u"latency"_s;
    panel.title = u"Latency p99"_s;
    panel.thresholds = {{0.5, workspace::ThresholdSeverity::Critical, true, u"page"_s}};
    polling::PanelData data;
    data.series.push_back({0, u"p99"_s, {}, {1, 2}, {0.2, 0.3}});
    desk->observePanel(panel, data, u"fraud-scorer"_s);
    data.series[0].values = {0.3, 0.9};
    desk->observePanel(panel, data, u"fraud-scorer"_s);
    desk->observePanel(panel, data, u"recommender"_s); // another service: first sight, and no incident
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"Latency p99 (p99) rose above 0.5 (critical): 0.9"_s); }))
        << shownLines().join(u'\n').toStdString();
    data.series[0].values = {0.9, 0.3};
    desk->observePanel(panel, data, u"fraud-scorer"_s);
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"back to normal at 0.3"_s); }));
}

TEST_F(IncidentViewTest, APinnedSnapshotIsStoredWithItsImage)
{
    const qint64 id = openFromAlerts();
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    std::optional<incidents::TimelineEvent> pinned;
    desk->pinSnapshot(id, u"Accuracy — fraud-scorer"_s, image, [&pinned](Result<incidents::TimelineEvent> event) {
        if (event)
            pinned = *event;
    });
    ASSERT_TRUE(waitUntil([&pinned] { return pinned.has_value(); }));
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"Pinned: Accuracy — fraud-scorer"_s); }));
    std::optional<QByteArray> stored;
    const QString attachment = pinned->payload.value(u"attachment"_s).toString();
    service->run<std::optional<incidents::Attachment>>(
        &context, [attachment](incidents::IncidentStore& store) { return store.attachment(attachment); },
        [&stored](Result<std::optional<incidents::Attachment>> found) {
            stored = found && *found ? (*found)->data : QByteArray();
        });
    ASSERT_TRUE(waitUntil([&stored] { return stored.has_value(); }));
    EXPECT_EQ(QImage::fromData(*stored).size(), QSize(320, 200));
}

TEST_F(IncidentViewTest, AFailedNoteStaysInTheBoxAndSaysWhy)
{
    const qint64 id = openFromAlerts();
    ASSERT_NE(id, 0);
    // The store refuses the write (here: an incident it does not have): the words must not be lost.
    page->view()->showIncident(9999);
    page->view()->noteEditor()->setPlainText(u"do not lose me"_s);
    page->view()->addNote();
    ASSERT_TRUE(waitUntil([this] { return !page->view()->problemText().isEmpty(); }));
    EXPECT_TRUE(page->view()->problemText().contains(u"The note was not saved"_s))
        << page->view()->problemText().toStdString();
    EXPECT_EQ(page->view()->noteEditor()->toPlainText(), u"do not lose me"_s);
}

TEST_F(IncidentViewTest, Screenshot)
{
    const qint64 id = openFromAlerts();
    desk->observeAlerts(uitest::fraudAlerts());
    clock->advance(4 * 60'000);
    desk->changeStatus(id, incidents::IncidentStatus::Investigating, u"labels look off since 02:40"_s, {});
    desk->addNote(id, u"Rolled back the label join to yesterday's version; accuracy recovering"_s, {});
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"accuracy recovering"_s); }));
    EXPECT_TRUE(uitest::saveScreenshot(*page, u"incident-view.png"_s));
}

TEST_F(IncidentViewTest, TheAlertsRunbookSitsBesideTheTimelineAndItsTicksAreEvents)
{
    openFromAlerts();
    desk->observeAlerts(uitest::fraudAlerts());
    ui::RunbookChecklistModel* checklist = page->view()->runbook()->model();
    ASSERT_TRUE(waitUntil([checklist] { return checklist->rowCount() > 0; })) << "ModelAccuracyDrop's runbook";
    QAbstractItemModelTester tester(checklist, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int firstStep = 0;
    while (checklist->index(firstStep, 0).data(ui::RunbookChecklistModel::StepIdRole).toString().isEmpty())
        ++firstStep;
    const QString stepId = checklist->index(firstStep, 0).data(ui::RunbookChecklistModel::StepIdRole).toString();
    ASSERT_TRUE(checklist->setData(checklist->index(firstStep, 0), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(waitUntil([this, &stepId] { return showsLine(u"Runbook step "_s + stepId + u" done"_s); }))
        << shownLines().join(u'\n').toStdString();
    EXPECT_EQ(checklist->doneCount(), 1);
}

TEST_F(IncidentViewTest, CtrlEnterAddsTheNoteAndF11AsksForTheWarRoom)
{
    const qint64 id = openFromAlerts();
    QPlainTextEdit* note = page->view()->noteEditor();
    note->setFocus();
    QTest::keyClicks(note, u"scaled the scorer to 6 replicas"_s);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([this] { return showsLine(u"scaled the scorer to 6 replicas"_s); }));
    EXPECT_FALSE(note->toPlainText().contains(u'\n'));

    qint64 asked = 0;
    QObject::connect(page->view(), &ui::IncidentView::warRoomRequested, page.get(), [&asked](qint64 i) { asked = i; });
    QTest::keyClick(note, Qt::Key_F11);
    EXPECT_EQ(asked, id);
}
