#include "archive/AlertArchive.h"

#include "archive/ArchiveEntries.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// AlertArchive::importAlerts: the alert service's history written beside what the console saw live.
namespace wk::archive {

Result<ObserveCounts> AlertArchive::importAlerts(const QList<ImportedAlert>& alerts)
{
    ObserveCounts counts;
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const ImportedAlert& imported : alerts) {
            const alerts::Alert& alert = imported.alert;
            if (alert.id.isEmpty() || !alert.createdAt.isValid())
                continue; // nothing to key or count it by
            auto added = upsertImported(imported);
            if (!added)
                return std::unexpected(added.error());
            counts.newAlerts += *added ? 1 : 0;
            auto entries = addEntries(alert.createdAt, importedEntries(alert, imported.log));
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

Result<bool> AlertArchive::upsertImported(const ImportedAlert& imported)
{
    const alerts::Alert& alert = imported.alert;
    const auto known = isKnown(alert.id);
    if (!known)
        return std::unexpected(known.error());
    const auto [firstAckAt, firstAckBy] = firstAcknowledgement(alert, imported.log);
    const bool closed = alert.status == alerts::AlertStatus::Closed;
    const QDateTime closedAt = closed ? (alert.closedAt.isValid() ? alert.closedAt : alert.updatedAt) : QDateTime();
    const bool escalated = alert.escalationLevel > 0
        || std::any_of(imported.log.cbegin(), imported.log.cend(),
            [](const alerts::AlertLogEntry& e) { return e.kind == alerts::AlertLogKind::Escalated; });
    // Like observe()'s upsert, except that the service's history never takes back what the console saw: a close
    // stays, seen_live stays as it was (0 for an alert first read here), and empty fields never overwrite.
    auto written = m_db.exec(u"INSERT INTO archived_alerts (" + alertColumns
            + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
              "ON CONFLICT (alert_id) DO UPDATE SET "
              "tiny_id = COALESCE(NULLIF(excluded.tiny_id, ''), tiny_id), "
              "message = COALESCE(NULLIF(excluded.message, ''), message), priority = excluded.priority, "

              "closed_by = CASE WHEN excluded.closed_ms IS NULL THEN closed_by "
              "ELSE COALESCE(NULLIF(excluded.closed_by, ''), closed_by) END, "
              "closed_ms = COALESCE(excluded.closed_ms, closed_ms), "
            + keptOnConflict,
        {alert.id, alert.tinyId, notNull(alert.message), int(alert.priority), notNull(teamsOf(alert).join(u',')),
            alert.service, alert.createdAt.toMSecsSinceEpoch(), millis(occurredAt(alert)), millis(firstAckAt),
            firstAckAt.isValid() ? firstAckBy : QString(), millis(closedAt), alert.owner, escalated ? 1 : 0,
            closed ? alert.closedBy : QString(), m_backend});
    if (!written)
        return std::unexpected(written.error());
    return !*known;
}

} // namespace wk::archive
