#include "outbox/ActionOutbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace Qt::StringLiterals;
using wk::alerts::ActionKind;
using wk::alerts::AlertAction;
using wk::outbox::ActionOutbox;
using wk::outbox::OutboxRecord;
using wk::outbox::OutboxState;

namespace {

const QString opsgenie = u"opsgenie https://api.eu.opsgenie.com"_s;
const QString alertmanager = u"alertmanager http://127.0.0.1:9093"_s;
const QDateTime t0 = QDateTime::fromString(u"2026-03-01T12:00:00.000Z"_s, Qt::ISODateWithMs);

constexpr ActionKind allKinds[] = {ActionKind::Acknowledge, ActionKind::Unacknowledge, ActionKind::Close,
    ActionKind::Escalate, ActionKind::AddNote, ActionKind::Snooze, ActionKind::Assign, ActionKind::AddTags};

AlertAction fullAction(ActionKind kind, int i)
{
    AlertAction action;
    action.kind = kind;
    action.alertId = u"alert-%1"_s.arg(i);
    action.user = u"zoë"_s;
    action.note = u"Disk «full» on node-%1 — 🚒 see runbook\nline two\t'quoted' \"double\""_s.arg(i);
    // A non-UTC offset and milliseconds: stored as UTC, read back as the same instant.
    action.snoozeUntil = QDateTime(QDate(2026, 3, 1), QTime(14, 30, 15, 123), QTimeZone(3600)).addSecs(i);
    action.assignee = u"ada.lovelace"_s;
    action.escalation = u"Platform → SRE"_s;
    action.tags = {u"db"_s, u"ünïcødé"_s, QString(u""_s), u"with,comma"_s, u"[json]"_s};
    action.requestedAt = t0.addMSecs(987 + i);
    return action;
}

void expectSameString(const QString& stored, const QString& wanted, const char* field)
{
    EXPECT_EQ(stored, wanted) << field;
    EXPECT_EQ(stored.isNull(), wanted.isNull()) << field << " null-ness";
}

void expectSameTime(const QDateTime& stored, const QDateTime& wanted, const char* field)
{
    EXPECT_EQ(stored.isValid(), wanted.isValid()) << field;
    if (wanted.isValid()) {
        EXPECT_EQ(stored.toMSecsSinceEpoch(), wanted.toMSecsSinceEpoch()) << field;
    }
}

void expectSameAction(const AlertAction& stored, const AlertAction& wanted)
{
    expectSameString(stored.actionId, wanted.actionId, "actionId");
    EXPECT_EQ(stored.kind, wanted.kind);
    expectSameString(stored.alertId, wanted.alertId, "alertId");
    expectSameString(stored.user, wanted.user, "user");
    expectSameString(stored.note, wanted.note, "note");
    expectSameTime(stored.snoozeUntil, wanted.snoozeUntil, "snoozeUntil");
    expectSameString(stored.assignee, wanted.assignee, "assignee");
    expectSameString(stored.escalation, wanted.escalation, "escalation");
    EXPECT_EQ(stored.tags, wanted.tags);
    expectSameTime(stored.requestedAt, wanted.requestedAt, "requestedAt");
}

ActionOutbox openOrDie(const QString& path)
{
    auto outbox = ActionOutbox::open(path);
    if (!outbox)
        throw std::runtime_error(outbox.error().detail.toStdString());
    return std::move(*outbox);
}

QStringList ids(const QList<OutboxRecord>& records)
{
    QStringList out;
    for (const OutboxRecord& record : records)
        out.append(record.action.alertId);
    return out;
}

} // namespace

TEST(ActionOutbox, StateTokensAreStable)
{
    const QStringList names = {u"queued"_s, u"sending"_s, u"uncertain"_s, u"accepted"_s, u"landed"_s, u"failed"_s};
    for (const QString& name : names) {
        const auto state = wk::outbox::stateFromName(name);
        ASSERT_TRUE(state) << name.toStdString();
        EXPECT_EQ(wk::outbox::stateName(*state), name);
    }
    EXPECT_FALSE(wk::outbox::stateFromName(u"done"_s));
}

TEST(ActionOutbox, EveryKindRoundTripsWithAllFieldsAcrossReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.db"_s);
    QList<AlertAction> added;
    {
        ActionOutbox outbox = openOrDie(path);
        int i = 0;
        for (ActionKind kind : allKinds) {
            const AlertAction action = fullAction(kind, i++);
            auto record = outbox.add(action, opsgenie, t0);
            ASSERT_TRUE(record) << record.error().detail.toStdString();
            expectSameAction(record->action, action);
            EXPECT_EQ(record->state, OutboxState::Queued);
            EXPECT_EQ(record->attempts, 0);
            EXPECT_EQ(record->backend, opsgenie);
            expectSameTime(record->createdAt, t0, "createdAt");
            expectSameTime(record->updatedAt, t0, "updatedAt");
            EXPECT_FALSE(record->landedAt.isValid());
            EXPECT_FALSE(record->notBefore.isValid());
            EXPECT_TRUE(record->requestId.isNull());
            EXPECT_TRUE(record->error.isNull());
            added.append(action);
        }
    }
    ActionOutbox outbox = openOrDie(path);
    for (const AlertAction& action : added) {
        auto found = outbox.find(action.actionId);
        ASSERT_TRUE(found && found->has_value()) << action.actionId.toStdString();
        expectSameAction((*found)->action, action);
        EXPECT_EQ((*found)->createdAt.timeSpec(), Qt::UTC);
    }
    auto missing = outbox.find(u"no-such-action"_s);
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST(ActionOutbox, EmptyAndNullFieldsStayApart)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    AlertAction sparse;
    sparse.kind = ActionKind::AddNote;
    sparse.alertId = u"a1"_s;
    sparse.note = u""_s; // empty, not null
    ASSERT_TRUE(sparse.user.isNull() && sparse.assignee.isNull() && !sparse.snoozeUntil.isValid());
    ASSERT_TRUE(outbox.add(sparse, opsgenie, t0));
    auto found = outbox.find(sparse.actionId);
    ASSERT_TRUE(found && found->has_value());
    expectSameAction((*found)->action, sparse);
    EXPECT_TRUE((*found)->action.tags.isEmpty());
}

TEST(ActionOutbox, AddingTheSameActionTwiceReturnsTheStoredRecord)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    const AlertAction action = fullAction(ActionKind::Acknowledge, 1);
    auto first = outbox.add(action, opsgenie, t0);
    ASSERT_TRUE(first);
    OutboxRecord sent = *first;
    sent.state = OutboxState::Accepted;
    sent.requestId = u"req-1"_s;
    sent.attempts = 1;
    sent.updatedAt = t0.addSecs(1);
    ASSERT_TRUE(outbox.update(sent));

    AlertAction changed = action;
    changed.kind = ActionKind::Close;
    changed.note = u"something else"_s;
    auto second = outbox.add(changed, alertmanager, t0.addSecs(60));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->seq, first->seq);
    expectSameAction(second->action, action);
    EXPECT_EQ(second->backend, opsgenie);
    EXPECT_EQ(second->state, OutboxState::Accepted);
    EXPECT_EQ(second->requestId, u"req-1"_s);
    expectSameTime(second->createdAt, t0, "createdAt");
    auto all = outbox.recent(10);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1);
}

TEST(ActionOutbox, RefusesIncompleteEntries)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    AlertAction noId = fullAction(ActionKind::Close, 1);
    noId.actionId.clear();
    EXPECT_FALSE(outbox.add(noId, opsgenie, t0));
    EXPECT_FALSE(outbox.add(fullAction(ActionKind::Close, 1), QString(), t0));
    EXPECT_FALSE(outbox.add(fullAction(ActionKind::Close, 1), opsgenie, QDateTime()));
}

TEST(ActionOutbox, UnfinishedAreInEntryOrderForOneBackend)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    QList<OutboxRecord> records;
    for (int i = 0; i < 8; ++i) {
        auto record = outbox.add(fullAction(allKinds[i], i), i % 3 == 2 ? alertmanager : opsgenie, t0.addSecs(i));
        ASSERT_TRUE(record);
        records.append(*record);
    }
    // a0 a1 (m2) a3 a4 (m5) a6 a7: land a1, fail a4, the rest are in every other state.
    const OutboxState states[] = {OutboxState::Uncertain, OutboxState::Landed, OutboxState::Queued,
        OutboxState::Sending, OutboxState::Failed, OutboxState::Queued, OutboxState::Accepted, OutboxState::Queued};
    for (int i = 0; i < 8; ++i) {
        records[i].state = states[i];
        records[i].updatedAt = t0.addSecs(100);
        ASSERT_TRUE(outbox.update(records[i]));
    }
    auto pending = outbox.unfinished(opsgenie);
    ASSERT_TRUE(pending);
    EXPECT_EQ(ids(*pending), (QStringList{u"alert-0"_s, u"alert-3"_s, u"alert-6"_s, u"alert-7"_s}));
    auto other = outbox.unfinished(alertmanager);
    ASSERT_TRUE(other);
    EXPECT_EQ(ids(*other), (QStringList{u"alert-2"_s, u"alert-5"_s}));
    auto none = outbox.unfinished(u"pagerduty https://api.pagerduty.com"_s);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(ActionOutbox, StateTransitionsSurviveReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.db"_s);
    const AlertAction action = fullAction(ActionKind::Snooze, 7);
    {
        ActionOutbox outbox = openOrDie(path);
        ASSERT_TRUE(outbox.add(action, opsgenie, t0));
    }
    struct Step
    {
        OutboxState state;
        QString requestId;
        QString error;
        bool landed;
        bool backoff;
    };
    const Step steps[] = {
        {OutboxState::Sending, {}, {}, false, false},
        {OutboxState::Uncertain, {}, u"timeout after 10 s"_s, false, true},
        {OutboxState::Sending, {}, {}, false, false},
        {OutboxState::Accepted, u"5a1b-req"_s, {}, false, false},
        {OutboxState::Landed, u"5a1b-req"_s, {}, true, false},
    };
    int n = 0;
    for (const Step& step : steps) {
        ++n;
        const QDateTime when = t0.addMSecs(1001 * n);
        {
            ActionOutbox outbox = openOrDie(path);
            auto found = outbox.find(action.actionId);
            ASSERT_TRUE(found && found->has_value());
            OutboxRecord record = **found;
            record.state = step.state;
            record.requestId = step.requestId;
            record.error = step.error;
            record.attempts = n;
            record.updatedAt = when;
            record.landedAt = step.landed ? when : QDateTime();
            record.notBefore = step.backoff ? when.addSecs(30) : QDateTime();
            ASSERT_TRUE(outbox.update(record));
        }
        ActionOutbox outbox = openOrDie(path);
        auto found = outbox.find(action.actionId);
        ASSERT_TRUE(found && found->has_value());
        const OutboxRecord& stored = **found;
        EXPECT_EQ(stored.state, step.state) << "step " << n;
        expectSameString(stored.requestId, step.requestId, "requestId");
        expectSameString(stored.error, step.error, "error");
        EXPECT_EQ(stored.attempts, n);
        expectSameTime(stored.updatedAt, when, "updatedAt");
        expectSameTime(stored.landedAt, step.landed ? when : QDateTime(), "landedAt");
        expectSameTime(stored.notBefore, step.backoff ? when.addSecs(30) : QDateTime(), "notBefore");
        expectSameTime(stored.createdAt, t0, "createdAt");
        expectSameAction(stored.action, action);
    }
    ActionOutbox outbox = openOrDie(path);
    auto integrity = outbox.integrityCheck();
    ASSERT_TRUE(integrity);
    EXPECT_TRUE(*integrity);
}

TEST(ActionOutbox, UpdateOfAnUnknownActionIsNotFound)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    OutboxRecord record;
    record.updatedAt = t0;
    auto updated = outbox.update(record);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, wk::ErrorCode::NotFound);
}

TEST(ActionOutbox, PruneRemovesOnlyOldFinishedRecords)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    const struct
    {
        OutboxState state;
        int ageDays;
    } rows[] = {
        {OutboxState::Landed, 40},
        {OutboxState::Failed, 40},
        {OutboxState::Queued, 40},
        {OutboxState::Uncertain, 40},
        {OutboxState::Landed, 2},
        {OutboxState::Accepted, 40},
    };
    const QDateTime now = t0.addDays(60);
    int i = 0;
    for (const auto& row : rows) {
        auto record = outbox.add(fullAction(ActionKind::Close, i++), opsgenie, now.addDays(-row.ageDays));
        ASSERT_TRUE(record);
        record->state = row.state;
        record->updatedAt = now.addDays(-row.ageDays);
        ASSERT_TRUE(outbox.update(*record));
    }
    auto pruned = outbox.prune(now.addDays(-30));
    ASSERT_TRUE(pruned);
    EXPECT_EQ(*pruned, 2);
    auto left = outbox.recent(100);
    ASSERT_TRUE(left);
    EXPECT_EQ(ids(*left), (QStringList{u"alert-5"_s, u"alert-4"_s, u"alert-3"_s, u"alert-2"_s}));
    auto again = outbox.prune(now.addDays(-30));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, 0);
}

TEST(ActionOutbox, RecentIsNewestFirstAcrossBackends)
{
    ActionOutbox outbox = openOrDie(u":memory:"_s);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(outbox.add(fullAction(ActionKind::AddNote, i), i % 2 ? alertmanager : opsgenie, t0.addSecs(i)));
    auto three = outbox.recent(3);
    ASSERT_TRUE(three);
    EXPECT_EQ(ids(*three), (QStringList{u"alert-4"_s, u"alert-3"_s, u"alert-2"_s}));
    ASSERT_GE(three->size(), 2);
    EXPECT_GT(three->at(0).seq, three->at(1).seq);
    auto none = outbox.recent(0);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(ActionOutbox, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.db"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is a note, not a database\n");
    file.close();
    auto outbox = ActionOutbox::open(path);
    ASSERT_FALSE(outbox);
    EXPECT_TRUE(outbox.error().detail.contains(u"not a SQLite database"_s));
}

TEST(ActionOutbox, ABulkAddIsAllOrNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"outbox.sqlite"_s);
    {
        ActionOutbox outbox = openOrDie(path);
        QList<AlertAction> bulk;
        for (int i = 0; i < 8; ++i)
            bulk.append(fullAction(allKinds[i], i));
        auto added = outbox.addAll(bulk, opsgenie, t0);
        ASSERT_TRUE(added) << added.error().detail.toStdString();
        ASSERT_EQ(added->size(), 8);
        for (int i = 0; i < 8; ++i)
            expectSameAction(added->at(i).action, bulk.at(i));

        // One bad entry (no action id) and none of the batch is kept.
        QList<AlertAction> broken{fullAction(ActionKind::Close, 20), fullAction(ActionKind::Close, 21)};
        broken[1].actionId.clear();
        EXPECT_FALSE(outbox.addAll(broken, opsgenie, t0));
        auto found = outbox.find(broken[0].actionId);
        ASSERT_TRUE(found);
        EXPECT_FALSE(found->has_value()) << "a failed batch leaves nothing behind";
    }
    ActionOutbox reopened = openOrDie(path);
    auto pending = reopened.unfinished(opsgenie);
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->size(), 8);
}
