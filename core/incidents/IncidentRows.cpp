#include "incidents/IncidentRows.h"

#include "store/RowReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QMetaType>

using namespace Qt::StringLiterals;

namespace wk::incidents::rows {

const QString incidentColumns = u"id, title, status, severity, created_at, updated_at, last_seq"_s;
const QString eventColumns = u"incident_id, seq, at, actor, kind, note, refers_to, payload"_s;

namespace { } // namespace

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<Incident> incidentFromRow(const QSqlQuery& query, const QString& path)
{
    store::RowReader row(query);
    Incident incident;
    incident.id = row.number(0);
    incident.title = row.text(1);
    if (const auto status = statusFromToken(row.text(2)))
        incident.status = *status;
    else
        row.fail(u"an unknown status \"%1\""_s.arg(row.text(2)));
    if (const auto severity = severityFromToken(row.text(3)))
        incident.severity = *severity;
    else
        row.fail(u"an unknown severity \"%1\""_s.arg(row.text(3)));
    incident.createdAt = row.time(4);
    incident.updatedAt = row.time(5);
    incident.lastSeq = row.number(6);
    if (!row.problem().isEmpty())
        return makeError(
            ErrorCode::Io, u"%1: incident %2 has %3"_s.arg(path, QString::number(incident.id), row.problem()));
    return incident;
}

Result<TimelineEvent> eventFromRow(const QSqlQuery& query, const QString& path)
{
    store::RowReader row(query);
    TimelineEvent event;
    event.incidentId = row.number(0);
    event.seq = row.number(1);
    event.at = row.time(2);
    event.actor = row.text(3);
    if (const auto kind = eventKindFromToken(row.text(4)))
        event.kind = *kind;
    else
        row.fail(u"an unknown kind \"%1\""_s.arg(row.text(4)));
    event.note = row.text(5);
    event.refersTo = row.number(6);
    event.payload = row.object(7);
    if (!row.problem().isEmpty())
        return makeError(ErrorCode::Io,
            u"%1: event %2 of incident %3 has %4"_s.arg(
                path, QString::number(event.seq), QString::number(event.incidentId), row.problem()));
    return event;
}

Result<void> readDetails(const store::Database& db, QList<Incident>& incidents)
{
    if (incidents.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < incidents.size(); ++i)
        index.insert(incidents.at(i).id, i);
    const bool one = incidents.size() == 1;
    const QString where = one ? u" WHERE incident_id = ?"_s : QString();
    const QVariantList binds = one ? QVariantList{incidents.first().id} : QVariantList{};
    const auto each = [&](const QString& sql, const std::function<void(Incident&, const QSqlQuery&)>& read) {
        auto query = db.exec(sql, binds);
        if (!query)
            return Result<void>(std::unexpected(query.error()));
        while (query->next()) {
            const auto at = index.constFind(query->value(0).toLongLong());
            if (at != index.cend())
                read(incidents[*at], *query);
        }
        return Result<void>();
    };
    auto read = each(u"SELECT incident_id, role, person FROM incident_roles"_s + where,
        [](Incident& i, const QSqlQuery& q) { i.roles.insert(q.value(1).toString(), q.value(2).toString()); });
    if (read)
        read = each(u"SELECT incident_id, alert_id, tiny_id FROM incident_alerts"_s + where
                + u" ORDER BY incident_id, position"_s,
            [](Incident& i, const QSqlQuery& q) {
                i.alerts.append(LinkedAlert{q.value(1).toString(), q.value(2).toString()});
            });
    if (read)
        read = each(
            u"SELECT incident_id, service FROM incident_services"_s + where + u" ORDER BY incident_id, service"_s,
            [](Incident& i, const QSqlQuery& q) { i.services.append(q.value(1).toString()); });
    return read;
}

} // namespace wk::incidents::rows
