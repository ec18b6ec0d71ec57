// The history page: one alert's history, stale answers, limits, empty and failing archives, the screenshot.
#include "AlertHistoryTestSupport.h"

namespace {

// gtest wants one fixture class per suite name, and each file has its own copy of the fixture.
class AlertHistoryDetailTest : public AlertHistoryPageTest
{ };

} // namespace

TEST_F(AlertHistoryDetailTest, SelectingAnAlertShowsWhatHappenedToItInOrderWithWho)
{
    openKnownPage();
    EXPECT_EQ(page->detailView()->entries()->rowCount(), 0);
    EXPECT_TRUE(page->detailView()->titleLabel()->text().startsWith(u"Select an alert"_s));

    page->selectAlert(u"a-1791"_s);
    settle();
    EXPECT_EQ(page->selectedAlertId(), u"a-1791"_s);
    EXPECT_EQ(
        page->detailView()->titleLabel()->text(), u"#1791 · P2 · Model accuracy below 85%: fraud-scorer at 0.801"_s);
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::WhatColumn),
        (QStringList{u"Created"_s, u"Acknowledged"_s, u"Escalated"_s, u"Note"_s, u"Closed"_s}));
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::WhoColumn),
        (QStringList{u"prometheus"_s, u"ada"_s, QString(), u"ada"_s, QString()}));
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::AfterColumn),
        (QStringList{QString(), u"+4 min"_s, u"+4 min"_s, u"+5 min"_s, u"+47 min"_s}));
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::NoteColumn).at(2), u"to level 1"_s);
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::NoteColumn).at(3), u"label join dropped rows"_s);
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::TimeColumn).at(1),
        kNow.addDays(-2).addSecs(240).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    EXPECT_TRUE(page->detailView()->entriesCaption()->text().startsWith(u"History: 5 entr"_s));
    const QStringList labels = visibleLabels();
    EXPECT_TRUE(labels.contains(u"fraud-scorer"_s));
    EXPECT_TRUE(labels.contains(u"a-1791"_s)) << "the full id, to look the alert up elsewhere";
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](const QString& text) {
        return text.endsWith(u" by ada, 4 min after creation"_s);
    })) << labels.join(u'\n').toStdString();

    page->table()->selectRow(1);
    settle();
    EXPECT_EQ(page->selectedAlertId(), u"a-1802"_s);
    EXPECT_EQ(
        entryColumn(AlertHistoryEntriesModel::WhatColumn), (QStringList{u"Created"_s, u"Acknowledged"_s, u"Closed"_s}));
    EXPECT_EQ(entryColumn(AlertHistoryEntriesModel::WhoColumn).at(1), u"bo"_s);

    filters()->searchField()->setText(u"accuracy"_s);
    settle();
    EXPECT_TRUE(page->selectedAlertId().isEmpty());
    EXPECT_EQ(page->detailView()->entries()->rowCount(), 0) << "the alert is no longer listed: neither is its history";
}

TEST_F(AlertHistoryDetailTest, AnAnswerToAReplacedQueryIsNeverShown)
{
    openKnownPage();
    QList<QStringList> everShown;
    QObject::connect(page->model(), &QAbstractItemModel::modelReset, &context,
        [this, &everShown]() { everShown.append(shown(AlertHistoryModel::TinyIdColumn)); });

    // Both asked before the archive answers either: the first answer arrives, but a newer query is on its way.
    filters()->resolvedOnlyBox()->setChecked(false);
    filters()->searchField()->setText(u"stale"_s);
    QTest::keyClick(filters()->searchField(), Qt::Key_Return);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), QStringList{u"#1802"_s});
    EXPECT_EQ(everShown, QList<QStringList>{QStringList{u"#1802"_s}})
        << "the three rows of the first query never flash";

    // The same for the history of a selection that moved on.
    filters()->searchField()->clear();
    QTest::keyClick(filters()->searchField(), Qt::Key_Return);
    settle();
    QStringList everCreated;
    QObject::connect(page->detailView()->entries(), &QAbstractItemModel::modelReset, &context, [this, &everCreated]() {
        const auto* entries = page->detailView()->entries();
        if (entries->rowCount() > 0)
            everCreated.append(entries->index(0, AlertHistoryEntriesModel::NoteColumn).data().toString());
    });
    page->table()->selectRow(0);
    page->table()->selectRow(1);
    page->table()->selectRow(2);
    settle();
    EXPECT_EQ(everCreated, QStringList{u"Feature store is stale: user_features 3 h behind"_s});
}

TEST_F(AlertHistoryDetailTest, TheCountSaysWhenTheLimitCutsTheList)
{
    openKnownPage();
    filters()->setRange(AlertHistoryFilterBar::Range::All);
    filters()->resolvedOnlyBox()->setChecked(false);
    page->setRowLimit(2);
    settle();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1810"_s, u"#1791"_s})) << "the newest two";
    const QString count = page->countLabel()->text();
    EXPECT_TRUE(count.startsWith(u"5 alert"_s) && count.endsWith(u", showing the 2 newest"_s)) << count.toStdString();
    page->setRowLimit(5);
    settle();
    EXPECT_FALSE(page->countLabel()->text().contains(u"showing"_s));
    EXPECT_TRUE(page->countLabel()->text().startsWith(u"5 alert"_s));
}

TEST_F(AlertHistoryDetailTest, AnEmptyArchiveSaysWhereHistoryComesFrom)
{
    openPage(worker.get());
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->emptyLabel()->isVisible());
    EXPECT_TRUE(
        page->emptyLabel()->text().startsWith(u"No archived alerts yet: the console archives every alert it polls"_s));
    EXPECT_EQ(filters()->teamPicker()->count(), 1);
}

TEST_F(AlertHistoryDetailTest, WithoutAnArchiveThePageSaysSo)
{
    openPage(nullptr);
    EXPECT_TRUE(page->emptyLabel()->isVisible());
    EXPECT_TRUE(page->emptyLabel()->text().startsWith(u"No alert archive is open"_s));
    EXPECT_FALSE(filters()->isEnabled());
    page->refresh();
    EXPECT_FALSE(page->isWaiting());
}

TEST_F(AlertHistoryDetailTest, AnArchiveThatCannotBeOpenedSaysWhy)
{
    AlertHistoryPage::ArchiveWorker broken(
        u"archive"_s, []() -> Result<AlertArchive> { return makeError(ErrorCode::Io, u"disk full"_s); }, &context,
        nullptr);
    openPage(&broken);
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->errorLabel()->isVisible());
    EXPECT_EQ(page->errorLabel()->text(), u"Could not read the alert archive: a file could not be read or written."_s);
    EXPECT_TRUE(page->countLabel()->text().isEmpty()) << "no longer reading";
    testers.clear();
    page.reset(); // before the worker it reads from
}

TEST_F(AlertHistoryDetailTest, AFailedReadKeepsTheLastRowsAndSaysWhy)
{
    openKnownPage();
    ASSERT_EQ(page->model()->rowCount(), 2);
    {
        // Another connection takes the tables away under the page.
        auto db = store::Database::open(path, AlertArchive::schema());
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(u"DROP TABLE alert_history"_s));
        ASSERT_TRUE(db->exec(u"DROP TABLE archived_alerts"_s));
    }
    page->refresh();
    settle();
    EXPECT_TRUE(page->errorLabel()->isVisible());
    EXPECT_TRUE(page->errorLabel()->text().startsWith(u"Could not read the alert archive"_s))
        << page->errorLabel()->text().toStdString();
    EXPECT_EQ(shown(AlertHistoryModel::TinyIdColumn), (QStringList{u"#1791"_s, u"#1802"_s}));
    EXPECT_TRUE(page->countLabel()->text().startsWith(u"2 alert"_s));
}

TEST_F(AlertHistoryDetailTest, Screenshot)
{
    using alerts::Priority;
    struct Kind
    {
        const char16_t* message;
        Priority priority;
        const char16_t* team;
        const char16_t* service;
    };
    const Kind kinds[] = {
        {u"Model accuracy below 85%: fraud-scorer at 0.801", Priority::P2, u"Data Science", u"fraud-scorer"},
        {u"Prediction latency p99 above 500 ms: ranker", Priority::P2, u"Data Science", u"ranker"},
        {u"Feature store is stale: user_features 3 h behind", Priority::P3, u"Platform", u"feature-store"},
        {u"GPU node not ready: gpu-node-7", Priority::P1, u"Platform, ML Infra", u"gpu-pool"},
        {u"Training job failed: churn-model nightly", Priority::P4, u"ML Infra", u"trainer"},
        {u"Data drift on feature account_age_days: PSI 0.31", Priority::P3, u"Data Science", u"fraud-scorer"},
        {u"Error rate above 2% on recommendation-api", Priority::P1, u"Search & Recs", u"recommendation-api"},
        {u"Low-confidence predictions above 20%: intent-classifier", Priority::P3, u"NLP", u"intent-classifier"},
        {u"Kafka consumer lag above 50k: embeddings-writer", Priority::P2, u"Platform", u"embeddings-writer"},
        {u"Heartbeat missing: batch-scorer-eu", Priority::P5, u"ML Infra", u"batch-scorer"},
    };
    const QString people[] = {u"ada"_s, u"bo"_s, u"cy"_s, u"dee"_s, u"eli"_s};
    QList<QList<alerts::Alert>> polls;
    for (int i = 0; i < 30; ++i) {
        const Kind& kind = kinds[(i * 7) % std::size(kinds)];
        const QDateTime created = kNow.addSecs(-(i * 19 + 3) * 3600 - i * 1337);
        const bool open = i == 0 || i == 4;
        const qint64 ackAfter = 30 + (i * 173) % 1500;
        polls += lifeOf(alertOf(QString::number(2400 - i * 3), QString::fromUtf16(kind.message), kind.priority,
                            QString::fromUtf16(kind.team), QString::fromUtf16(kind.service), created),
            i % 6 == 5 ? QString() : people[i % std::size(people)], ackAfter,
            open ? 0 : ackAfter + 300 + (i * 977) % 20000, i % 4 == 1 ? 1 : 0,
            i % 3 == 0 ? u"Rolled back to the previous model version; watching the next hour"_s : QString());
    }
    observe(polls);
    openPage(worker.get());
    filters()->resolvedOnlyBox()->setChecked(false);
    settle();
    ASSERT_EQ(page->model()->rowCount(), 30);
    page->table()->selectRow(1);
    settle();
    QTest::qWait(50);

    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    EXPECT_TRUE(page->grab().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/alert-history.png"_s));

    filters()->searchField()->setText(u"kafka lag on orders"_s);
    settle();
    ASSERT_TRUE(page->emptyLabel()->isVisible());
    EXPECT_TRUE(page->grab().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/alert-history-empty.png"_s));
}
