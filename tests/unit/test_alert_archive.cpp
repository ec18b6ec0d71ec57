#include "archive/AlertArchive.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using archive::AlertArchive;
using archive::HistoryKind;

namespace {

const QDateTime t0 = QDateTime::fromString(u"2026-11-16T02:00:00.000Z"_s, Qt::ISODateWithMs);

alerts::Alert openAlert(const QString& id, const QString& team = u"Data Science"_s)
{
    alerts::Alert a;
    a.id = id;
    a.tinyId = id.section(u'-', 1);
    a.message = u"Model accuracy below 85%: "_s + id;
    a.priority = alerts::Priority::P2;
    a.team = team;
    a.service = u"fraud-scorer"_s;
    a.source = u"prometheus"_s;
    a.createdAt = t0;
    a.updatedAt = t0;
    return a;
}

AlertArchive memory()
{
    auto opened = AlertArchive::open(u":memory:"_s);
    EXPECT_TRUE(opened) << opened.error().detail.toStdString();
    return std::move(*opened);
}

} // namespace

TEST(AlertArchive, AnAlertSeenInEveryPollIsOneAlertWithOneHistory)
{
    auto archive = memory();
    const auto first = archive.observe({openAlert(u"a-1"_s), openAlert(u"a-2"_s)});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->newAlerts, 2);
    EXPECT_EQ(first->newEntries, 2) << "one `created` each";
    const auto again = archive.observe({openAlert(u"a-1"_s), openAlert(u"a-2"_s)});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->newAlerts, 0);
    EXPECT_EQ(again->newEntries, 0);
    EXPECT_EQ(archive.count().value_or(-1), 2);
}

TEST(AlertArchive, ChangesBecomeHistoryWithWhoAndWhen)
{
    auto archive = memory();
    auto alert = openAlert(u"a-1"_s);
    ASSERT_TRUE(archive.observe({alert}));

    alert.status = alerts::AlertStatus::Acknowledged;
    alert.acknowledgedAt = t0.addSecs(240);
    alert.acknowledgedBy = u"ada"_s;
    alert.notes = {{t0.addSecs(300), u"ada"_s, u"label join dropped rows"_s}};
    alert.escalationLevel = 1;
    alert.updatedAt = t0.addSecs(300);
    ASSERT_TRUE(archive.observe({alert}));
    alert.status = alerts::AlertStatus::Closed;
    alert.closedAt = t0.addSecs(2820);
    alert.updatedAt = alert.closedAt;
    const auto closed = archive.observe({alert});
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->newEntries, 1) << "only the close is new";

    const auto history = archive.history(u"a-1"_s);
    ASSERT_TRUE(history);
    QList<HistoryKind> kinds;
    for (const auto& entry : *history)
        kinds.append(entry.kind);
    EXPECT_EQ(kinds,
        (QList<HistoryKind>{HistoryKind::Created, HistoryKind::Acknowledged, HistoryKind::Escalated, HistoryKind::Note,
            HistoryKind::Closed}))
        << "in time order; the escalation and the note were seen in the same poll";
    EXPECT_EQ(history->at(1).actor, u"ada"_s);
    EXPECT_EQ(history->at(1).at, t0.addSecs(240));
    EXPECT_EQ(history->at(3).note, u"label join dropped rows"_s);
    EXPECT_EQ(history->at(3).actor, u"ada"_s);

    const auto records = archive.records({});
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1);
    EXPECT_TRUE(records->at(0).closed);
    EXPECT_DOUBLE_EQ(*records->at(0).ackSeconds, 240.0);
    EXPECT_DOUBLE_EQ(*records->at(0).closeSeconds, 2820.0);
    EXPECT_TRUE(records->at(0).escalated);
    EXPECT_EQ(records->at(0).teams, QStringList{u"Data Science"_s});
}

TEST(AlertArchive, TheFirstAcknowledgementStaysWhenItIsUndoneAndAReopenClearsTheClose)
{
    auto archive = memory();
    auto alert = openAlert(u"a-1"_s);
    alert.status = alerts::AlertStatus::Closed;
    alert.acknowledgedAt = t0.addSecs(60);
    alert.acknowledgedBy = u"ada"_s;
    alert.closedAt = t0.addSecs(600);
    ASSERT_TRUE(archive.observe({alert}));

    alert.status = alerts::AlertStatus::Open; // reopened, acknowledgement taken back
    alert.acknowledgedAt = {};
    alert.acknowledgedBy.clear();
    alert.closedAt = {};
    ASSERT_TRUE(archive.observe({alert}));
    auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0).firstAckAt, t0.addSecs(60));
    EXPECT_EQ(stored->at(0).firstAckBy, u"ada"_s);
    EXPECT_FALSE(stored->at(0).closedAt.isValid()) << "open again: not counted as closed";

    alert.acknowledgedAt = t0.addSecs(900); // a later acknowledgement does not move the first one
    alert.acknowledgedBy = u"bo"_s;
    ASSERT_TRUE(archive.observe({alert}));
    stored = archive.alerts({});
    EXPECT_EQ(stored->at(0).firstAckAt, t0.addSecs(60));
    EXPECT_EQ(stored->at(0).firstAckBy, u"ada"_s);
}

TEST(AlertArchive, QueriesFilterByRangeTeamPriorityServiceAndText)
{
    auto archive = memory();
    QList<alerts::Alert> alerts;
    for (int i = 0; i < 10; ++i) {
        auto a = openAlert(u"a-%1"_s.arg(i), i % 2 ? u"ML Platform"_s : u"Data Science, ML Platform"_s);
        a.createdAt = t0.addDays(i);
        a.priority = alerts::Priority(1 + i % 5);
        a.service = i < 5 ? u"fraud-scorer"_s : u"churn-model"_s;
        alerts.append(a);
    }
    ASSERT_TRUE(archive.observe(alerts));
    const auto count = [&](const archive::ArchiveQuery& q) {
        return archive.alerts(q).value_or(QList<archive::ArchivedAlert>{}).size();
    };
    archive::ArchiveQuery range;
    range.from = t0.addDays(2);
    range.to = t0.addDays(5);
    EXPECT_EQ(count(range), 3) << "from inclusive, to exclusive";
    archive::ArchiveQuery team;
    team.team = u"Data Science"_s;
    EXPECT_EQ(count(team), 5);
    team.team = u"ML Platform"_s;
    EXPECT_EQ(count(team), 10) << "an alert of two teams counts for each";
    archive::ArchiveQuery priority;
    priority.priority = alerts::Priority::P1;
    EXPECT_EQ(count(priority), 2);
    archive::ArchiveQuery service;
    service.service = u"churn-model"_s;
    EXPECT_EQ(count(service), 5);
    archive::ArchiveQuery text;
    text.text = u"a-7"_s;
    EXPECT_EQ(count(text), 1);
    const auto newest = archive.alerts({});
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->first().alertId, u"a-9"_s) << "newest first";
}

TEST(AlertArchive, KeepsWhatItHoldsAcrossAReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.sqlite"_s);
    {
        auto archive = AlertArchive::open(path);
        ASSERT_TRUE(archive);
        ASSERT_TRUE(archive->observe({openAlert(u"a-1"_s)}));
    }
    auto reopened = AlertArchive::open(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->count().value_or(-1), 1);
    const auto again = reopened->observe({openAlert(u"a-1"_s)});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->newAlerts, 0);
}
