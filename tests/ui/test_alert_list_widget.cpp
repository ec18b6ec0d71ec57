#include "alerts/AlertDetailView.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "common/Clock.h"
#include "common/Theme.h"
#include "fakes/FakeAlertBackend.h"
#include "fakes/TestActions.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

// Readable failures: gtest would otherwise print a QString as raw bytes.
static void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
using namespace wk::alerts;
using wk::fakes::FakeAlertBackend;
using wk::ui::AlertDetailView;
using wk::ui::AlertListWidget;
using wk::ui::AlertTableModel;
using Tester = QAbstractItemModelTester;

namespace {

const QDateTime kNow = QDateTime::fromString(u"2026-03-01T03:00:00Z"_s, Qt::ISODate);

Alert makeAlert(const QString& id, const QString& message, Priority priority, qint64 ageSeconds, AlertStatus status,
    const QString& service, const QString& team, const QString& owner = {})
{
    Alert a;
    a.id = id;
    a.alias = service + u'/' + id;
    a.message = message;
    a.priority = priority;
    a.status = status;
    a.service = service;
    a.team = team;
    a.owner = owner;
    a.createdAt = kNow.addSecs(-ageSeconds);
    a.updatedAt = a.createdAt;
    if (status == AlertStatus::Acknowledged)
        a.acknowledgedAt = kNow.addSecs(-ageSeconds / 2);
    if (status == AlertStatus::Closed)
        a.closedAt = kNow.addSecs(-ageSeconds / 3);
    if (status == AlertStatus::Snoozed)
        a.snoozedUntil = kNow.addSecs(3600);
    return a;
}

// A night on call for a team that runs models in production.
QList<Alert> sampleAlerts()
{
    using enum Priority;
    using enum AlertStatus;
    Alert latency = makeAlert(
        u"a1"_s, u"Model serving latency p99 above 800 ms"_s, P1, 45, Open, u"ranker-api"_s, u"ml-platform"_s);
    latency.count = 3;
    latency.description = u"p99 latency of /v2/rank has been above 800 ms for 5 minutes.\n"
                          u"Traffic is normal; GPU queue time is rising."_s;
    latency.tags = {u"latency"_s, u"slo:ranker-availability"_s, u"gpu"_s};
    latency.runbookUrl = u"https://runbooks.example.com/ranker/latency"_s;
    latency.details = {{u"region"_s, u"eu-west-1"_s}, {u"threshold"_s, u"800 ms"_s}, {u"value"_s, u"1.42 s"_s}};
    latency.notes = {{kNow.addSecs(-30), u"dana.k"_s, u"Looking at the GPU node pool."_s}};

    Alert errors = makeAlert(u"a2"_s, u"Inference error rate above 5 %"_s, P1, 12 * 60, Acknowledged, u"fraud-scorer"_s,
        u"risk-ml"_s, u"dana.k"_s);
    errors.escalationLevel = 1;
    errors.count = 14;

    return {
        latency,
        errors,
        makeAlert(u"a3"_s, u"GPU memory above 95 % on gpu-node-7"_s, P2, 3 * 3600 + 5 * 60, Open,
            u"inference-gateway"_s, u"ml-infra"_s),
        makeAlert(u"a4"_s, u"Prediction confidence collapsed for segment \"new users\""_s, P2, 26 * 60, Open,
            u"recommender"_s, u"personalization"_s),
        makeAlert(u"a5"_s, u"Feature drift: PSI 0.31 on account_age_days"_s, P3, 2 * 86400 + 3600, Open,
            u"fraud-scorer"_s, u"risk-ml"_s),
        makeAlert(u"a6"_s, u"Ground-truth labels delayed more than 6 h"_s, P3, 7 * 3600, Snoozed, u"label-pipeline"_s,
            u"data-eng"_s),
        makeAlert(u"a7"_s, u"Batch scoring job ran 40 % longer than usual"_s, P3, 9 * 60, Acknowledged,
            u"batch-scorer"_s, u"data-eng"_s, u"lee.m"_s),
        makeAlert(u"a8"_s, u"Canary model accuracy 0.4 pt below champion"_s, P4, 50 * 60, Open, u"ranker-api"_s,
            u"ml-platform"_s),
        makeAlert(u"a9"_s, u"Feature store read latency elevated"_s, P4, 95 * 60, Open, u"feature-store-online"_s,
            u"ml-infra"_s),
        makeAlert(u"a10"_s, u"Model registry holds 3 stale model versions"_s, P5, 4 * 86400, Open, u"model-registry"_s,
            u"ml-platform"_s),
        makeAlert(u"a11"_s, u"Queue depth above 10k requests"_s, P2, 5 * 3600, Closed, u"inference-gateway"_s,
            u"ml-infra"_s, u"sam"_s),
        makeAlert(u"a12"_s, u"Heartbeat missed from drift-exporter"_s, P5, 20 * 3600, Closed, u"drift-exporter"_s,
            u"ml-platform"_s),
    };
}

class AlertListWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        widget.resize(1200, 500);
        widget.setAlerts(backend.alerts());
    }

    QPushButton* button(const QString& name) { return widget.findChild<QPushButton*>(name); }
    QComboBox* combo(const QString& name) { return widget.findChild<QComboBox*>(name); }
    AlertDetailView* detail() { return widget.findChild<AlertDetailView*>(); }

    // Actions travel through the outbox: sent on the next turns of the event loop, confirmed a poll later.
    bool sent(int count)
    {
        return wk::uitest::waitUntil([&] { return backend.submitted().size() >= count; }, 2000);
    }
    bool settle()
    {
        return wk::uitest::waitUntil([&] { return actions.dispatcher.unfinished() == 0; }, 2000)
            && wk::uitest::waitUntil([&] { return !anyPending(); }, 2000);
    }
    bool anyPending() const
    {
        for (int row = 0; row < widget.model()->rowCount(); ++row) {
            if (widget.model()->isPending(widget.model()->alertAt(row)->id))
                return true;
        }
        return false;
    }
    bool completeNext()
    {
        if (!wk::uitest::waitUntil([&] { return backend.pendingCount() > 0; }, 2000) || !backend.completeNext())
            return false;
        const bool settled = settle();
        QTest::qWait(20); // the alert as the service now has it follows the confirmation
        return settled;
    }
    bool failNext(const QString& reason)
    {
        if (!wk::uitest::waitUntil([&] { return backend.pendingCount() > 0; }, 2000) || !backend.failNext(reason))
            return false;
        const bool settled = settle();
        QTest::qWait(20);
        return settled;
    }

    QString status(const QString& id)
    {
        const AlertTableModel* model = widget.model();
        return model->index(*model->rowOf(id), AlertTableModel::StatusColumn).data().toString();
    }
    QString cell(const QString& id, int column, int role = Qt::DisplayRole)
    {
        const AlertTableModel* model = widget.model();
        return model->index(*model->rowOf(id), column).data(role).toString();
    }
    QStringList visibleIds()
    {
        QStringList ids;
        const QAbstractItemModel* shown = widget.view()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.append(shown->index(row, 0).data(AlertTableModel::AlertIdRole).toString());
        return ids;
    }
    void pollAgain() { widget.setAlerts(backend.alerts()); }

    wk::ManualClock clock{kNow};
    FakeAlertBackend backend{clock, sampleAlerts()};
    wk::fakes::TestActions actions{backend, clock};
    AlertListWidget widget{backend, actions.dispatcher, clock, u"sam"_s};
    Tester modelTester{widget.model(), Tester::FailureReportingMode::Fatal};
    Tester proxyTester{widget.proxy(), Tester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(AlertListWidgetTest, ShowsActiveAlertsMostUrgentFirst)
{
    EXPECT_EQ(visibleIds(),
        (QStringList{u"a1"_s, u"a2"_s, u"a4"_s, u"a3"_s, u"a7"_s, u"a6"_s, u"a5"_s, u"a8"_s, u"a9"_s, u"a10"_s}));
    EXPECT_EQ(widget.view()->model()->index(0, AlertTableModel::MessageColumn).data().toString(),
        u"Model serving latency p99 above 800 ms"_s);
    EXPECT_TRUE(widget.selectedAlertId().isEmpty());
}

TEST_F(AlertListWidgetTest, AcknowledgeShowsPendingUntilTheBackendConfirms)
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
    EXPECT_EQ(cell(u"a1"_s, AlertTableModel::OwnerColumn), u"sam"_s);
    EXPECT_FALSE(button(u"acknowledgeButton"_s)->isEnabled()); // already acknowledged
    EXPECT_TRUE(button(u"closeButton"_s)->isEnabled());
    EXPECT_FALSE(detail()->toPlainText().contains(u"Acknowledging…"_s));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), u"Acknowledged \"Model serving latency p99 above 800 ms\""_s);
}

TEST_F(AlertListWidgetTest, FailedAcknowledgeSaysWhyAndCanBeRetried)
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

TEST_F(AlertListWidgetTest, ArrowKeysThenASelectAndAcknowledge)
{
    widget.show();
    widget.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    widget.view()->setFocus();

    QTest::keyClick(widget.view(), Qt::Key_Down);
    EXPECT_EQ(widget.selectedAlertId(), u"a1"_s);
    QTest::keyClick(widget.view(), Qt::Key_Down);
    QTest::keyClick(widget.view(), Qt::Key_Up);
    ASSERT_EQ(widget.selectedAlertId(), u"a1"_s);

    QTest::keyClick(widget.view(), Qt::Key_A);
    ASSERT_TRUE(sent(1));
    EXPECT_EQ(backend.submitted().at(0).alertId, u"a1"_s);
    EXPECT_EQ(status(u"a1"_s), u"Acknowledging…"_s);

    QTest::keyClick(widget.view(), Qt::Key_A); // a second press while pending does nothing
    QTest::qWait(50);
    EXPECT_EQ(backend.submitted().size(), 1);
}

TEST_F(AlertListWidgetTest, LettersTypedInTheFilterFieldAreNotShortcuts)
{
    widget.show();
    widget.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    widget.selectAlert(u"a1"_s);
    auto* filter = widget.findChild<QLineEdit*>(u"filterEdit"_s);
    filter->setFocus();

    QTest::keyClicks(filter, u"ace"_s);
    EXPECT_EQ(filter->text(), u"ace"_s);
    EXPECT_TRUE(backend.submitted().isEmpty());

    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
}

TEST_F(AlertListWidgetTest, ButtonsOnlyOfferWhatAppliesToTheSelectedAlert)
{
    const auto enabled = [&] {
        QString s;
        for (const QString& name : {u"acknowledgeButton"_s, u"closeButton"_s, u"escalateButton"_s, u"addNoteButton"_s})
            s += button(name)->isEnabled() ? u'1' : u'0';
        return s;
    };
    EXPECT_EQ(enabled(), u"0000"_s) << "nothing selected";
    widget.selectAlert(u"a1"_s);
    EXPECT_EQ(enabled(), u"1111"_s) << "open";
    widget.selectAlert(u"a2"_s);
    EXPECT_EQ(enabled(), u"0111"_s) << "acknowledged";
    widget.selectAlert(u"a6"_s);
    EXPECT_EQ(enabled(), u"1111"_s) << "snoozed";

    combo(u"statusCombo"_s)->setCurrentIndex(combo(u"statusCombo"_s)->findText(u"All statuses"_s));
    widget.selectAlert(u"a11"_s);
    EXPECT_EQ(enabled(), u"0001"_s) << "closed: only a note";

    widget.selectAlert(u"a3"_s);
    widget.escalateSelected();
    EXPECT_EQ(enabled(), u"0001"_s) << "escalation pending";
    ASSERT_TRUE(completeNext());
    EXPECT_EQ(enabled(), u"1111"_s);
}

TEST_F(AlertListWidgetTest, SelectionSurvivesAPollThatInsertsRemovesAndChanges)
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

TEST_F(AlertListWidgetTest, FiltersReduceTheVisibleRows)
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

TEST_F(AlertListWidgetTest, TeamListHoldsTheTeamsSeenInTheData)
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

TEST_F(AlertListWidgetTest, SelectingAnAlertTellsWhichServiceToShow)
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

TEST_F(AlertListWidgetTest, AddNoteAsksForTheTextAndSendsIt)
{
    widget.selectAlert(u"a1"_s);
    QTimer::singleShot(0, &widget, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(u"Drained gpu-node-7; latency recovering."_s);
        dialog->accept();
    });
    button(u"addNoteButton"_s)->click();

    ASSERT_TRUE(sent(1));
    EXPECT_EQ(backend.submitted().at(0).kind, ActionKind::AddNote);
    EXPECT_EQ(backend.submitted().at(0).note, u"Drained gpu-node-7; latency recovering."_s);
    EXPECT_EQ(status(u"a1"_s), u"Adding note…"_s);
    EXPECT_TRUE(button(u"addNoteButton"_s)->isEnabled()) << "notes may pile up while one is on its way";

    ASSERT_TRUE(completeNext());
    EXPECT_EQ(status(u"a1"_s), u"Open"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"Drained gpu-node-7; latency recovering."_s));
    EXPECT_TRUE(detail()->toPlainText().contains(u"sam"_s));
}

TEST_F(AlertListWidgetTest, AnEmptyOrCancelledNoteSendsNothing)
{
    widget.selectAlert(u"a1"_s);
    QTimer::singleShot(0, &widget, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(u"   \n "_s);
        dialog->accept();
    });
    widget.addNoteToSelected();
    QTimer::singleShot(0, &widget, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(u"never mind"_s);
        dialog->reject();
    });
    widget.addNoteToSelected();
    EXPECT_TRUE(backend.submitted().isEmpty());
    EXPECT_EQ(status(u"a1"_s), u"Open"_s);
}

TEST_F(AlertListWidgetTest, EscalateAndCloseGoThroughTheBackend)
{
    QSignalSpy finished(&widget, &AlertListWidget::actionFinished);
    widget.selectAlert(u"a3"_s);
    EXPECT_TRUE(detail()->toPlainText().contains(u"primary on call"_s));

    widget.escalateSelected();
    EXPECT_EQ(status(u"a3"_s), u"Escalating…"_s);
    ASSERT_TRUE(completeNext());
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

TEST_F(AlertListWidgetTest, DetailPaneShowsDescriptionRunbookTagsDetailsAndNotes)
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

TEST_F(AlertListWidgetTest, Screenshot)
{
    // The dark theme is what people see; restore the test process's look afterwards.
    const QString oldStyle = QApplication::style()->name();
    const QPalette oldPalette = QApplication::palette();
    wk::ui::theme::apply(*qApp);

    {
        AlertListWidget shown(backend, actions.dispatcher, clock, u"sam"_s);
        shown.resize(1200, 500);
        shown.setAlerts(backend.alerts());
        auto* status = shown.findChild<QComboBox*>(u"statusCombo"_s);
        status->setCurrentIndex(status->findText(u"All statuses"_s));
        shown.model()->markPending(u"a3"_s, ActionKind::Escalate, u"pending-1"_s);
        shown.model()->markPending(u"a4"_s, ActionKind::Acknowledge, u"failed-1"_s);
        shown.model()->fail(u"failed-1"_s, u"the alert service refused it (HTTP 409): alert is locked"_s);
        shown.selectAlert(u"a1"_s);
        shown.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&shown));

        const QImage image = shown.grab().toImage();
        EXPECT_EQ(image.size(), QSize(1200, 500) * image.devicePixelRatio());
        QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
        EXPECT_TRUE(image.save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/alert-list.png"_s));
    }

    QApplication::setStyle(QStyleFactory::create(oldStyle));
    QApplication::setPalette(oldPalette);
}
