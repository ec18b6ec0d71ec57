// The history page: what it lists, how search, filters and sorting narrow it.
#include "AlertHistoryTestSupport.h"

TEST_F(AlertHistoryPageTest, ListsTheLastMonthsResolvedAlertsNewestFirstWithTimesToAckAndClose)
{
    openKnownPage();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1802"_s}))
        << "resolved only, last 30 days: not the open #1810, nor #1650 (40 days) or #1500 (100 days)";
    EXPECT_EQ(shown(AlertHistoryModel::PriorityColumn), (QStringList{u"P2"_s, u"P3"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::MessageColumn).first(), u"Model accuracy below 85%: fraud-scorer at 0.801"_s);
    EXPECT_EQ(shown(AlertHistoryModel::TeamsColumn), (QStringList{u"Data Science"_s, u"Platform"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::ServiceColumn), (QStringList{u"fraud-scorer"_s, u"feature-store"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::AcknowledgedByColumn), (QStringList{u"ada"_s, u"bo"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::TimeToAckColumn), (QStringList{u"4 min"_s, u"12 min"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::TimeToCloseColumn), (QStringList{u"47 min"_s, u"2 h"_s}));
    EXPECT_EQ(shown(AlertHistoryModel::EscalatedColumn), (QStringList{u"yes"_s, QString()}));
    const QDateTime created = kNow.addDays(-2);
    EXPECT_EQ(shown(AlertHistoryModel::CreatedColumn).first(), created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    EXPECT_EQ(page->sortedModel()->index(0, AlertHistoryModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
        u"Created "_s + created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
        << "the tooltip has the full time";
    EXPECT_TRUE(page->sortedModel()
                    ->index(0, AlertHistoryModel::TimeToAckColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"by ada, 4 min after it was created"_s));
    EXPECT_TRUE(page->countLabel()->text().startsWith(u"2 alert"_s)) << page->countLabel()->text().toStdString();
    EXPECT_FALSE(page->errorLabel()->isVisible());
}

TEST_F(AlertHistoryPageTest, ResolvedOnlyHidesAlertsStillOpen)
{
    openKnownPage();
    ASSERT_TRUE(filters()->resolvedOnlyBox()->isChecked()) << "the history is of resolved alerts by default";
    filters()->resolvedOnlyBox()->setChecked(false);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1810"_s, u"#1791"_s, u"#1802"_s}));
    EXPECT_EQ(cell(u"#1810"_s, AlertHistoryModel::TimeToCloseColumn), u"open"_s);
    EXPECT_EQ(cell(u"#1810"_s, AlertHistoryModel::AcknowledgedByColumn), u"cy"_s);
    filters()->resolvedOnlyBox()->setChecked(true);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1802"_s}));
}

TEST_F(AlertHistoryPageTest, SearchFindsWordsTinyIdsAndFullIdsOnceTheUserPauses)
{
    openKnownPage();
    filters()->setRange(AlertHistoryFilterBar::Range::All);
    settle();
    ASSERT_EQ(page->model()->rowCount(), 4);

    QTest::keyClicks(filters()->searchField(), u"LATENCY"_s);
    EXPECT_TRUE(page->isWaiting()) << "typing waits for a pause before it asks";
    QTest::qWait(AlertHistoryFilterBar::typingPauseMs / 3); // long enough for the archive to answer a query
    EXPECT_EQ(page->model()->rowCount(), 4) << "nothing is asked while the user types";
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1650"_s}) << "words in any case";

    filters()->searchField()->setText(u"#1500"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::MessageColumn), QStringList{u"Training job failed: churn-model nightly"_s})
        << "the tiny id as the table shows it";
    filters()->searchField()->setText(u"1802"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1802"_s});
    filters()->searchField()->setText(u"a-1791"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1791"_s}) << "the full id";

    filters()->searchField()->setText(u"kafka lag"_s);
    settle();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->emptyLabel()->isVisible());
    EXPECT_TRUE(page->emptyLabel()->text().contains(u"No alert matches “kafka lag” with these filters."_s))
        << page->emptyLabel()->text().toStdString();
    EXPECT_TRUE(page->emptyLabel()->text().contains(u"The archive holds 5 alert"_s));
    EXPECT_TRUE(page->emptyLabel()->text().contains(u"untick “Resolved only”"_s));
    EXPECT_TRUE(page->countLabel()->text().startsWith(u"0 alert"_s));
}

TEST_F(AlertHistoryPageTest, FiltersNarrowByDateTeamPriorityAndService)
{
    openKnownPage();
    QStringList teams;
    for (int i = 0; i < filters()->teamPicker()->count(); ++i)
        teams.append(filters()->teamPicker()->itemText(i));
    EXPECT_EQ(teams, (QStringList{u"All teams"_s, u"Data Science"_s, u"ML Infra"_s, u"Platform"_s}))
        << "each team once, from every alert in the archive";
    QStringList services;
    for (int i = 0; i < filters()->servicePicker()->count(); ++i)
        services.append(filters()->servicePicker()->itemText(i));
    EXPECT_EQ(services,
        (QStringList{
            u"All services"_s, u"feature-store"_s, u"fraud-scorer"_s, u"gpu-pool"_s, u"ranker"_s, u"trainer"_s}));

    filters()->setRange(AlertHistoryFilterBar::Range::Last7Days);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1791"_s});
    filters()->setRange(AlertHistoryFilterBar::Range::Last90Days);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1802"_s, u"#1650"_s}));
    filters()->setRange(AlertHistoryFilterBar::Range::All);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1802"_s, u"#1650"_s, u"#1500"_s}));

    const QDate today = kNow.toLocalTime().date();
    filters()->setCustomRange(today.addDays(-11), today.addDays(-9));
    settle();
    EXPECT_TRUE(filters()->fromEdit()->isVisible());
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1802"_s}) << "both days whole";
    filters()->setRange(AlertHistoryFilterBar::Range::All);
    settle();
    EXPECT_FALSE(filters()->fromEdit()->isVisible());

    choose(filters()->priorityPicker(), u"P2"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1650"_s}));
    choose(filters()->servicePicker(), u"ranker"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1650"_s});
    choose(filters()->priorityPicker(), u"All priorities"_s);
    choose(filters()->servicePicker(), u"All services"_s);
    choose(filters()->teamPicker(), u"ML Infra"_s);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1500"_s})
        << "#1810 is routed to ML Infra too, but it is still open";
    filters()->resolvedOnlyBox()->setChecked(false);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1810"_s, u"#1500"_s}));
    EXPECT_EQ(cell(u"#1810"_s, AlertHistoryModel::TeamsColumn), u"Platform, ML Infra"_s);
}

TEST_F(AlertHistoryPageTest, SortsOnDurationsNotOnTheirText)
{
    openKnownPage();
    filters()->setRange(AlertHistoryFilterBar::Range::All);
    filters()->resolvedOnlyBox()->setChecked(false);
    settle();
    page->table()->sortByColumn(AlertHistoryModel::TimeToCloseColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(AlertHistoryModel::TimeToCloseColumn),
        (QStringList{u"30 min"_s, u"47 min"_s, u"1 h 30 min"_s, u"2 h"_s, u"open"_s}))
        << "\"2 h\" after \"47 min\", and the open one last";
    page->table()->sortByColumn(AlertHistoryModel::TimeToAckColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(AlertHistoryModel::TimeToAckColumn),
        (QStringList{u"1 min"_s, u"4 min"_s, u"12 min"_s, u"1 h"_s, u"—"_s}));
    page->table()->sortByColumn(AlertHistoryModel::PriorityColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(AlertHistoryModel::PriorityColumn), (QStringList{u"P1"_s, u"P2"_s, u"P2"_s, u"P3"_s, u"P4"_s}));
}
