#include "archive/AlertArchive.h"

#include "archive/ArchiveEntries.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::archive {

namespace {

constexpr std::pair<HistoryKind, QStringView> kindTokens[] = {
    {HistoryKind::Created, u"created"},
    {HistoryKind::Acknowledged, u"acknowledged"},
    {HistoryKind::Closed, u"closed"},
    {HistoryKind::Escalated, u"escalated"},
    {HistoryKind::Snoozed, u"snoozed"},
    {HistoryKind::Note, u"note"},
    {HistoryKind::Assigned, u"assigned"},
};

} // namespace

// Shared with AlertArchiveImport.cpp.
const QString AlertArchive::alertColumns
    = u"alert_id, tiny_id, message, priority, teams, service, created_ms, occurred_ms, "
      "first_ack_ms, first_ack_by, closed_ms, owner, escalated, seen_live, closed_by, backend"_s;

// SQLite reads every right-hand side from the row as it was, so the order of these assignments does not matter.
const QString AlertArchive::keptOnConflict
    = u"teams = CASE WHEN excluded.teams = '' THEN teams ELSE excluded.teams END, "
      "service = COALESCE(NULLIF(excluded.service, ''), service), "
      "created_ms = MIN(created_ms, excluded.created_ms), "
      "occurred_ms = COALESCE(occurred_ms, excluded.occurred_ms), "
      "first_ack_by = CASE WHEN first_ack_ms IS NULL OR excluded.first_ack_ms < first_ack_ms "
      "THEN excluded.first_ack_by ELSE first_ack_by END, "
      "first_ack_ms = CASE WHEN first_ack_ms IS NULL THEN excluded.first_ack_ms "
      "WHEN excluded.first_ack_ms IS NULL THEN first_ack_ms "
      "ELSE MIN(first_ack_ms, excluded.first_ack_ms) END, "
      "owner = COALESCE(NULLIF(excluded.owner, ''), owner), "
      "escalated = MAX(escalated, excluded.escalated), "
      "backend = COALESCE(NULLIF(excluded.backend, ''), backend)"_s;

QString historyKindToken(HistoryKind kind)
{
    for (const auto& [k, token] : kindTokens) {
        if (k == kind)
            return token.toString();
    }
    return {};
}

store::Schema AlertArchive::schema()
{
    const store::Migration v1{
        .version = 1,
        .statements = {
            u"CREATE TABLE archived_alerts ("
            "alert_id TEXT PRIMARY KEY, "
            "tiny_id TEXT, "
            "message TEXT NOT NULL, "
            "priority INTEGER NOT NULL, "
            "teams TEXT NOT NULL, " // comma-separated, each once
            "service TEXT, "
            "created_ms INTEGER NOT NULL, "
            "occurred_ms INTEGER, "
            "first_ack_ms INTEGER, "
            "first_ack_by TEXT, "
            "closed_ms INTEGER, "
            "owner TEXT, "
            "escalated INTEGER NOT NULL DEFAULT 0, "
            "seen_live INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX archived_alerts_created ON archived_alerts (created_ms)"_s,
            u"CREATE TABLE alert_history ("
            "alert_id TEXT NOT NULL REFERENCES archived_alerts (alert_id), "
            "at_ms INTEGER NOT NULL, "
            "kind TEXT NOT NULL, "
            "actor TEXT, "
            "note TEXT, "
            "key TEXT NOT NULL UNIQUE)"_s, // what the entry is: the same thing seen twice is one entry
            u"CREATE INDEX alert_history_alert ON alert_history (alert_id, at_ms)"_s,
        },
    };
    // Who closed an alert: a person, or the integration or system that closed it on its own (false-positive rate);
    // and which alert service it came from, for a team that moved from Opsgenie to JSM Ops.
    const store::Migration v2{
        .version = 2,
        .statements = {u"ALTER TABLE archived_alerts ADD COLUMN closed_by TEXT"_s,
            u"ALTER TABLE archived_alerts ADD COLUMN backend TEXT"_s},
    };
    return {u"archive"_s, {v1, v2}};
}

Result<AlertArchive> AlertArchive::open(const QString& path)
{
    auto db = store::Database::open(path, schema());
    if (!db)
        return std::unexpected(db.error());
    return AlertArchive(std::move(*db));
}

AlertArchive::AlertArchive(store::Database db)
    : m_db(std::move(db))
{ }

Result<ObserveCounts> AlertArchive::observe(const QList<alerts::Alert>& alerts)
{
    ObserveCounts counts;
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const alerts::Alert& alert : alerts) {
            if (alert.id.isEmpty() || !alert.createdAt.isValid())
                continue; // nothing to key or count it by
            auto added = upsert(alert);
            if (!added)
                return std::unexpected(added.error());
            counts.newAlerts += *added ? 1 : 0;
            auto entries = addEntries(alert.createdAt, stateEntries(alert));
            if (!entries)
                return std::unexpected(entries.error());
            counts.newEntries += *entries;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return counts;
}

Result<bool> AlertArchive::isKnown(const QString& alertId) const
{
    auto known = m_db.exec(u"SELECT 1 FROM archived_alerts WHERE alert_id = ?"_s, {alertId});
    if (!known)
        return std::unexpected(known.error());
    return known->next();
}

Result<bool> AlertArchive::upsert(const alerts::Alert& alert)
{
    const auto known = isKnown(alert.id);
    if (!known)
        return std::unexpected(known.error());
    const bool isNew = !*known;
    const bool acknowledged = alert.acknowledgedAt.isValid();
    const bool closed = alert.status == alerts::AlertStatus::Closed;
    const QDateTime closedAt = closed ? (alert.closedAt.isValid() ? alert.closedAt : alert.updatedAt) : QDateTime();
    // SET expressions read the row as it was: the first acknowledgement and the earliest creation win, a reopened
    // alert loses its close, and what was known (service, owner, escalation) is never forgotten.
    auto written = m_db.exec(u"INSERT INTO archived_alerts (" + alertColumns
            + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
              "ON CONFLICT (alert_id) DO UPDATE SET "
              "tiny_id = excluded.tiny_id, message = excluded.message, priority = excluded.priority, "

              "closed_by = CASE WHEN excluded.closed_ms IS NULL THEN NULL "
              "ELSE COALESCE(NULLIF(excluded.closed_by, ''), closed_by) END, "
              "closed_ms = excluded.closed_ms, "
              "seen_live = 1, "_s
            + keptOnConflict,
        {alert.id, alert.tinyId, notNull(alert.message), int(alert.priority), notNull(teamsOf(alert).join(u',')),
            alert.service, alert.createdAt.toMSecsSinceEpoch(), millis(occurredAt(alert)),
            acknowledged ? millis(alert.acknowledgedAt) : millis({}), acknowledged ? alert.acknowledgedBy : QString(),
            millis(closedAt), alert.owner, alert.escalationLevel > 0 ? 1 : 0, closed ? alert.closedBy : QString(),
            m_backend});
    if (!written)
        return std::unexpected(written.error());
    return isNew;
}

Result<qsizetype> AlertArchive::addEntries(const QDateTime& createdAt, const QList<KeyedEntry>& entries)
{
    qsizetype added = 0;
    for (const KeyedEntry& keyed : entries) {
        const HistoryEntry& entry = keyed.entry;
        auto written = m_db.exec(
            u"INSERT OR IGNORE INTO alert_history (alert_id, at_ms, kind, actor, note, key) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {entry.alertId, entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : createdAt.toMSecsSinceEpoch(),
                historyKindToken(entry.kind), entry.actor, entry.note, keyed.key});
        if (!written)
            return std::unexpected(written.error());
        added += written->numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

QString AlertArchive::where(const ArchiveQuery& query, QVariantList& binds) const
{
    QStringList terms;
    if (query.from.isValid()) {
        terms.append(u"created_ms >= ?"_s);
        binds.append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        terms.append(u"created_ms < ?"_s);
        binds.append(query.to.toMSecsSinceEpoch());
    }
    if (!query.team.isEmpty()) {
        terms.append(u"(',' || teams || ',') LIKE ('%,' || ? || ',%')"_s);
        binds.append(query.team);
    }
    if (query.priority) {
        terms.append(u"priority = ?"_s);
        binds.append(int(*query.priority));
    }
    if (!query.service.isEmpty()) {
        terms.append(u"service = ?"_s);
        binds.append(query.service);
    }
    if (!query.text.isEmpty()) {
        terms.append(u"(message LIKE ? OR tiny_id = ? OR alert_id = ?)"_s);
        binds.append(QString(u"%"_s + query.text + u"%"_s));
        binds.append(query.text);
        binds.append(query.text);
    }
    if (query.closedOnly)
        terms.append(u"closed_ms IS NOT NULL"_s);
    QString sql = terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
    sql += u" ORDER BY created_ms DESC, alert_id"_s;
    if (query.limit > 0)
        sql += u" LIMIT "_s + QString::number(query.limit);
    return sql;
}

Result<QList<ArchivedAlert>> AlertArchive::alerts(const ArchiveQuery& query) const
{
    QVariantList binds;
    auto rows = m_db.exec(u"SELECT "_s + alertColumns + u" FROM archived_alerts"_s + where(query, binds), binds);
    if (!rows)
        return std::unexpected(rows.error());
    QList<ArchivedAlert> found;
    while (rows->next()) {
        ArchivedAlert a;
        a.alertId = rows->value(0).toString();
        a.tinyId = rows->value(1).toString();
        a.message = rows->value(2).toString();
        a.priority = alerts::Priority(std::clamp(rows->value(3).toInt(), 1, 5));
        a.teams = rows->value(4).toString().split(u',', Qt::SkipEmptyParts);
        a.service = rows->value(5).toString();
        a.createdAt = timeOf(rows->value(6));
        a.occurredAt = timeOf(rows->value(7));
        a.firstAckAt = timeOf(rows->value(8));
        a.firstAckBy = rows->value(9).toString();
        a.closedAt = timeOf(rows->value(10));
        a.owner = rows->value(11).toString();
        a.escalated = rows->value(12).toInt() != 0;
        a.seenLive = rows->value(13).toInt() != 0;
        a.closedBy = rows->value(14).toString();
        a.backend = rows->value(15).toString();
        found.append(a);
    }
    return found;
}

Result<QList<HistoryEntry>> AlertArchive::history(const QString& alertId) const
{
    auto rows = m_db.exec(
        u"SELECT at_ms, kind, actor, note FROM alert_history WHERE alert_id = ? ORDER BY at_ms, rowid"_s, {alertId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<HistoryEntry> entries;
    while (rows->next()) {
        HistoryEntry entry;
        entry.alertId = alertId;
        entry.at = timeOf(rows->value(0));
        const QString kind = rows->value(1).toString();
        for (const auto& [k, token] : kindTokens) {
            if (token == kind)
                entry.kind = k;
        }
        entry.actor = rows->value(2).toString();
        entry.note = rows->value(3).toString();
        entries.append(entry);
    }
    return entries;
}

Result<QList<analytics::incidents::IncidentRecord>> AlertArchive::records(const ArchiveQuery& query) const
{
    QVariantList binds;
    auto rows = m_db.exec(u"SELECT tiny_id, alert_id, created_ms, priority, teams, first_ack_ms, closed_ms, "
                          "occurred_ms, escalated, owner, message, service, closed_by, backend FROM archived_alerts"_s
            + where(query, binds),
        binds);
    if (!rows)
        return std::unexpected(rows.error());
    QList<analytics::incidents::IncidentRecord> records;
    rows->setForwardOnly(true);
    while (rows->next()) {
        analytics::incidents::IncidentRecord r;
        r.key = rows->value(0).toString();
        if (r.key.isEmpty())
            r.key = rows->value(1).toString();
        const qint64 created = rows->value(2).toLongLong();
        r.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        r.priority = alerts::Priority(std::clamp(rows->value(3).toInt(), 1, 5));
        r.teams = rows->value(4).toString().split(u',', Qt::SkipEmptyParts);
        if (!rows->value(5).isNull())
            r.ackSeconds = double(rows->value(5).toLongLong() - created) / 1000.0;
        r.closed = !rows->value(6).isNull();
        if (r.closed)
            r.closeSeconds = double(rows->value(6).toLongLong() - created) / 1000.0;
        if (!rows->value(7).isNull())
            r.occurredAt = timeOf(rows->value(7));
        r.escalated = rows->value(8).toInt() != 0;
        r.hasOwner = !rows->value(9).toString().isEmpty();
        r.name = rows->value(10).toString();
        r.service = rows->value(11).toString();
        // Opsgenie names a person by their username, an email; "System" and integrations are not people.
        r.closedByPerson = r.closed && rows->value(12).toString().contains(u'@');
        r.backend = rows->value(13).toString();
        records.append(r);
    }
    return records;
}

Result<qsizetype> AlertArchive::count() const
{
    auto rows = m_db.exec(u"SELECT COUNT(*) FROM archived_alerts"_s);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->next() ? qsizetype(rows->value(0).toLongLong()) : 0;
}

} // namespace wk::archive
