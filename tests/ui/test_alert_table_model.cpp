#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertTableModel.h"
#include "alerts/AlertText.h"
#include "common/Clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

// Readable failures: gtest would otherwise print a QString as raw bytes.
static void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
using namespace wk::alerts;
using wk::ui::AlertFilterProxyModel;
using wk::ui::AlertTableModel;
using Tester = QAbstractItemModelTester;

namespace {

const QDateTime kNow = QDateTime::fromString(u"2026-03-01T03:00:00Z"_s, Qt::ISODate);

Alert makeAlert(const QString& id, const QString& message, Priority priority, qint64 ageSeconds,
    AlertStatus status = AlertStatus::Open, const QString& team = u"ml-platform"_s)
{
    Alert a;
    a.id = id;
    a.alias = id + u"-alias"_s;
    a.message = message;
    a.priority = priority;
    a.status = status;
    a.team = team;
    a.service = u"svc-"_s + id;
    a.createdAt = kNow.addSecs(-ageSeconds);
    a.updatedAt = a.createdAt;
    return a;
}

QList<Alert> fiveAlerts()
{
    return {
        makeAlert(u"a"_s, u"Latency high"_s, Priority::P1, 45),
        makeAlert(u"b"_s, u"Error rate above SLO"_s, Priority::P2, 12 * 60),
        makeAlert(u"c"_s, u"Feature drift on age"_s, Priority::P3, 3 * 3600 + 5 * 60, AlertStatus::Acknowledged),
        makeAlert(u"d"_s, u"GPU memory near limit"_s, Priority::P4, 2 * 86400 + 7200, AlertStatus::Open, u"infra"_s),
        makeAlert(u"e"_s, u"Canary finished"_s, Priority::P5, 600, AlertStatus::Closed, u"infra"_s),
    };
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(text(model, row, column));
    return values;
}

QString statusOf(const AlertTableModel& model, const QString& id)
{
    return text(model, *model.rowOf(id), AlertTableModel::StatusColumn);
}

class AlertTableModelTest : public ::testing::Test
{
protected:
    wk::ManualClock clock{kNow};
    AlertTableModel model{clock};
    Tester modelTester{&model, Tester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(AlertTableModelTest, ShowsOneRowPerAlertWithReadableText)
{
    model.setAlerts(fiveAlerts());
    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), 8);

    const int row = *model.rowOf(u"b"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::PriorityColumn), u"P2"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::StatusColumn), u"Open"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::MessageColumn), u"Error rate above SLO"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::ServiceColumn), u"svc-b"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::TeamColumn), u"ml-platform"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::AgeColumn), u"12 min"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::CountColumn), u"1"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::MessageColumn, AlertTableModel::AlertIdRole), u"b"_s);
    EXPECT_EQ(statusOf(model, u"c"_s), u"Acknowledged"_s);

    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    EXPECT_EQ(headers,
        (QStringList{
            u"Priority"_s, u"Status"_s, u"Message"_s, u"Service"_s, u"Team"_s, u"Owner"_s, u"Age"_s, u"Count"_s}));
}

TEST_F(AlertTableModelTest, AgeReadsTheWayAPersonWouldSayIt)
{
    EXPECT_EQ(wk::ui::ageText(45), u"45 s"_s);
    EXPECT_EQ(wk::ui::ageText(12 * 60 + 59), u"12 min"_s);
    EXPECT_EQ(wk::ui::ageText(3 * 3600 + 5 * 60), u"3 h 5 min"_s);
    EXPECT_EQ(wk::ui::ageText(3 * 3600), u"3 h"_s);
    EXPECT_EQ(wk::ui::ageText(2 * 86400 + 7200), u"2 d"_s);
    EXPECT_EQ(wk::ui::ageText(-5), u"0 s"_s); // backend clock slightly ahead

    model.setAlerts(fiveAlerts());
    EXPECT_EQ(text(model, *model.rowOf(u"a"_s), AlertTableModel::AgeColumn), u"45 s"_s);
    EXPECT_EQ(text(model, *model.rowOf(u"c"_s), AlertTableModel::AgeColumn), u"3 h 5 min"_s);
    EXPECT_EQ(text(model, *model.rowOf(u"d"_s), AlertTableModel::AgeColumn), u"2 d"_s);
}

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

TEST_F(AlertTableModelTest, PriorityIsColouredAndClosedRowsAreGreyed)
{
    model.setAlerts(fiveAlerts());
    const auto foreground = [&](const QString& id, int column) {
        return model.index(*model.rowOf(id), column).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    const auto tinted = [&](const QString& id) {
        return model.index(*model.rowOf(id), AlertTableModel::MessageColumn).data(Qt::BackgroundRole).isValid();
    };
    EXPECT_NE(foreground(u"a"_s, AlertTableModel::PriorityColumn), foreground(u"b"_s, AlertTableModel::PriorityColumn));
    EXPECT_NE(foreground(u"a"_s, AlertTableModel::PriorityColumn), foreground(u"d"_s, AlertTableModel::PriorityColumn));
    EXPECT_TRUE(tinted(u"a"_s));  // P1 open
    EXPECT_TRUE(tinted(u"b"_s));  // P2 open
    EXPECT_FALSE(tinted(u"c"_s)); // acknowledged
    EXPECT_FALSE(tinted(u"d"_s)); // P4
    const QColor grey = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    EXPECT_EQ(foreground(u"e"_s, AlertTableModel::MessageColumn), grey);
    EXPECT_EQ(foreground(u"e"_s, AlertTableModel::PriorityColumn), grey);
}

TEST_F(AlertTableModelTest, SortRoleGivesRawValues)
{
    model.setAlerts(fiveAlerts());
    const int row = *model.rowOf(u"c"_s);
    const auto raw = [&](int column) { return model.index(row, column).data(AlertTableModel::SortRole); };
    EXPECT_EQ(raw(AlertTableModel::PriorityColumn).toInt(), 3);
    EXPECT_EQ(raw(AlertTableModel::StatusColumn).toInt(), int(AlertStatus::Acknowledged));
    EXPECT_EQ(raw(AlertTableModel::AgeColumn).toLongLong(), -kNow.addSecs(-(3 * 3600 + 5 * 60)).toMSecsSinceEpoch());
    EXPECT_EQ(raw(AlertTableModel::CountColumn).toInt(), 1);
}

TEST_F(AlertTableModelTest, ProxySortsAgeByTimeNotByText)
{
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
    model.setAlerts({
        makeAlert(u"w"_s, u"w"_s, Priority::P3, 12 * 60),
        makeAlert(u"x"_s, u"x"_s, Priority::P3, 9 * 60),
        makeAlert(u"y"_s, u"y"_s, Priority::P3, 2 * 3600),
        makeAlert(u"z"_s, u"z"_s, Priority::P3, 45),
    });

    proxy.sort(AlertTableModel::AgeColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, AlertTableModel::AgeColumn), (QStringList{u"45 s"_s, u"9 min"_s, u"12 min"_s, u"2 h"_s}));
    proxy.sort(AlertTableModel::AgeColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, AlertTableModel::AgeColumn), (QStringList{u"2 h"_s, u"12 min"_s, u"9 min"_s, u"45 s"_s}));
}

TEST_F(AlertTableModelTest, DefaultSortIsMostUrgentFirstThenYoungestFirst)
{
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setAlerts({
        makeAlert(u"old-p2"_s, u"old-p2"_s, Priority::P2, 3600),
        makeAlert(u"p3"_s, u"p3"_s, Priority::P3, 10),
        makeAlert(u"p1"_s, u"p1"_s, Priority::P1, 7200),
        makeAlert(u"new-p2"_s, u"new-p2"_s, Priority::P2, 60),
    });
    EXPECT_EQ(column(proxy, AlertTableModel::MessageColumn), (QStringList{u"p1"_s, u"new-p2"_s, u"old-p2"_s, u"p3"_s}));

    // Sorting by status keeps the urgent-first order among equal statuses.
    proxy.sort(AlertTableModel::StatusColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, AlertTableModel::MessageColumn), (QStringList{u"p1"_s, u"new-p2"_s, u"old-p2"_s, u"p3"_s}));
}

TEST_F(AlertTableModelTest, RefreshAgesMovesOnlyTheAgeColumn)
{
    model.setAlerts(fiveAlerts());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    clock.advance(5 * 60 * 1000);
    model.refreshAges();

    ASSERT_EQ(changes.count(), 1);
    const QModelIndex from = changes.at(0).at(0).toModelIndex();
    const QModelIndex to = changes.at(0).at(1).toModelIndex();
    EXPECT_EQ(from.row(), 0);
    EXPECT_EQ(to.row(), model.rowCount() - 1);
    EXPECT_EQ(from.column(), AlertTableModel::AgeColumn);
    EXPECT_EQ(to.column(), AlertTableModel::AgeColumn);
    EXPECT_EQ(text(model, *model.rowOf(u"a"_s), AlertTableModel::AgeColumn), u"5 min"_s);
    EXPECT_EQ(text(model, *model.rowOf(u"b"_s), AlertTableModel::AgeColumn), u"17 min"_s);
}

TEST_F(AlertTableModelTest, ProxyFiltersByTextPriorityTeamAndStatus)
{
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
    model.setAlerts(fiveAlerts());

    const auto visible = [&](const AlertFilter& f) {
        proxy.setFilter(f);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(text(proxy, row, 0, AlertTableModel::AlertIdRole));
        return ids;
    };
    AlertFilter f;
    EXPECT_EQ(visible(f), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    f.text = u"GPU"_s;
    EXPECT_EQ(visible(f), QStringList{u"d"_s});

    f = {};
    f.maxPriority = Priority::P2;
    EXPECT_EQ(visible(f), (QStringList{u"a"_s, u"b"_s}));

    f = {};
    f.team = u"infra"_s;
    EXPECT_EQ(visible(f), QStringList{u"d"_s});
    f.status = AlertFilter::StatusFilter::All;
    EXPECT_EQ(visible(f), (QStringList{u"d"_s, u"e"_s}));

    f = {};
    f.status = AlertFilter::StatusFilter::Acknowledged;
    EXPECT_EQ(visible(f), QStringList{u"c"_s});
    f.status = AlertFilter::StatusFilter::Closed;
    EXPECT_EQ(visible(f), QStringList{u"e"_s});
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
