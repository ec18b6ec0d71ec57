// The alert list as a list: what it shows, how the selection survives polls, filters, the detail pane, columns.
#include "test_alert_list_fixture.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>

using namespace wk::alertlisttest;
using wk::ui::AlertListWidget;
using wk::ui::AlertTableModel;

TEST_F(AlertListTest, ShowsActiveAlertsMostUrgentFirst)
{
    EXPECT_EQ(visibleIds(),
        (QStringList{u"a1"_s, u"a2"_s, u"a4"_s, u"a3"_s, u"a7"_s, u"a6"_s, u"a5"_s, u"a8"_s, u"a9"_s, u"a10"_s}));
    const QAbstractItemModel* shown = widget.view()->model();
    EXPECT_EQ(
        shown->index(0, AlertTableModel::MessageColumn).data().toString(), u"Model serving latency p99 above 800 ms"_s);
    EXPECT_EQ(shown->index(0, AlertTableModel::TinyIdColumn).data().toString(), u"#1791"_s);
    EXPECT_EQ(shown->index(1, AlertTableModel::AcknowledgedColumn).data().toString(), u"dana.k"_s);
    EXPECT_TRUE(widget.selectedAlertId().isEmpty());
}

TEST_F(AlertListTest, LessImportantColumnsStartHiddenAndTheHeaderMenuShowsThem)
{
    QTableView* view = widget.view();
    EXPECT_TRUE(view->isColumnHidden(AlertTableModel::TagsColumn));
    EXPECT_TRUE(view->isColumnHidden(AlertTableModel::LastOccurrenceColumn));
    for (const int column : {AlertTableModel::TinyIdColumn, AlertTableModel::PriorityColumn,
             AlertTableModel::StatusColumn, AlertTableModel::AcknowledgedColumn, AlertTableModel::MessageColumn,
             AlertTableModel::ServiceColumn, AlertTableModel::TeamColumn, AlertTableModel::OwnerColumn,
             AlertTableModel::CountColumn, AlertTableModel::AgeColumn})
        EXPECT_FALSE(view->isColumnHidden(column)) << column;

    QStringList offered;
    QTimer::singleShot(0, view, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (QAction* action : menu->actions()) {
            if (action->isCheckable())
                offered.append(action->text());
            if (action->text() == u"Tags"_s)
                action->trigger();
        }
        menu->close();
    });
    Q_EMIT view->horizontalHeader()->customContextMenuRequested(QPoint(10, 5));

    EXPECT_TRUE(offered.contains(u"Last occurred"_s));
    EXPECT_FALSE(offered.contains(u"Message"_s)) << "the message is never hidden";
    EXPECT_FALSE(view->isColumnHidden(AlertTableModel::TagsColumn));

    // The window keeps the layout in its settings; a new list starts from it.
    const QByteArray state = widget.saveHeaderState();
    AlertListWidget next(backend, actions.dispatcher, clock, u"sam"_s);
    EXPECT_TRUE(next.view()->isColumnHidden(AlertTableModel::TagsColumn));
    ASSERT_TRUE(next.restoreHeaderState(state));
    EXPECT_FALSE(next.view()->isColumnHidden(AlertTableModel::TagsColumn));
    EXPECT_TRUE(next.view()->isColumnHidden(AlertTableModel::LastOccurrenceColumn));
    EXPECT_FALSE(next.restoreHeaderState(QByteArray("not a header state")));
}

TEST_F(AlertListTest, ColumnsFitA1400PixelWindowAndLeaveTheMessageRoom)
{
    // As in the console, which adds its incident actions beside the alert service's.
    QAction open(u"Open incident…"_s);
    QAction add(u"Add to incident"_s);
    widget.addSelectionAction(&open);
    widget.addSelectionAction(&add);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    QHeaderView* header = widget.view()->horizontalHeader();
    const QFontMetrics fm = widget.view()->fontMetrics();
    EXPECT_GE(header->sectionSize(AlertTableModel::MessageColumn),
        fm.horizontalAdvance(u"Model serving latency p99 above 800 ms"_s))
        << "a typical message is not cut";
    EXPECT_LE(header->length(), widget.view()->viewport()->width()) << "no horizontal scrolling";
    for (int column = 0; column < AlertTableModel::ColumnCount; ++column) {
        if (widget.view()->isColumnHidden(column) || column == AlertTableModel::MessageColumn)
            continue;
        const QString title = widget.model()->headerData(column, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(column), fm.horizontalAdvance(title)) << title.toStdString();
    }
}

TEST_F(AlertListTest, SelectionSurvivesAPollThatInsertsRemovesAndChanges)
{
    widget.selectAlert(u"a5"_s);
    QSignalSpy resets(widget.proxy(), &QAbstractItemModel::modelReset);
    QSignalSpy selected(&widget, &AlertListWidget::alertSelected);

    QList<Alert> next = backend.alerts();
    next.removeIf([](const Alert& a) { return a.id == u"a4"_s || a.id == u"a9"_s; });
    next.append(makeAlert(u"a13"_s, u"Node not ready"_s, Priority::P1, 5, AlertStatus::Open, u"k8s"_s, u"ml-infra"_s));
    for (Alert& a : next) {
        if (a.id == u"a5"_s) {
            a.count = 9;
            a.notes.append({kNow, u"lee.m"_s, u"Retraining scheduled."_s});
        }
    }
    backend.setAlerts(next);
    pollAgain();

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(widget.selectedAlertId(), u"a5"_s);
    EXPECT_EQ(selected.count(), 0) << "the same alert is still selected";
    EXPECT_EQ(cell(u"a5"_s, AlertTableModel::CountColumn), u"9"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"Retraining scheduled."_s));
    EXPECT_EQ(visibleIds().first(), u"a13"_s);
    EXPECT_FALSE(visibleIds().contains(u"a4"_s));
}

TEST_F(AlertListTest, SeveralSelectedShowTheCurrentOneAndSaySo)
{
    select({u"a3"_s, u"a4"_s, u"a5"_s});
    EXPECT_EQ(widget.selectedAlertIds(), (QStringList{u"a4"_s, u"a3"_s, u"a5"_s})) << "top to bottom";
    EXPECT_EQ(widget.selectedAlertId(), u"a4"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"Prediction confidence collapsed"_s));
    auto* summary = widget.findChild<QLabel*>(u"selectionSummary"_s);
    ASSERT_NE(summary, nullptr);
    EXPECT_FALSE(summary->isHidden());
    EXPECT_TRUE(summary->text().startsWith(u"3 alerts selected"_s)) << summary->text().toStdString();

    widget.selectAlert(u"a5"_s);
    EXPECT_EQ(widget.selectedAlertIds(), QStringList{u"a5"_s});
    EXPECT_TRUE(summary->isHidden());
}

TEST_F(AlertListTest, FiltersReduceTheVisibleRows)
{
    auto* filter = widget.findChild<QLineEdit*>(u"filterEdit"_s);
    QTest::keyClicks(filter, u"fraud"_s);
    EXPECT_EQ(visibleIds(), (QStringList{u"a2"_s, u"a5"_s}));
    QTest::keyClicks(filter, u" drift"_s);
    EXPECT_EQ(visibleIds(), QStringList{u"a5"_s});
    filter->clear();

    QComboBox* priority = combo(u"priorityCombo"_s);
    EXPECT_EQ(priority->count(), 4);
    priority->setCurrentIndex(priority->findText(u"P1 only"_s));
    EXPECT_EQ(visibleIds(), (QStringList{u"a1"_s, u"a2"_s}));
    priority->setCurrentIndex(priority->findText(u"P1–P2"_s));
    EXPECT_EQ(visibleIds(), (QStringList{u"a1"_s, u"a2"_s, u"a4"_s, u"a3"_s}));

    QComboBox* team = combo(u"teamCombo"_s);
    team->setCurrentIndex(team->findText(u"ml-infra"_s));
    EXPECT_EQ(visibleIds(), QStringList{u"a3"_s});

    QComboBox* status = combo(u"statusCombo"_s);
    status->setCurrentIndex(status->findText(u"All statuses"_s));
    EXPECT_EQ(visibleIds(), (QStringList{u"a3"_s, u"a11"_s}));
    status->setCurrentIndex(status->findText(u"Closed"_s));
    EXPECT_EQ(visibleIds(), QStringList{u"a11"_s});

    priority->setCurrentIndex(0);
    team->setCurrentIndex(0);
    status->setCurrentIndex(status->findText(u"Acknowledged"_s));
    EXPECT_EQ(visibleIds(), (QStringList{u"a2"_s, u"a7"_s}));
    status->setCurrentIndex(status->findText(u"Open"_s));
    EXPECT_EQ(visibleIds().size(), 7);
}

TEST_F(AlertListTest, TeamListHoldsTheTeamsSeenInTheData)
{
    QComboBox* team = combo(u"teamCombo"_s);
    const auto items = [&] {
        QStringList names;
        for (int i = 0; i < team->count(); ++i)
            names.append(team->itemText(i));
        return names;
    };
    EXPECT_EQ(items(),
        (QStringList{
            u"All teams"_s, u"data-eng"_s, u"ml-infra"_s, u"ml-platform"_s, u"personalization"_s, u"risk-ml"_s}));

    team->setCurrentIndex(team->findText(u"risk-ml"_s));
    QList<Alert> next = backend.alerts();
    next.removeIf([](const Alert& a) { return a.team == u"risk-ml"_s; });
    next.append(
        makeAlert(u"s1"_s, u"Search CTR dropped"_s, Priority::P3, 60, AlertStatus::Open, u"search"_s, u"search-ml"_s));
    widget.setAlerts(next);

    EXPECT_TRUE(items().contains(u"search-ml"_s));
    EXPECT_EQ(team->currentText(), u"risk-ml"_s) << "the chosen team stays chosen while it has no alerts";
    EXPECT_TRUE(visibleIds().isEmpty());
}

TEST_F(AlertListTest, SelectingAnAlertTellsWhichServiceToShow)
{
    QSignalSpy selected(&widget, &AlertListWidget::alertSelected);
    widget.selectAlert(u"a3"_s);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), u"a3"_s);
    EXPECT_EQ(selected.at(0).at(1).toString(), u"inference-gateway"_s);

    widget.model()->refreshAges();
    pollAgain();
    EXPECT_EQ(selected.count(), 1);
}

TEST_F(AlertListTest, DetailPaneShowsDescriptionRunbookTagsDetailsAndNotes)
{
    widget.selectAlert(u"a1"_s);
    const QString text = detail()->toPlainText();
    for (const QString& expected :
        {u"Model serving latency p99 above 800 ms"_s, u"GPU queue time is rising."_s, u"slo:ranker-availability"_s,
            u"eu-west-1"_s, u"1.42 s"_s, u"dana.k"_s, u"Looking at the GPU node pool."_s, u"primary on call"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(detail()->toHtml().contains(u"href=\"https://runbooks.example.com/ranker/latency\""_s));

    // A runbook field that is not a web address is shown, never made clickable.
    QList<Alert> next = backend.alerts();
    next[0].runbookUrl = u"file:///etc/passwd"_s;
    next[0].description = u"<b>bold?</b>"_s;
    widget.setAlerts(next);
    EXPECT_FALSE(detail()->toHtml().contains(u"href=\"file:"_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"file:///etc/passwd"_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"<b>bold?</b>"_s)) << "backend text is escaped, not rendered";
}
