// Living in the alert list keyboard first: every shortcut, the context menu and the help overlay.
#include "test_alert_list_fixture.h"

#include "alerts/ShortcutHelpOverlay.h"

#include <QDateTimeEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>

using namespace wk::alertlisttest;
using wk::ui::AlertTableModel;
using wk::ui::ShortcutHelpOverlay;

namespace {

class AlertListKeyboardTest : public AlertListTest
{
protected:
    void SetUp() override
    {
        AlertListTest::SetUp();
        ASSERT_TRUE(showFocused());
    }

    // The one action the key sent, once it has gone out: `kind` on `alertId`, asked for by the signed-in user.
    AlertAction only(ActionKind kind, const QString& alertId)
    {
        EXPECT_TRUE(sent(1));
        QTest::qWait(20);
        EXPECT_EQ(backend.submitted().size(), 1);
        const AlertAction action = backend.submitted().value(0);
        EXPECT_EQ(action.kind, kind);
        EXPECT_EQ(action.alertId, alertId);
        EXPECT_EQ(action.user, u"sam"_s);
        return action;
    }

    void typeIntoDialog(const QString& text)
    {
        whenDialogOpens(&widget, [text](QWidget* w) {
            auto* dialog = qobject_cast<QInputDialog*>(w);
            ASSERT_NE(dialog, nullptr);
            dialog->setTextValue(text);
            dialog->accept();
        });
    }
};

} // namespace

TEST_F(AlertListKeyboardTest, JAndKMoveAndShiftExtendsTheSelection)
{
    key(Qt::Key_J);
    EXPECT_EQ(widget.selectedAlertIds(), QStringList{u"a1"_s}) << "the first J selects the most urgent alert";
    key(Qt::Key_J);
    key(Qt::Key_J);
    EXPECT_EQ(widget.selectedAlertIds(), QStringList{u"a4"_s});
    key(Qt::Key_K);
    EXPECT_EQ(widget.selectedAlertIds(), QStringList{u"a2"_s});
    key(Qt::Key_Down);
    key(Qt::Key_Up);
    EXPECT_EQ(widget.selectedAlertIds(), QStringList{u"a2"_s});

    key(Qt::Key_J, Qt::ShiftModifier);
    key(Qt::Key_J, Qt::ShiftModifier);
    EXPECT_EQ(widget.selectedAlertIds(), (QStringList{u"a2"_s, u"a4"_s, u"a3"_s}));
    EXPECT_EQ(widget.selectedAlertId(), u"a3"_s) << "the detail pane follows the keyboard";
    key(Qt::Key_K, Qt::ShiftModifier);
    EXPECT_EQ(widget.selectedAlertIds(), (QStringList{u"a2"_s, u"a4"_s}));
}

TEST_F(AlertListKeyboardTest, AAcknowledgesOnceWhilePending)
{
    key(Qt::Key_Down);
    ASSERT_EQ(widget.selectedAlertId(), u"a1"_s);
    key(Qt::Key_A);
    only(ActionKind::Acknowledge, u"a1"_s);
    EXPECT_EQ(status(u"a1"_s), u"Acknowledging…"_s);

    key(Qt::Key_A); // a second press while pending does nothing
    QTest::qWait(50);
    EXPECT_EQ(backend.submitted().size(), 1);
}

TEST_F(AlertListKeyboardTest, UUnacknowledges)
{
    widget.selectAlert(u"a2"_s);
    key(Qt::Key_U);
    only(ActionKind::Unacknowledge, u"a2"_s);
}

TEST_F(AlertListKeyboardTest, CCloses)
{
    widget.selectAlert(u"a4"_s);
    key(Qt::Key_C);
    only(ActionKind::Close, u"a4"_s);
}

TEST_F(AlertListKeyboardTest, EEscalatesToThePolicyOfTheAlertsTeamOrOneUsedBefore)
{
    widget.selectAlert(u"a1"_s);
    QString suggested;
    whenDialogOpens(&widget, [&](QWidget* w) {
        auto* policy = w->findChild<QComboBox*>(u"escalationCombo"_s);
        ASSERT_NE(policy, nullptr);
        ASSERT_TRUE(policy->isEditable());
        suggested = policy->currentText();
        policy->setEditText(u"ml-platform_nights"_s);
        qobject_cast<QDialog*>(w)->accept();
    });
    key(Qt::Key_E);
    EXPECT_EQ(suggested, u"ml-platform_escalation"_s);
    const AlertAction action = only(ActionKind::Escalate, u"a1"_s);
    EXPECT_EQ(action.escalation, u"ml-platform_nights"_s);

    // The next time the list offers this session's names, and what the service knows.
    widget.setEscalationPolicies([](QObject* context, std::function<void(QStringList)> done) {
        QTimer::singleShot(0, context, [done] { done({u"sre_escalation"_s}); });
    });
    widget.selectAlert(u"a4"_s);
    QStringList offered;
    whenDialogOpens(&widget, [&](QWidget* w) {
        auto* policy = w->findChild<QComboBox*>(u"escalationCombo"_s);
        ASSERT_TRUE(wk::uitest::waitUntil([&] { return policy->count() == 2; }, 1000));
        for (int i = 0; i < policy->count(); ++i)
            offered.append(policy->itemText(i));
        EXPECT_EQ(policy->currentText(), u"personalization_escalation"_s) << "what was typed stays";
        qobject_cast<QDialog*>(w)->reject();
    });
    key(Qt::Key_E);
    EXPECT_EQ(offered, (QStringList{u"ml-platform_nights"_s, u"sre_escalation"_s}));
    EXPECT_EQ(backend.submitted().size(), 1) << "cancelled";
}

TEST_F(AlertListKeyboardTest, NAddsANote)
{
    widget.selectAlert(u"a3"_s);
    typeIntoDialog(u"Drained the node.  "_s);
    key(Qt::Key_N);
    const AlertAction action = only(ActionKind::AddNote, u"a3"_s);
    EXPECT_EQ(action.note, u"Drained the node."_s);
}

TEST_F(AlertListKeyboardTest, SSnoozesForAPresetOrUntilAChosenTime)
{
    widget.selectAlert(u"a1"_s);
    whenDialogOpens(&widget, [](QWidget* w) {
        w->findChild<QRadioButton*>(u"snooze1Hour"_s)->click();
        qobject_cast<QDialog*>(w)->accept();
    });
    key(Qt::Key_S);
    const AlertAction action = only(ActionKind::Snooze, u"a1"_s);
    EXPECT_EQ(action.snoozeUntil, kNow.addSecs(3600));

    const QDateTime morning(kNow.toLocalTime().date().addDays(1), QTime(9, 0));
    const QDateTime chosen = kNow.addDays(2);
    widget.selectAlert(u"a3"_s);
    whenDialogOpens(&widget, [](QWidget* w) {
        w->findChild<QRadioButton*>(u"snoozeTomorrow"_s)->click();
        qobject_cast<QDialog*>(w)->accept();
    });
    key(Qt::Key_S);
    widget.selectAlert(u"a4"_s);
    whenDialogOpens(&widget, [chosen](QWidget* w) {
        w->findChild<QDateTimeEdit*>(u"snoozeCustomEdit"_s)->setDateTime(chosen.toLocalTime());
        qobject_cast<QDialog*>(w)->accept();
    });
    key(Qt::Key_S);
    ASSERT_TRUE(sent(3));
    EXPECT_EQ(backend.submitted().at(1).snoozeUntil, morning.toUTC());
    EXPECT_EQ(backend.submitted().at(2).snoozeUntil, chosen);
}

TEST_F(AlertListKeyboardTest, OAssignsToTheSignedInUserByDefault)
{
    widget.selectAlert(u"a1"_s);
    QString offered;
    whenDialogOpens(&widget, [&](QWidget* w) {
        auto* dialog = qobject_cast<QInputDialog*>(w);
        offered = dialog->textValue();
        dialog->accept();
    });
    key(Qt::Key_O);
    EXPECT_EQ(offered, u"sam"_s) << "take it";
    const AlertAction action = only(ActionKind::Assign, u"a1"_s);
    EXPECT_EQ(action.assignee, u"sam"_s);
}

TEST_F(AlertListKeyboardTest, TAddsCommaSeparatedTags)
{
    select({u"a1"_s, u"a3"_s});
    typeIntoDialog(u" db, needs-rca ,, db "_s);
    key(Qt::Key_T);
    ASSERT_TRUE(sent(2));
    for (const AlertAction& action : backend.submitted()) {
        EXPECT_EQ(action.kind, ActionKind::AddTags);
        EXPECT_EQ(action.tags, (QStringList{u"db"_s, u"needs-rca"_s}));
    }
    EXPECT_EQ(sentIds(), (QStringList{u"a1"_s, u"a3"_s}));
}

TEST_F(AlertListKeyboardTest, LettersTypedInTheFilterFieldAreNotShortcuts)
{
    widget.selectAlert(u"a1"_s);
    key(Qt::Key_Slash);
    auto* filter = widget.findChild<QLineEdit*>(u"filterEdit"_s);
    ASSERT_TRUE(filter->hasFocus()) << "/ goes to the filter";

    QTest::keyClicks(filter, u"ace"_s);
    EXPECT_EQ(filter->text(), u"ace"_s);
    QTest::qWait(20);
    EXPECT_TRUE(backend.submitted().isEmpty());

    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_TRUE(widget.view()->hasFocus()) << "Esc goes back to the table";

    // Esc in the table clears a filter too.
    filter->setText(u"memory"_s);
    EXPECT_EQ(visibleIds(), QStringList{u"a3"_s});
    key(Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_EQ(visibleIds().size(), 10);
}

TEST_F(AlertListKeyboardTest, ContextMenuListsEveryActionWithItsKey)
{
    const QAbstractItemModel* shown = widget.view()->model();
    const QRect row = widget.view()->visualRect(shown->index(2, AlertTableModel::MessageColumn));
    QStringList items;
    QTimer::singleShot(0, &widget, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                items.append(action->text() + u' ' + action->shortcut().toString());
        }
        menu->close();
    });
    Q_EMIT widget.view()->customContextMenuRequested(row.center());

    EXPECT_EQ(widget.selectedAlertId(), u"a4"_s) << "a right click selects the row under the pointer";
    EXPECT_EQ(items,
        (QStringList{u"Acknowledge A"_s, u"Unacknowledge U"_s, u"Close C"_s, u"Escalate… E"_s, u"Add note… N"_s,
            u"Snooze… S"_s, u"Assign… O"_s, u"Add tags… T"_s}));
}

TEST_F(AlertListKeyboardTest, QuestionMarkOpensTheHelpAndEscClosesIt)
{
    auto* help = widget.window()->findChild<ShortcutHelpOverlay*>();
    ASSERT_NE(help, nullptr);
    EXPECT_FALSE(help->isVisible());

    key(Qt::Key_Question);
    ASSERT_TRUE(help->isVisible());
    EXPECT_TRUE(help->hasFocus());
    QStringList texts;
    for (const QLabel* label : help->findChildren<QLabel*>())
        texts.append(label->text());
    for (const QString& expected : {u"Acknowledge"_s, u"Snooze"_s, u"Add tags"_s, u"Next alert"_s, u"J  ↓"_s, u"T"_s})
        EXPECT_TRUE(texts.contains(expected)) << expected.toStdString();

    QTest::keyClick(help, Qt::Key_A); // the list behind does not act while the help is open
    QTest::qWait(20);
    EXPECT_TRUE(backend.submitted().isEmpty());

    QTest::keyClick(help, Qt::Key_Escape);
    EXPECT_FALSE(help->isVisible());
    EXPECT_TRUE(widget.view()->hasFocus());

    key(Qt::Key_Question);
    ASSERT_TRUE(help->isVisible());
    QTest::keyClick(help, Qt::Key_Question);
    EXPECT_FALSE(help->isVisible());
}
