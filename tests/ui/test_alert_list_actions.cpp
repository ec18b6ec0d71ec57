// Acting on alerts from the list: pending until confirmed, failures that say why, bulk actions, read-only rows.
#include "test_alert_list_fixture.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace wk::alertlisttest;
using wk::ui::AlertListWidget;
using wk::ui::AlertTableModel;

namespace {

void writeNote(QObject* context, const QString& text, bool accept = true)
{
    whenDialogOpens(context, [text, accept](QWidget* w) {
        auto* dialog = qobject_cast<QInputDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(text);
        accept ? dialog->accept() : dialog->reject();
    });
}

void acceptDialog(QObject* context)
{
    whenDialogOpens(context, [](QWidget* w) { qobject_cast<QDialog*>(w)->accept(); });
}

} // namespace

TEST_F(AlertListTest, AcknowledgeShowsPendingUntilTheBackendConfirms)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    ASSERT_TRUE(widget.selectAlert(u"a1"_s));
    ASSERT_TRUE(button(u"acknowledgeButton"_s)->isEnabled());

    button(u"acknowledgeButton"_s)->click();

    ASSERT_TRUE(sent(1));
    EXPECT_EQ(backend.submitted().at(0).kind, ActionKind::Acknowledge);
    EXPECT_EQ(backend.submitted().at(0).alertId, u"a1"_s);
    EXPECT_EQ(backend.submitted().at(0).user, u"sam"_s);
    EXPECT_EQ(status(u"a1"_s), u"Acknowledging…"_s);
    EXPECT_FALSE(button(u"acknowledgeButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"closeButton"_s)->isEnabled());
    EXPECT_TRUE(detail()->toPlainText().contains(u"Acknowledging…"_s));
    EXPECT_EQ(finished.count(), 0);

    // The 15 s poll lands before the backend does: still pending, still selected.
    QSignalSpy resets(widget.proxy(), &QAbstractItemModel::modelReset);
    pollAgain();
    EXPECT_EQ(status(u"a1"_s), u"Acknowledging…"_s);
    EXPECT_EQ(widget.selectedAlertId(), u"a1"_s);
    EXPECT_FALSE(button(u"acknowledgeButton"_s)->isEnabled());
    EXPECT_EQ(resets.count(), 0);

    ASSERT_TRUE(completeNext());
    EXPECT_EQ(status(u"a1"_s), u"Acknowledged"_s);
    EXPECT_EQ(cell(u"a1"_s, AlertTableModel::AcknowledgedColumn), u"sam"_s);
    EXPECT_TRUE(
        cell(u"a1"_s, AlertTableModel::StatusColumn, Qt::ToolTipRole).contains(u"(confirmed by the alert service)"_s));
    EXPECT_FALSE(button(u"acknowledgeButton"_s)->isEnabled()); // already acknowledged
    EXPECT_TRUE(widget.actions()->action(ActionKind::Unacknowledge)->isEnabled());
    EXPECT_TRUE(button(u"closeButton"_s)->isEnabled());
    EXPECT_FALSE(detail()->toPlainText().contains(u"Acknowledging…"_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"(confirmed by the alert service)"_s));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), u"Acknowledged \"Model serving latency p99 above 800 ms\""_s);
}

TEST_F(AlertListTest, FailedAcknowledgeSaysWhyAndCanBeRetried)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    widget.selectAlert(u"a1"_s);
    widget.acknowledgeSelected();
    ASSERT_TRUE(failNext(u"alert is locked by a maintenance window"_s));

    EXPECT_EQ(status(u"a1"_s), u"Open"_s);
    EXPECT_TRUE(cell(u"a1"_s, AlertTableModel::StatusColumn, Qt::ToolTipRole)
                    .contains(u"alert is locked by a maintenance window"_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"Could not acknowledge"_s));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.at(0).at(0).toString().startsWith(u"Could not acknowledge \"Model serving latency"_s));
    EXPECT_TRUE(finished.at(0).at(0).toString().endsWith(u"alert is locked by a maintenance window"_s));
    EXPECT_TRUE(button(u"acknowledgeButton"_s)->isEnabled());

    widget.acknowledgeSelected();
    ASSERT_TRUE(completeNext());
    EXPECT_EQ(status(u"a1"_s), u"Acknowledged"_s);
    EXPECT_TRUE(widget.model()->failure(u"a1"_s).isEmpty());
    EXPECT_FALSE(detail()->toPlainText().contains(u"Could not acknowledge"_s));
}

TEST_F(AlertListTest, ButtonsOnlyOfferWhatAppliesToTheSelectedAlerts)
{
    // acknowledge, unacknowledge, close, escalate, note, snooze, assign, tags
    const auto enabled = [&] {
        QString s;
        for (const QAction* action : widget.actions()->actions())
            s += action->isEnabled() ? u'1' : u'0';
        return s;
    };
    // Acknowledge, close and escalate as buttons; the rest behind More.
    auto* more = widget.findChild<QPushButton*>(u"moreActionsButton"_s);
    ASSERT_NE(more, nullptr);
    ASSERT_NE(more->menu(), nullptr);
    EXPECT_EQ(more->menu()->actions().size(), 5);
    EXPECT_TRUE(more->menu()->actions().contains(widget.actions()->action(ActionKind::AddNote)));
    EXPECT_EQ(qobject_cast<QToolButton*>(button(u"escalateButton"_s))->defaultAction(),
        widget.actions()->action(ActionKind::Escalate));

    EXPECT_EQ(enabled(), u"00000000"_s) << "nothing selected";
    widget.selectAlert(u"a1"_s);
    EXPECT_EQ(enabled(), u"10111111"_s) << "open";
    widget.selectAlert(u"a2"_s);
    EXPECT_EQ(enabled(), u"01111111"_s) << "acknowledged";
    widget.selectAlert(u"a6"_s);
    EXPECT_EQ(enabled(), u"10111111"_s) << "snoozed";
    select({u"a1"_s, u"a2"_s});
    EXPECT_EQ(enabled(), u"11111111"_s) << "each applies to one of them";
    EXPECT_TRUE(widget.actions()->action(ActionKind::Acknowledge)->toolTip().contains(u"1 of the 2 selected"_s));

    combo(u"statusCombo"_s)->setCurrentIndex(combo(u"statusCombo"_s)->findText(u"All statuses"_s));
    widget.selectAlert(u"a11"_s);
    EXPECT_EQ(enabled(), u"00001001"_s) << "closed: only notes and tags";

    widget.selectAlert(u"a3"_s);
    widget.closeSelected();
    EXPECT_EQ(enabled(), u"00001001"_s) << "close pending";
    ASSERT_TRUE(completeNext());
    EXPECT_EQ(enabled(), u"00001001"_s) << "closed";
}

TEST_F(AlertListTest, AddNoteAsksForTheTextAndSendsIt)
{
    widget.selectAlert(u"a1"_s);
    writeNote(&widget, u"Drained gpu-node-7; latency recovering."_s);
    widget.actions()->action(ActionKind::AddNote)->trigger();

    ASSERT_TRUE(sent(1));
    EXPECT_EQ(backend.submitted().at(0).kind, ActionKind::AddNote);
    EXPECT_EQ(backend.submitted().at(0).note, u"Drained gpu-node-7; latency recovering."_s);
    EXPECT_EQ(status(u"a1"_s), u"Adding note…"_s);
    EXPECT_TRUE(widget.actions()->action(ActionKind::AddNote)->isEnabled())
        << "notes may pile up while one is on its way";

    ASSERT_TRUE(completeNext());
    EXPECT_EQ(status(u"a1"_s), u"Open"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"Drained gpu-node-7; latency recovering."_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"sam"_s));
}

TEST_F(AlertListTest, AnEmptyOrCancelledNoteSendsNothing)
{
    widget.selectAlert(u"a1"_s);
    writeNote(&widget, u"   \n "_s);
    widget.addNoteToSelected();
    writeNote(&widget, u"never mind"_s, false);
    widget.addNoteToSelected();
    QTest::qWait(20);
    EXPECT_TRUE(backend.submitted().isEmpty());
    EXPECT_EQ(status(u"a1"_s), u"Open"_s);
}

TEST_F(AlertListTest, EscalateAndCloseGoThroughTheBackend)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    widget.selectAlert(u"a3"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"primary on call"_s));

    acceptDialog(&widget);
    widget.escalateSelected();
    EXPECT_EQ(status(u"a3"_s), u"Escalating…"_s);
    ASSERT_TRUE(completeNext());
    EXPECT_EQ(backend.submitted().at(0).escalation, u"ml-infra_escalation"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"escalated to level 1"_s));
    EXPECT_EQ(finished.last().at(0).toString(), u"Escalated \"GPU memory above 95 % on gpu-node-7\""_s);

    widget.closeSelected();
    EXPECT_EQ(status(u"a3"_s), u"Closing…"_s);
    EXPECT_TRUE(visibleIds().contains(u"a3"_s)) << "a closing alert stays until the backend says it is closed";
    ASSERT_TRUE(completeNext());
    EXPECT_EQ(status(u"a3"_s), u"Closed"_s);
    EXPECT_FALSE(visibleIds().contains(u"a3"_s)) << "the Active view leaves closed alerts out";
    EXPECT_EQ(widget.selectedAlertId(), u"a7"_s) << "like a mail client, the next alert is selected";
    EXPECT_EQ(finished.last().at(0).toString(), u"Closed \"GPU memory above 95 % on gpu-node-7\""_s);
}

TEST_F(AlertListTest, BulkAcknowledgeSkipsTheAcknowledgedAndReportsOnceAllLanded)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    select({u"a1"_s, u"a2"_s, u"a3"_s}); // a2 is acknowledged already
    widget.acknowledgeSelected();

    ASSERT_TRUE(sent(2));
    QTest::qWait(20);
    EXPECT_EQ(backend.submitted().size(), 2);
    EXPECT_EQ(sentIds(), (QStringList{u"a1"_s, u"a3"_s}));
    EXPECT_NE(backend.submitted().at(0).actionId, backend.submitted().at(1).actionId) << "one outbox action each";
    EXPECT_EQ(status(u"a1"_s), u"Acknowledging…"_s);
    EXPECT_EQ(status(u"a2"_s), u"Acknowledged"_s);
    EXPECT_EQ(status(u"a3"_s), u"Acknowledging…"_s);

    ASSERT_TRUE(wk::uitest::waitUntil([&] { return backend.pendingCount() == 2; }, 2000));
    backend.completeNext();
    ASSERT_TRUE(wk::uitest::waitUntil([&] { return !widget.model()->isPending(u"a1"_s); }, 2000));
    EXPECT_EQ(finished.count(), 0) << "one line for the lot, once all have landed";
    EXPECT_EQ(status(u"a3"_s), u"Acknowledging…"_s);
    ASSERT_TRUE(completeNext());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), u"Acknowledged 2 alerts"_s);
    for (const QString& id : {u"a1"_s, u"a3"_s})
        EXPECT_TRUE(widget.model()->lastLanded(id).startsWith(u"Acknowledged at "_s)) << id.toStdString();
}

TEST_F(AlertListTest, BulkFailuresAreMarkedPerAlertAndCounted)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    select({u"a1"_s, u"a3"_s, u"a4"_s, u"a5"_s, u"a8"_s});
    widget.acknowledgeSelected();
    EXPECT_EQ(actions.dispatcher.unfinished(), 5);
    // The dispatcher works on a few at a time; the service answers them in the order they came.
    for (const bool lands : {true, false, true, false, true}) {
        ASSERT_TRUE(wk::uitest::waitUntil([&] { return backend.pendingCount() > 0; }, 2000));
        lands ? backend.completeNext() : backend.failNext(u"alert is locked"_s);
    }
    ASSERT_TRUE(settle());

    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), u"2 of 5 could not be acknowledged: alert is locked"_s);
    const QStringList order = sentIds();
    EXPECT_EQ(widget.model()->failure(order.at(1)), u"Could not acknowledge: alert is locked"_s);
    EXPECT_EQ(widget.model()->failure(order.at(3)), u"Could not acknowledge: alert is locked"_s);
    EXPECT_TRUE(cell(order.at(1), AlertTableModel::StatusColumn, Qt::ToolTipRole).contains(u"alert is locked"_s));
    EXPECT_TRUE(widget.model()
                    ->index(*widget.model()->rowOf(order.at(3)), AlertTableModel::StatusColumn)
                    .data(Qt::DecorationRole)
                    .isValid());
    for (const int i : {0, 2, 4}) {
        EXPECT_TRUE(widget.model()->failure(order.at(i)).isEmpty());
        EXPECT_FALSE(widget.model()->lastLanded(order.at(i)).isEmpty());
    }
}

TEST_F(AlertListTest, ClosingMoreThanFiveAsksFirst)
{
    const QStringList six{u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s, u"a6"_s};
    select(six);
    QString question;
    whenDialogOpens(&widget, [&](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        ASSERT_NE(box, nullptr);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    widget.closeSelected();
    EXPECT_EQ(question, u"Close 6 alerts?"_s);
    QTest::qWait(20);
    EXPECT_TRUE(backend.submitted().isEmpty()) << "cancelled";

    whenDialogOpens(&widget, [](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click(); });
    widget.closeSelected();
    EXPECT_EQ(actions.dispatcher.unfinished(), 6) << "one outbox action per alert";
    for (const QString& id : six)
        EXPECT_EQ(status(id), u"Closing…"_s) << id.toStdString();
    ASSERT_TRUE(sent(4));
    for (const AlertAction& action : backend.submitted())
        EXPECT_EQ(action.kind, ActionKind::Close);
}

TEST_F(AlertListTest, ClosingFiveDoesNotAsk)
{
    select({u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s});
    int asked = 0;
    whenDialogOpens(
        &widget,
        [&](QWidget* w) {
            ++asked;
            qobject_cast<QDialog*>(w)->reject();
        },
        300);
    widget.closeSelected();
    QTest::qWait(50);
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(actions.dispatcher.unfinished(), 5);
}

TEST_F(AlertListTest, HeartbeatRowsRefuseActionsAndSayWhy)
{
    QList<Alert> alerts = backend.alerts();
    alerts.append(heartbeatAlert());
    backend.setAlerts(alerts);
    pollAgain();
    const QString heartbeat = heartbeatAlert().id;

    widget.selectAlert(heartbeat);
    for (QAction* action : widget.actions()->actions()) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_TRUE(action->toolTip().contains(u"restarting the pipeline that should ping it"_s))
            << action->toolTip().toStdString();
    }
    EXPECT_TRUE(button(u"acknowledgeButton"_s)->toolTip().contains(u"restarting the pipeline"_s));
    EXPECT_TRUE(cell(heartbeat, AlertTableModel::StatusColumn, Qt::ToolTipRole).contains(u"read-only"_s));
    widget.acknowledgeSelected();
    widget.closeSelected();

    // With a normal alert beside it, the action goes to the normal one only.
    select({heartbeat, u"a1"_s});
    widget.acknowledgeSelected();
    ASSERT_TRUE(sent(1));
    QTest::qWait(20);
    EXPECT_EQ(sentIds(), QStringList{u"a1"_s});
}
