#include "incidents/IncidentStore.h"

#include "incidents/IncidentRows.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::incidents {

using rows::jsonText;
using rows::textValue;
using rows::timeValue;

namespace {

Result<void> failed(const Error& error)
{
    return std::unexpected(error);
}

TimelineEvent eventOf(qint64 incidentId, EventKind kind, const QString& actor, const QString& note = QString(),
    const QDateTime& at = QDateTime())
{
    TimelineEvent event;
    event.incidentId = incidentId;
    event.kind = kind;
    event.actor = actor;
    event.note = note;
    event.at = at;
    return event;
}

QJsonObject rolesObject(const QMap<QString, QString>& roles)
{
    QJsonObject object;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

IncidentStore::IncidentStore(store::Database db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<IncidentStore> IncidentStore::open(const QString& path, std::shared_ptr<const Clock> clock)
{
    if (!clock)
        clock = std::make_shared<SystemClock>();
    auto db = store::Database::open(path, schema());
    if (!db)
        return std::unexpected(db.error());
    return IncidentStore(std::move(*db), std::move(clock));
}

QDateTime IncidentStore::now() const
{
    return m_clock->now().toUTC();
}

Result<TimelineEvent> IncidentStore::write(TimelineEvent event)
{
    if (event.actor.isEmpty())
        return makeError(
            ErrorCode::BadQuery, u"%1: a %2 event without an actor"_s.arg(path(), eventKindToken(event.kind)));
    auto last = m_db.exec(u"SELECT last_seq FROM incidents WHERE id = ?"_s, {event.incidentId});
    if (!last)
        return std::unexpected(last.error());
    if (!last->next())
        return makeError(ErrorCode::NotFound, u"%1: no incident %2"_s.arg(path(), QString::number(event.incidentId)));
    event.seq = last->value(0).toLongLong() + 1;
    last = QSqlQuery();
    if (!event.at.isValid())
        event.at = now();
    event.at = event.at.toUTC();
    const QVariant refersTo = event.refersTo > 0 ? QVariant(event.refersTo) : QVariant(QMetaType::fromType<qint64>());
    auto inserted
        = m_db.exec(u"INSERT INTO timeline_events (incident_id, seq, at, actor, kind, note, refers_to, payload) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {event.incidentId, event.seq, timeValue(event.at), event.actor, eventKindToken(event.kind),
                textValue(event.note), refersTo, jsonText(event.payload)});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto moved = m_db.exec(u"UPDATE incidents SET last_seq = ?, updated_at = ? WHERE id = ?"_s,
        {event.seq, timeValue(event.at), event.incidentId});
    if (!moved)
        return std::unexpected(moved.error());
    return event;
}

Result<Incident> IncidentStore::create(const NewIncident& draft, const QString& actor)
{
    if (draft.title.trimmed().isEmpty() || actor.isEmpty())
        return makeError(ErrorCode::BadQuery, u"%1: an incident needs a title and who opened it"_s.arg(path()));
    for (const LinkedAlert& alert : draft.alerts) {
        if (alert.alertId.isEmpty())
            return makeError(ErrorCode::BadQuery, u"%1: a linked alert without an id"_s.arg(path()));
    }
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QDateTime at = now();
        auto inserted = m_db.exec(u"INSERT INTO incidents (title, status, severity, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?)"_s,
            {draft.title, statusToken(IncidentStatus::Open), severityToken(draft.severity), timeValue(at),
                timeValue(at)});
        if (!inserted)
            return failed(inserted.error());
        id = inserted->lastInsertId().toLongLong();
        inserted = QSqlQuery();

        QMap<QString, QString> roles;
        if (!draft.commander.isEmpty()) {
            roles.insert(commanderRole, draft.commander);
            if (auto role = m_db.exec(u"INSERT INTO incident_roles (incident_id, role, person) VALUES (?, ?, ?)"_s,
                    {id, commanderRole, draft.commander});
                !role)
                return failed(role.error());
        }
        QStringList services = draft.services;
        services.removeAll(QString());
        services.sort();
        services.removeDuplicates();
        for (const QString& service : std::as_const(services)) {
            if (auto added
                = m_db.exec(u"INSERT INTO incident_services (incident_id, service) VALUES (?, ?)"_s, {id, service});
                !added)
                return failed(added.error());
        }
        TimelineEvent created = eventOf(id, EventKind::Created, actor, draft.note, at);
        created.payload = QJsonObject{{u"title"_s, draft.title}, {u"status"_s, statusToken(IncidentStatus::Open)},
            {u"severity"_s, severityToken(draft.severity)}, {u"roles"_s, rolesObject(roles)},
            {u"services"_s, QJsonArray::fromStringList(services)}};
        if (auto written = write(created); !written)
            return failed(written.error());
        Incident fresh;
        fresh.id = id;
        return linkIn(fresh, draft.alerts, actor, at);
    });
    if (!done)
        return std::unexpected(done.error());
    return incident(id);
}

Result<Incident> IncidentStore::modify(qint64 incidentId, const std::function<Result<void>(const Incident&)>& change)
{
    auto done = m_db.transaction([&]() -> Result<void> {
        auto current = incident(incidentId);
        if (!current)
            return failed(current.error());
        return change(*current);
    });
    if (!done)
        return std::unexpected(done.error());
    return incident(incidentId);
}

Result<Incident> IncidentStore::changeStatus(
    qint64 incidentId, IncidentStatus status, const QString& actor, const QString& note)
{
    return modify(incidentId, [&](const Incident& current) -> Result<void> {
        if (current.status == status)
            return {};
        if (auto set = m_db.exec(u"UPDATE incidents SET status = ? WHERE id = ?"_s, {statusToken(status), incidentId});
            !set)
            return failed(set.error());
        TimelineEvent event = eventOf(incidentId, EventKind::StatusChanged, actor, note);
        event.payload = QJsonObject{{u"from"_s, statusToken(current.status)}, {u"to"_s, statusToken(status)}};
        if (auto written = write(event); !written)
            return failed(written.error());
        return {};
    });
}

Result<Incident> IncidentStore::changeSeverity(
    qint64 incidentId, Severity severity, const QString& actor, const QString& note)
{
    return modify(incidentId, [&](const Incident& current) -> Result<void> {
        if (current.severity == severity)
            return {};
        if (auto set
            = m_db.exec(u"UPDATE incidents SET severity = ? WHERE id = ?"_s, {severityToken(severity), incidentId});
            !set)
            return failed(set.error());
        TimelineEvent event = eventOf(incidentId, EventKind::SeverityChanged, actor, note);
        event.payload = QJsonObject{{u"from"_s, severityToken(current.severity)}, {u"to"_s, severityToken(severity)}};
        if (auto written = write(event); !written)
            return failed(written.error());
        return {};
    });
}

Result<Incident> IncidentStore::assignRole(
    qint64 incidentId, const QString& role, const QString& person, const QString& actor, const QString& note)
{
    if (role.trimmed().isEmpty())
        return makeError(ErrorCode::BadQuery, u"%1: a role needs a name"_s.arg(path()));
    return modify(incidentId, [&](const Incident& current) -> Result<void> {
        const QString previous = current.roles.value(role);
        if (previous == person)
            return {};
        auto set = person.isEmpty()
            ? m_db.exec(u"DELETE FROM incident_roles WHERE incident_id = ? AND role = ?"_s, {incidentId, role})
            : m_db.exec(u"INSERT INTO incident_roles (incident_id, role, person) VALUES (?, ?, ?) "
                        "ON CONFLICT (incident_id, role) DO UPDATE SET person = excluded.person"_s,
                {incidentId, role, person});
        if (!set)
            return failed(set.error());
        TimelineEvent event = eventOf(incidentId, EventKind::RoleAssigned, actor, note);
        event.payload = QJsonObject{{u"role"_s, role}, {u"person"_s, person}, {u"previous"_s, previous}};
        if (auto written = write(event); !written)
            return failed(written.error());
        return {};
    });
}

Result<void> IncidentStore::linkIn(
    const Incident& current, const QList<LinkedAlert>& alerts, const QString& actor, const QDateTime& at)
{
    qsizetype position = current.alerts.size();
    QStringList linked;
    for (const LinkedAlert& alert : current.alerts)
        linked.append(alert.alertId);
    for (const LinkedAlert& alert : alerts) {
        if (linked.contains(alert.alertId))
            continue;
        linked.append(alert.alertId);
        if (auto added
            = m_db.exec(u"INSERT INTO incident_alerts (incident_id, alert_id, tiny_id, position) VALUES (?, ?, ?, ?)"_s,
                {current.id, alert.alertId, textValue(alert.tinyId), position++});
            !added)
            return failed(added.error());
        TimelineEvent event = eventOf(current.id, EventKind::AlertLinked, actor, QString(), at);
        event.payload = QJsonObject{{u"alert_id"_s, alert.alertId}, {u"tiny_id"_s, alert.tinyId}};
        if (auto written = write(event); !written)
            return failed(written.error());
    }
    return {};
}

Result<Incident> IncidentStore::linkAlerts(qint64 incidentId, const QList<LinkedAlert>& alerts, const QString& actor)
{
    if (std::ranges::any_of(alerts, [](const LinkedAlert& a) { return a.alertId.isEmpty(); }))
        return makeError(ErrorCode::BadQuery, u"%1: a linked alert without an id"_s.arg(path()));
    return modify(incidentId, [&](const Incident& current) { return linkIn(current, alerts, actor, QDateTime()); });
}

Result<TimelineEvent> IncidentStore::addNote(qint64 incidentId, const QString& text, const QString& actor)
{
    return append(eventOf(incidentId, EventKind::Note, actor, text));
}

Result<TimelineEvent> IncidentStore::editNote(
    qint64 incidentId, qint64 noteSeq, const QString& text, const QString& actor)
{
    TimelineEvent edit = eventOf(incidentId, EventKind::NoteEdited, actor, text);
    edit.refersTo = noteSeq;
    return append(edit);
}

Result<TimelineEvent> IncidentStore::append(const TimelineEvent& event)
{
    if (changesIncident(event.kind))
        return makeError(ErrorCode::BadQuery,
            u"%1: a %2 event changes the incident; it is written by the call that makes the change"_s.arg(
                path(), eventKindToken(event.kind)));
    if (event.kind == EventKind::Note && event.note.trimmed().isEmpty())
        return makeError(ErrorCode::BadQuery, u"%1: an empty note"_s.arg(path()));
    Result<TimelineEvent> written = makeError(ErrorCode::Io, QString());
    auto done = m_db.transaction([&]() -> Result<void> {
        if (event.kind == EventKind::NoteEdited) {
            auto target = m_db.exec(u"SELECT kind FROM timeline_events WHERE incident_id = ? AND seq = ?"_s,
                {event.incidentId, event.refersTo});
            if (!target)
                return failed(target.error());
            const QString kind = target->next() ? target->value(0).toString() : QString();
            if (kind != eventKindToken(EventKind::Note) && kind != eventKindToken(EventKind::NoteEdited))
                return makeError(ErrorCode::NotFound,
                    u"%1: incident %2 has no note %3 to edit"_s.arg(
                        path(), QString::number(event.incidentId), QString::number(event.refersTo)));
        }
        TimelineEvent copy = event;
        if (event.kind != EventKind::NoteEdited)
            copy.refersTo = 0;
        written = write(std::move(copy));
        return written ? Result<void>() : failed(written.error());
    });
    if (!done)
        return std::unexpected(done.error());
    return written;
}

Result<QList<Incident>> IncidentStore::list() const
{
    return select(u"ORDER BY status = 'resolved', created_at DESC, id DESC"_s, {});
}

Result<Incident> IncidentStore::incident(qint64 incidentId) const
{
    auto found = select(u"WHERE id = ?"_s, {incidentId});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, u"%1: no incident %2"_s.arg(path(), QString::number(incidentId)));
    return found->takeFirst();
}

Result<QList<TimelineEvent>> IncidentStore::timeline(qint64 incidentId, qint64 afterSeq) const
{
    auto query = m_db.exec(
        u"SELECT "_s + rows::eventColumns + u" FROM timeline_events WHERE incident_id = ? AND seq > ? ORDER BY seq"_s,
        {incidentId, afterSeq});
    if (!query)
        return std::unexpected(query.error());
    QList<TimelineEvent> events;
    while (query->next()) {
        auto event = rows::eventFromRow(*query, path());
        if (!event)
            return std::unexpected(event.error());
        events.append(std::move(*event));
    }
    return events;
}

Result<IncidentWithTimeline> IncidentStore::load(qint64 incidentId) const
{
    auto found = incident(incidentId);
    if (!found)
        return std::unexpected(found.error());
    auto events = timeline(incidentId);
    if (!events)
        return std::unexpected(events.error());
    return IncidentWithTimeline{std::move(*found), std::move(*events)};
}

Result<ResponseTimes> IncidentStore::responseTimes(qint64 incidentId) const
{
    auto events = timeline(incidentId);
    if (!events)
        return std::unexpected(events.error());
    if (events->isEmpty())
        return makeError(ErrorCode::NotFound, u"%1: no incident %2"_s.arg(path(), QString::number(incidentId)));
    return responseTimesOf(*events);
}

Result<QString> IncidentStore::putAttachment(const QByteArray& data, const QString& mediaType)
{
    if (mediaType.isEmpty())
        return makeError(ErrorCode::BadQuery, u"%1: an attachment without a media type"_s.arg(path()));
    const QString id = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    auto stored = m_db.exec(u"INSERT INTO attachments (id, media_type, data, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (id) DO NOTHING"_s,
        {id, mediaType, data, timeValue(now())});
    if (!stored)
        return std::unexpected(stored.error());
    return id;
}

Result<std::optional<Attachment>> IncidentStore::attachment(const QString& id) const
{
    auto query = m_db.exec(u"SELECT media_type, data FROM attachments WHERE id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Attachment>();
    return std::optional<Attachment>(Attachment{id, query->value(0).toString(), query->value(1).toByteArray()});
}

Result<bool> IncidentStore::integrityCheck() const
{
    return m_db.integrityCheck();
}

Result<QList<Incident>> IncidentStore::select(const QString& tail, const QVariantList& binds) const
{
    auto query = m_db.exec(u"SELECT "_s + rows::incidentColumns + u" FROM incidents "_s + tail, binds);
    if (!query)
        return std::unexpected(query.error());
    QList<Incident> incidents;
    while (query->next()) {
        auto incident = rows::incidentFromRow(*query, path());
        if (!incident)
            return std::unexpected(incident.error());
        incidents.append(std::move(*incident));
    }
    query = QSqlQuery();
    if (auto details = rows::readDetails(m_db, incidents); !details)
        return std::unexpected(details.error());
    return incidents;
}

} // namespace wk::incidents
