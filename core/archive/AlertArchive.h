#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertHistory.h"
#include "analytics/incidents/IncidentMetrics.h"
#include "common/Error.h"
#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::archive {

// One alert as the archive keeps it: enough to report on it after the alert service has forgotten it.
struct ArchivedAlert
{
    QString alertId; // the backend's full id: the key, so an alert seen live and imported later is one alert
    QString tinyId;
    QString message;
    alerts::Priority priority = alerts::Priority::P3;
    QStringList teams;
    QString service;
    QDateTime createdAt;
    QDateTime occurredAt; // when the condition began, where the alert says so
    QDateTime firstAckAt; // the first acknowledgement seen, even one later undone
    QString firstAckBy;
    QDateTime closedAt; // invalid while open (or reopened)
    QString closedBy;   // who closed it, as the service names them (an email for an Opsgenie user)
    QString owner;
    bool escalated = false;
    bool seenLive = false; // this console saw it in a poll
    QString backend;       // the alert service it came from, as it names itself ("Opsgenie (api.eu.opsgenie.com)")
};

enum class HistoryKind { Created, Acknowledged, Closed, Escalated, Snoozed, Note, Assigned };
QString historyKindToken(HistoryKind kind); // "created", "acknowledged", ...

// One thing that happened to an alert, with who and when where the alert service says.
struct HistoryEntry
{
    QString alertId;
    QDateTime at;
    HistoryKind kind = HistoryKind::Created;
    QString actor;
    QString note;
};

// Which alerts a report or the history browser reads: created in [from, to), and the filters that are set.
struct ArchiveQuery
{
    QDateTime from;
    QDateTime to;
    QString team;
    std::optional<alerts::Priority> priority;
    QString service;
    QString text;            // in the message, tiny id or id, ignoring case
    bool closedOnly = false; // only alerts closed now (a reopened alert is open again)
    int limit = 0;           // 0: all
};

// The teams and services the archived alerts name, each once, sorted ignoring case: what the filters offer.
struct ArchiveValues
{
    QStringList teams;
    QStringList services;
};

// What one observe() or importAlerts() changed: new alerts, and history entries not seen before.
struct ObserveCounts
{
    qsizetype newAlerts = 0;
    qsizetype newEntries = 0;
};

// An alert read from the alert service's history, with what its activity log says happened to it (oldest first).
struct ImportedAlert
{
    alerts::Alert alert;
    QList<alerts::AlertLogEntry> log;
};

struct KeyedEntry; // ArchiveEntries.h

// Every alert state the console sees, kept in SQLite so reports cover what happened after the alert service's
// retention and after the vendor account is gone. Seeing the same alert again changes nothing; what changed
// becomes a history entry once (each entry has a key made of what it is, so a repeat is ignored by the database).
//
// Like store::Database, an AlertArchive belongs to the thread that opened it.
class AlertArchive
{
public:
    // ":memory:" gives a private in-memory archive.
    static Result<AlertArchive> open(const QString& path);

    // What a poll saw, all in one transaction.
    Result<ObserveCounts> observe(const QList<alerts::Alert>& alerts);
    // The alert service the alerts observe() and importAlerts() write come from (AlertBackend::sourceName()),
    // kept on each row for the report's backend filter; empty leaves a row's backend as it was.
    void setBackendName(const QString& name) { m_backend = name; }
    // What the alert service's history says, all in one transaction (AlertArchiveImport.cpp). An alert seen live
    // stays one alert, seen live: the import fills in what the console did not see (an earlier acknowledgement, the
    // close, who closed it, escalations) and erases nothing it knew. Importing the same alerts again adds nothing.
    Result<ObserveCounts> importAlerts(const QList<ImportedAlert>& alerts);

    Result<QList<ArchivedAlert>> alerts(const ArchiveQuery& query) const; // newest first
    Result<QList<HistoryEntry>> history(const QString& alertId) const;    // oldest first
    // The alerts of the query as the incident metrics read them (analytics::incidents::computeIncidentReport).
    Result<QList<analytics::incidents::IncidentRecord>> records(const ArchiveQuery& query) const;
    Result<qsizetype> count() const;
    Result<qsizetype> count(const ArchiveQuery& query) const; // how many the query matches, ignoring its limit
    Result<ArchiveValues> values() const;

    QString path() const { return m_db.path(); }
    static store::Schema schema();

private:
    explicit AlertArchive(store::Database db);
    Result<bool> upsert(const alerts::Alert& alert);
    Result<bool> upsertImported(const ImportedAlert& imported);
    Result<bool> isKnown(const QString& alertId) const;
    Result<qsizetype> addEntries(const QDateTime& createdAt, const QList<KeyedEntry>& entries);
    QString where(const ArchiveQuery& query, QVariantList& binds) const;

    static const QString alertColumns;
    // What a row keeps when an alert is seen again, live or imported: the earliest creation and acknowledgement,
    // and every field that was known (teams, service, owner, escalation, backend) unless a new value is given.
    static const QString keptOnConflict;

    store::Database m_db;
    QString m_backend;
};

} // namespace wk::archive
