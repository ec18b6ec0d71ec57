#include "outbox/ActionOutbox.h"

#include "common/Logging.h"

#include "store/RowReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace wk::outbox {

namespace {

constexpr std::pair<OutboxState, QStringView> stateTokens[] = {
    {OutboxState::Queued, u"queued"},
    {OutboxState::Sending, u"sending"},
    {OutboxState::Uncertain, u"uncertain"},
    {OutboxState::Accepted, u"accepted"},
    {OutboxState::Landed, u"landed"},
    {OutboxState::Failed, u"failed"},
};

// The order fromRow() reads them in.
const QString columns = u"seq, action_id, backend, kind, alert_id, user_name, note, snooze_until, assignee, "
                        "escalation, tags, requested_at, state, request_id, attempts, created_at, updated_at, "
                        "landed_at, error, not_before"_s;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// NULL for a null string, so that "no note" and "an empty note" stay apart.
QVariant textValue(const QString& text)
{
    return text.isNull() ? nullText() : QVariant(text);
}

// Fixed-width UTC text with milliseconds: it round-trips exactly and sorts as time does.
QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

QString tagsText(const QStringList& tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QString finishedStates()
{
    return u"('%1', '%2')"_s.arg(stateName(OutboxState::Landed), stateName(OutboxState::Failed));
}

Result<OutboxRecord> fromRow(const QSqlQuery& query, const QString& path)
{
    store::RowReader row(query);
    OutboxRecord record;
    record.seq = query.value(0).toLongLong();
    record.action.actionId = row.text(1);
    record.backend = row.text(2);
    if (const auto kind = alerts::actionFromToken(row.text(3)))
        record.action.kind = *kind;
    else
        row.fail(u"an unknown action \"%1\""_s.arg(row.text(3)));
    record.action.alertId = row.text(4);
    record.action.user = row.text(5);
    record.action.note = row.text(6);
    record.action.snoozeUntil = row.time(7);
    record.action.assignee = row.text(8);
    record.action.escalation = row.text(9);
    record.action.tags = row.strings(10);
    record.action.requestedAt = row.time(11);
    if (const auto state = stateFromName(row.text(12)))
        record.state = *state;
    else
        row.fail(u"an unknown state \"%1\""_s.arg(row.text(12)));
    record.requestId = row.text(13);
    record.attempts = query.value(14).toInt();
    record.createdAt = row.time(15);
    record.updatedAt = row.time(16);
    record.landedAt = row.time(17);
    record.error = row.text(18);
    record.notBefore = row.time(19);
    if (!row.problem().isEmpty())
        return makeError(
            ErrorCode::Io, u"%1: outbox entry %2 has %3"_s.arg(path, QString::number(record.seq), row.problem()));
    return record;
}

} // namespace

QString stateName(OutboxState state)
{
    for (const auto& [s, token] : stateTokens) {
        if (s == state)
            return token.toString();
    }
    return {};
}

std::optional<OutboxState> stateFromName(const QString& name)
{
    for (const auto& [s, token] : stateTokens) {
        if (token == name)
            return s;
    }
    return std::nullopt;
}

bool isFinished(OutboxState state)
{
    return state == OutboxState::Landed || state == OutboxState::Failed;
}

store::Schema ActionOutbox::schema()
{
    return store::Schema{
        .name = u"outbox"_s,
        .migrations = {{
            .version = 1,
            .statements = {u"CREATE TABLE outbox_actions ("
                           "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "action_id TEXT UNIQUE NOT NULL, "
                           "backend TEXT NOT NULL, "
                           "kind TEXT NOT NULL, "
                           "alert_id TEXT, "
                           "user_name TEXT, "
                           "note TEXT, "
                           "snooze_until TEXT, "
                           "assignee TEXT, "
                           "escalation TEXT, "
                           "tags TEXT NOT NULL DEFAULT '[]', "
                           "requested_at TEXT, "
                           "state TEXT NOT NULL, "
                           "request_id TEXT, "
                           "attempts INTEGER NOT NULL DEFAULT 0, "
                           "created_at TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, "
                           "landed_at TEXT, "
                           "error TEXT, "
                           "not_before TEXT)"_s,
                u"CREATE INDEX outbox_actions_backend_state ON outbox_actions (backend, state)"_s},
        }},
    };
}

ActionOutbox::ActionOutbox(store::Database db)
    : m_db(std::move(db))
{ }

Result<ActionOutbox> ActionOutbox::open(const QString& path)
{
    auto db = store::Database::open(path, schema());
    if (!db)
        return std::unexpected(db.error());
    return ActionOutbox(std::move(*db));
}

Result<OutboxRecord> ActionOutbox::add(const alerts::AlertAction& action, const QString& backend, const QDateTime& now)
{
    if (action.actionId.isEmpty() || backend.isEmpty() || !now.isValid())
        return makeError(
            ErrorCode::Io, u"%1: an outbox entry needs an action id, a backend and the time"_s.arg(path()));
    // One statement, so one commit and one fsync; an id that is already there is left alone.
    auto inserted = m_db.exec(u"INSERT INTO outbox_actions (action_id, backend, kind, alert_id, user_name, note, "
                              "snooze_until, assignee, escalation, tags, requested_at, state, attempts, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
                              "ON CONFLICT (action_id) DO NOTHING"_s,
        {action.actionId, backend, alerts::actionToken(action.kind), textValue(action.alertId), textValue(action.user),
            textValue(action.note), timeValue(action.snoozeUntil), textValue(action.assignee),
            textValue(action.escalation), tagsText(action.tags), timeValue(action.requestedAt),
            stateName(OutboxState::Queued), timeValue(now), timeValue(now)});
    if (!inserted)
        return std::unexpected(inserted.error());
    const bool isNew = inserted->numRowsAffected() > 0;
    inserted = QSqlQuery();

    auto stored = find(action.actionId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return makeError(
            ErrorCode::Io, u"%1: action %2 vanished right after it was added"_s.arg(path(), action.actionId));
    if (!isNew && (*stored)->backend != backend)
        logging::get("store")->warn(
            "action {} is already queued for {}; not queuing it for {}", action.actionId, (*stored)->backend, backend);
    return std::move(**stored);
}

Result<QList<OutboxRecord>> ActionOutbox::addAll(
    const QList<alerts::AlertAction>& actions, const QString& backend, const QDateTime& now)
{
    QList<OutboxRecord> records;
    records.reserve(actions.size());
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const alerts::AlertAction& action : actions) {
            auto record = add(action, backend, now);
            if (!record)
                return std::unexpected(record.error());
            records.append(std::move(*record));
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return records;
}

Result<void> ActionOutbox::update(const OutboxRecord& record)
{
    if (!record.updatedAt.isValid())
        return makeError(
            ErrorCode::Io, u"%1: update of action %2 without a time"_s.arg(path(), record.action.actionId));
    auto updated = m_db.exec(u"UPDATE outbox_actions SET state = ?, request_id = ?, attempts = ?, updated_at = ?, "
                             "landed_at = ?, error = ?, not_before = ? WHERE action_id = ?"_s,
        {stateName(record.state), textValue(record.requestId), record.attempts, timeValue(record.updatedAt),
            timeValue(record.landedAt), textValue(record.error), timeValue(record.notBefore), record.action.actionId});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"%1: no action %2 in the outbox"_s.arg(path(), record.action.actionId));
    return {};
}

Result<std::optional<OutboxRecord>> ActionOutbox::find(const QString& actionId) const
{
    auto records = select(u"WHERE action_id = ?"_s, {actionId});
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return std::optional<OutboxRecord>();
    return std::optional<OutboxRecord>(records->takeFirst());
}

Result<QList<OutboxRecord>> ActionOutbox::unfinished(const QString& backend) const
{
    return select(u"WHERE backend = ? AND state NOT IN "_s + finishedStates() + u" ORDER BY seq"_s, {backend});
}

Result<QList<OutboxRecord>> ActionOutbox::recent(int limit) const
{
    if (limit <= 0)
        return QList<OutboxRecord>();
    return select(u"ORDER BY seq DESC LIMIT ?"_s, {limit});
}

Result<int> ActionOutbox::prune(const QDateTime& olderThan)
{
    auto pruned
        = m_db.exec(u"DELETE FROM outbox_actions WHERE state IN "_s + finishedStates() + u" AND updated_at < ?"_s,
            {timeValue(olderThan)});
    if (!pruned)
        return std::unexpected(pruned.error());
    return pruned->numRowsAffected();
}

Result<bool> ActionOutbox::integrityCheck()
{
    return m_db.integrityCheck();
}

Result<QList<OutboxRecord>> ActionOutbox::select(const QString& tail, const QVariantList& binds) const
{
    auto query = m_db.exec(u"SELECT "_s + columns + u" FROM outbox_actions "_s + tail, binds);
    if (!query)
        return std::unexpected(query.error());
    QList<OutboxRecord> records;
    while (query->next()) {
        auto record = fromRow(*query, path());
        if (!record)
            return std::unexpected(record.error());
        records.append(std::move(*record));
    }
    return records;
}

} // namespace wk::outbox
