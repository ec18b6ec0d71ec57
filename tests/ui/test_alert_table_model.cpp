// The alert table's rows: one per alert, a poll applied as a diff, the user's pending and failed actions.
#include "test_alert_table_fixture.h"

#include <QFont>
#include <QSignalSpy>

#include <algorithm>
#include <array>

using namespace wk::alerttabletest;

TEST_F(AlertTableModelTest, PollChurnKeepsModelAndProxyConsistent)
{
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(proxy.rowCount(), 4); // the closed one is not active

    alerts.insert(1, makeAlert(u"f"_s, u"Queue depth rising"_s, Priority::P2, 30));
    alerts.append(makeAlert(u"g"_s, u"Node not ready"_s, Priority::P1, 5));
    model.setAlerts(alerts);
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(proxy.rowCount(), 6);

    // Remove two alerts that are not next to each other, and change a third.
    alerts.removeIf([](const Alert& a) { return a.id == u"b"_s || a.id == u"d"_s; });
    alerts[0].message = u"Latency very high"_s;
    alerts[0].count = 7;
    model.setAlerts(alerts);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_FALSE(model.rowOf(u"b"_s).has_value());
    EXPECT_FALSE(model.rowOf(u"d"_s).has_value());
    EXPECT_EQ(text(model, *model.rowOf(u"a"_s), AlertTableModel::MessageColumn), u"Latency very high"_s);

    std::reverse(alerts.begin(), alerts.end());
    model.setAlerts(alerts);
    EXPECT_EQ(model.rowCount(), 5);

    // The same id twice in one poll still makes one row.
    alerts.append(alerts.first());
    model.setAlerts(alerts);
    EXPECT_EQ(model.rowCount(), 5);

    model.setAlerts({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(proxy.rowCount(), 0);

    model.setAlerts(fiveAlerts());
    EXPECT_EQ(model.rowCount(), 5);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.rowOf(model.alertAt(row)->id), row);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(AlertTableModelTest, PollWithAChangedAlertUpdatesTheRowInPlace)
{
    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    const QPersistentModelIndex selected = model.index(*model.rowOf(u"b"_s), 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    alerts[1].count = 4;
    alerts[1].owner = u"dana"_s;
    model.setAlerts(alerts);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(inserts.count(), 0);
    EXPECT_EQ(removals.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), selected.row());
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(text(model, selected.row(), AlertTableModel::CountColumn), u"4"_s);
    EXPECT_EQ(text(model, selected.row(), AlertTableModel::OwnerColumn), u"dana"_s);
}

TEST_F(AlertTableModelTest, APollThatChangesNothingSignalsNothing)
{
    model.setAlerts(fiveAlerts());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setAlerts(fiveAlerts());
    EXPECT_EQ(changes.count(), 0);
}

TEST_F(AlertTableModelTest, ChangedRowsAreReportedAsContiguousRanges)
{
    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    for (int i : {0, 1, 2, 4})
        alerts[i].count += 1;
    model.setAlerts(alerts);

    ASSERT_EQ(changes.count(), 2);
    const auto range = [&](int i) {
        const QModelIndex from = changes.at(i).at(0).toModelIndex();
        const QModelIndex to = changes.at(i).at(1).toModelIndex();
        return std::array{from.row(), to.row(), from.column(), to.column()};
    };
    EXPECT_EQ(range(0), (std::array{0, 2, 0, AlertTableModel::ColumnCount - 1}));
    EXPECT_EQ(range(1), (std::array{4, 4, 0, AlertTableModel::ColumnCount - 1}));
}

TEST_F(AlertTableModelTest, PendingActionShowsUntilConfirmedAndSurvivesPolls)
{
    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    const int row = *model.rowOf(u"a"_s);

    model.markPending(u"a"_s, ActionKind::Acknowledge, u"act-1"_s);
    EXPECT_EQ(statusOf(model, u"a"_s), u"Acknowledging…"_s);
    EXPECT_TRUE(model.index(row, AlertTableModel::StatusColumn).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(model.isPending(u"a"_s));

    // The backend has not landed the ack yet, so the poll still says "open" and brings a new count.
    alerts[0].count = 3;
    model.setAlerts(alerts);
    EXPECT_EQ(statusOf(model, u"a"_s), u"Acknowledging…"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::CountColumn), u"3"_s);

    Alert acked = alerts[0];
    acked.status = AlertStatus::Acknowledged;
    acked.owner = u"sam"_s;
    acked.acknowledgedAt = kNow;
    acked.updatedAt = kNow;
    model.confirm(u"act-1"_s, acked);
    EXPECT_FALSE(model.isPending(u"a"_s));
    EXPECT_EQ(statusOf(model, u"a"_s), u"Acknowledged"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::OwnerColumn), u"sam"_s);
    EXPECT_FALSE(model.index(row, AlertTableModel::StatusColumn).data(Qt::FontRole).value<QFont>().italic());
}

TEST_F(AlertTableModelTest, APollStartedBeforeTheConfirmationDoesNotRollItBack)
{
    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    model.markPending(u"a"_s, ActionKind::Acknowledge, u"act-1"_s);
    Alert acked = alerts[0];
    acked.status = AlertStatus::Acknowledged;
    acked.updatedAt = kNow;
    model.confirm(u"act-1"_s, acked);

    model.setAlerts(alerts); // stale: updatedAt older than the confirmed copy
    EXPECT_EQ(statusOf(model, u"a"_s), u"Acknowledged"_s);

    alerts[0] = acked;
    alerts[0].status = AlertStatus::Closed;
    alerts[0].updatedAt = kNow.addSecs(30);
    model.setAlerts(alerts); // newer news from the backend wins
    EXPECT_EQ(statusOf(model, u"a"_s), u"Closed"_s);
}

TEST_F(AlertTableModelTest, FailedActionShowsTheReasonUntilTheNextSuccessOrDismiss)
{
    QList<Alert> alerts = fiveAlerts();
    model.setAlerts(alerts);
    const int row = *model.rowOf(u"a"_s);

    model.markPending(u"a"_s, ActionKind::Acknowledge, u"act-1"_s);
    model.fail(u"act-1"_s, u"alert is locked"_s);
    EXPECT_FALSE(model.isPending(u"a"_s));
    EXPECT_EQ(statusOf(model, u"a"_s), u"Open"_s);
    EXPECT_TRUE(text(model, row, AlertTableModel::StatusColumn, Qt::ToolTipRole).contains(u"alert is locked"_s));
    EXPECT_TRUE(text(model, row, AlertTableModel::MessageColumn, Qt::ToolTipRole).contains(u"alert is locked"_s));
    EXPECT_TRUE(model.index(row, AlertTableModel::StatusColumn).data(Qt::DecorationRole).isValid());
    EXPECT_EQ(model.failure(u"a"_s), u"Could not acknowledge: alert is locked"_s);

    model.setAlerts(alerts);
    EXPECT_FALSE(model.failure(u"a"_s).isEmpty()) << "a poll does not make a failure go away";

    model.markPending(u"a"_s, ActionKind::AddNote, u"act-2"_s);
    model.confirm(u"act-2"_s, alerts[0]);
    EXPECT_TRUE(model.failure(u"a"_s).isEmpty());
    EXPECT_FALSE(model.index(row, AlertTableModel::StatusColumn).data(Qt::DecorationRole).isValid());

    model.markPending(u"a"_s, ActionKind::Close, u"act-3"_s);
    model.fail(u"act-3"_s, u"timeout"_s);
    EXPECT_EQ(model.failure(u"a"_s), u"Could not close: timeout"_s);
    model.dismissFailure(u"a"_s);
    EXPECT_TRUE(model.failure(u"a"_s).isEmpty());
}

TEST_F(AlertTableModelTest, AlertAtAndRowOfAgree)
{
    model.setAlerts(fiveAlerts());
    EXPECT_EQ(model.alertAt(-1), nullptr);
    EXPECT_EQ(model.alertAt(5), nullptr);
    EXPECT_FALSE(model.rowOf(u"nope"_s).has_value());
    const int row = *model.rowOf(u"d"_s);
    ASSERT_NE(model.alertAt(row), nullptr);
    EXPECT_EQ(model.alertAt(row)->message, u"GPU memory near limit"_s);
}
