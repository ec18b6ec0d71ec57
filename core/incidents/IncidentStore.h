#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "incidents/Incident.h"
#include "incidents/ResponseTimes.h"
#include "incidents/TimelineEvent.h"
#include "postmortems/Postmortem.h"
#include "store/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wk::incidents {

struct IncidentWithTimeline
{
    Incident incident;
    QList<TimelineEvent> timeline; // in seq order
};

struct Attachment
{
    QString id; // SHA-256 of the bytes, hex
    QString mediaType;
    QByteArray data;
};

// Incidents and their timelines in one SQLite file. Every change is one transaction that writes the incident row
// and the event that explains it, so the row never disagrees with its timeline, and it is on disk (fsynced) when
// the call returns. Events are append-only: triggers refuse UPDATE and DELETE on them.
//
// Like store::Database, an IncidentStore belongs to the thread that opened it; the GUI reaches it through
// IncidentService, which keeps one on a thread of its own.
class IncidentStore
{
public:
    // ":memory:" gives a private in-memory store. Refuses, untouched, a file a newer build wrote.
    static Result<IncidentStore> open(const QString& path, std::shared_ptr<const Clock> clock);

    // The status starts Open; writes `created` and one `alert_linked` per alert.
    Result<Incident> create(const NewIncident& draft, const QString& actor);

    // Each writes the row and one event. Setting what is already set writes nothing and returns the incident.
    Result<Incident> changeStatus(
        qint64 incidentId, IncidentStatus status, const QString& actor, const QString& note = QString());
    Result<Incident> changeSeverity(
        qint64 incidentId, Severity severity, const QString& actor, const QString& note = QString());
    // An empty person takes the role away.
    Result<Incident> assignRole(qint64 incidentId, const QString& role, const QString& person, const QString& actor,
        const QString& note = QString());
    // Alerts already linked are skipped; each new one gets an `alert_linked` event.
    Result<Incident> linkAlerts(qint64 incidentId, const QList<LinkedAlert>& alerts, const QString& actor);

    Result<TimelineEvent> addNote(qint64 incidentId, const QString& text, const QString& actor);
    // A new `note_edited` event pointing at noteSeq (a note or an earlier edit of it); the original is kept.
    Result<TimelineEvent> editNote(qint64 incidentId, qint64 noteSeq, const QString& text, const QString& actor);
    // Appends any event that does not change the incident row (see changesIncident()); incidentId, seq and, when
    // left invalid, the time are filled in.
    Result<TimelineEvent> append(const TimelineEvent& event);

    // Unresolved incidents first, then resolved ones; newest first within each.
    Result<QList<Incident>> list() const;
    Result<Incident> incident(qint64 incidentId) const; // NotFound if there is none
    Result<IncidentWithTimeline> load(qint64 incidentId) const;
    // Events after afterSeq, in order: what a live view asks for.
    Result<QList<TimelineEvent>> timeline(qint64 incidentId, qint64 afterSeq = 0) const;
    Result<ResponseTimes> responseTimes(qint64 incidentId) const;

    // Stores bytes a snapshot event refers to (a PNG, a JSON table) once; returns their id.
    Result<QString> putAttachment(const QByteArray& data, const QString& mediaType);
    Result<std::optional<Attachment>> attachment(const QString& id) const;

    // Writes the incident's postmortem (its incident id says which) and returns it as stored: the revision one
    // more than the last save's, updatedAt now. Last write wins. NotFound if there is no such incident.
    Result<postmortems::Postmortem> savePostmortem(const postmortems::Postmortem& postmortem);
    // None if the incident has no postmortem yet.
    Result<std::optional<postmortems::Postmortem>> postmortem(qint64 incidentId) const;

    Result<bool> integrityCheck() const;
    QString path() const { return m_db.path(); }
    int schemaVersion() const { return m_db.schemaVersion(); }

    static store::Schema schema();

private:
    IncidentStore(store::Database db, std::shared_ptr<const Clock> clock);

    QDateTime now() const;
    // Inside a transaction: appends the event with the next seq and moves the row's last_seq and updated_at.
    Result<TimelineEvent> write(TimelineEvent event);
    // Runs change(current) in a transaction and returns the incident as it is afterwards.
    Result<void> linkIn(
        const Incident& current, const QList<LinkedAlert>& alerts, const QString& actor, const QDateTime& at);
    Result<Incident> modify(qint64 incidentId, const std::function<Result<void>(const Incident&)>& change);
    Result<QList<Incident>> select(const QString& tail, const QVariantList& binds) const;

    store::Database m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace wk::incidents
