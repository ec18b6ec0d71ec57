// What the alert table's columns say, how they sort and filter through the proxy, and their tooltips and colours.
#include "test_alert_table_fixture.h"

#include "alerts/AlertText.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QSignalSpy>

using namespace wk::alerttabletest;

TEST_F(AlertTableModelTest, ShowsOneRowPerAlertWithReadableText)
{
    model.setAlerts(fiveAlerts());
    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), 12);

    const int row = *model.rowOf(u"b"_s);
    using M = AlertTableModel;
    expectCells(model, row,
        {{M::PriorityColumn, u"P2"_s}, {M::StatusColumn, u"Open"_s}, {M::MessageColumn, u"Error rate above SLO"_s},
            {M::ServiceColumn, u"svc-b"_s}, {M::TeamColumn, u"ml-platform"_s}, {M::AgeColumn, u"12 min"_s},
            {M::CountColumn, u"1"_s}, {M::AcknowledgedColumn, QString()}});
    EXPECT_EQ(text(model, row, AlertTableModel::MessageColumn, AlertTableModel::AlertIdRole), u"b"_s);
    EXPECT_EQ(statusOf(model, u"c"_s), u"Acknowledged"_s);

    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    EXPECT_EQ(headers,
        (QStringList{u"ID"_s, u"Priority"_s, u"Status"_s, u"Acked by"_s, u"Message"_s, u"Service"_s, u"Teams"_s,
            u"Owner"_s, u"Tags"_s, u"Count"_s, u"Age"_s, u"Last occurred"_s}));
}

TEST_F(AlertTableModelTest, NewColumnsShowIdWhoAcknowledgedTeamsTagsAndLastOccurrence)
{
    Alert a = makeAlert(
        u"a"_s, u"Latency high"_s, Priority::P1, 2 * 3600, AlertStatus::Acknowledged, u"ml-platform, sre"_s);
    a.tinyId = u"1791"_s;
    a.acknowledgedBy = u"dana.k"_s;
    a.acknowledgedAt = kNow.addSecs(-600);
    a.owner = u"lee.m"_s;
    a.tags = {u"latency"_s, u"gpu"_s};
    a.count = 42;
    a.lastOccurredAt = kNow.addSecs(-3 * 60);
    // Backends that only report an owner: the owner of an acknowledged alert acknowledged it.
    Alert b = makeAlert(u"b"_s, u"Disk full"_s, Priority::P3, 60, AlertStatus::Acknowledged);
    b.owner = u"sam"_s;
    Alert c = makeAlert(u"c"_s, u"Queue slow"_s, Priority::P3, 60, AlertStatus::Open);
    c.owner = u"sam"_s;
    model.setAlerts({a, b, c});

    const int row = *model.rowOf(u"a"_s);
    using M = AlertTableModel;
    expectCells(model, row,
        {{M::TinyIdColumn, u"#1791"_s}, {M::AcknowledgedColumn, u"dana.k"_s}, {M::OwnerColumn, u"lee.m"_s},
            {M::TeamColumn, u"ml-platform, sre"_s}, {M::TagsColumn, u"latency, gpu"_s}, {M::CountColumn, u"42"_s},
            {M::AgeColumn, u"2 h"_s}, {M::LastOccurrenceColumn, u"3 min ago"_s}});
    EXPECT_EQ(text(model, *model.rowOf(u"b"_s), M::AcknowledgedColumn), u"sam"_s);
    EXPECT_EQ(text(model, *model.rowOf(u"c"_s), M::AcknowledgedColumn), QString()) << "open: nobody acknowledged it";
    EXPECT_EQ(text(model, *model.rowOf(u"c"_s), M::LastOccurrenceColumn), u"1 min ago"_s) << "falls back to created";

    // Tooltips carry the exact times the cells round off.
    const QString exact = a.lastOccurredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    EXPECT_EQ(text(model, row, M::LastOccurrenceColumn, Qt::ToolTipRole), u"Last occurred "_s + exact);
    EXPECT_EQ(text(model, row, M::AgeColumn, Qt::ToolTipRole),
        u"Created "_s + a.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    EXPECT_EQ(text(model, row, M::AcknowledgedColumn, Qt::ToolTipRole),
        u"Acknowledged by dana.k at "_s + a.acknowledgedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    EXPECT_EQ(text(model, row, M::TinyIdColumn, Qt::ToolTipRole), u"Alert id: a"_s);
    EXPECT_EQ(
        model.index(row, M::TinyIdColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST_F(AlertTableModelTest, NewColumnsSortOnRawValues)
{
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
    QList<Alert> alerts{
        makeAlert(u"w"_s, u"w"_s, Priority::P3, 3600),
        makeAlert(u"x"_s, u"x"_s, Priority::P3, 3600),
        makeAlert(u"y"_s, u"y"_s, Priority::P3, 3600),
        makeAlert(u"z"_s, u"z"_s, Priority::P3, 3600),
    };
    const QStringList tinyIds{u"10"_s, u"9"_s, u"100"_s, u"11"_s};
    const qint64 lastSeconds[] = {50, 7200, 600, 5};
    const QStringList acknowledgers{u"lee.m"_s, u"Dana.k"_s, u"sam"_s, u"amy"_s};
    for (int i = 0; i < 4; ++i) {
        alerts[i].tinyId = tinyIds[i];
        alerts[i].lastOccurredAt = kNow.addSecs(-lastSeconds[i]);
        alerts[i].acknowledgedBy = acknowledgers[i];
        alerts[i].status = AlertStatus::Acknowledged;
    }
    model.setAlerts(alerts);
    const int row = *model.rowOf(u"w"_s);
    EXPECT_EQ(model.index(row, AlertTableModel::TinyIdColumn).data(AlertTableModel::SortRole).toLongLong(), 10);
    EXPECT_EQ(model.index(row, AlertTableModel::LastOccurrenceColumn).data(AlertTableModel::SortRole).toLongLong(),
        -kNow.addSecs(-50).toMSecsSinceEpoch());

    proxy.sort(AlertTableModel::TinyIdColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, AlertTableModel::TinyIdColumn), (QStringList{u"#9"_s, u"#10"_s, u"#11"_s, u"#100"_s}));
    proxy.sort(AlertTableModel::LastOccurrenceColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, AlertTableModel::LastOccurrenceColumn),
        (QStringList{u"5 s ago"_s, u"50 s ago"_s, u"10 min ago"_s, u"2 h ago"_s}));
    proxy.sort(AlertTableModel::AcknowledgedColumn, Qt::AscendingOrder);
    EXPECT_EQ(
        column(proxy, AlertTableModel::AcknowledgedColumn), (QStringList{u"amy"_s, u"Dana.k"_s, u"lee.m"_s, u"sam"_s}));
}

TEST_F(AlertTableModelTest, StatusTooltipSaysWhatTheServiceConfirmed)
{
    model.setAlerts(fiveAlerts());
    const int row = *model.rowOf(u"a"_s);
    model.markPending(u"a"_s, ActionKind::Acknowledge, u"act-1"_s);
    EXPECT_EQ(text(model, row, AlertTableModel::StatusColumn, Qt::ToolTipRole),
        u"Waiting for the alert service to confirm"_s);
    QDateTime at = kNow.toLocalTime();
    at.setTime(QTime(10, 42, 13));
    model.landed(u"act-1"_s, at);
    EXPECT_TRUE(text(model, row, AlertTableModel::StatusColumn, Qt::ToolTipRole)
                    .startsWith(u"Acknowledged at 10:42:13 (confirmed by the alert service)"_s));
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

TEST_F(AlertTableModelTest, RefreshAgesMovesOnlyTheRelativeTimes)
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
    EXPECT_EQ(to.column(), AlertTableModel::LastOccurrenceColumn);
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
