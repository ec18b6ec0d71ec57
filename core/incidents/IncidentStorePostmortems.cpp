// The postmortems part of the incident store: one JSON body per incident and a revision that counts the saves.
#include "incidents/IncidentRows.h"
#include "incidents/IncidentStore.h"
#include "store/RowReader.h"

using namespace Qt::StringLiterals;

namespace wk::incidents {

Result<postmortems::Postmortem> IncidentStore::savePostmortem(const postmortems::Postmortem& postmortem)
{
    postmortems::Postmortem saved = postmortem;
    auto done = m_db.transaction([&]() -> Result<void> {
        {
            auto incident = m_db.exec(u"SELECT 1 FROM incidents WHERE id = ?"_s, {postmortem.incidentId});
            if (!incident)
                return std::unexpected(incident.error());
            if (!incident->next())
                return makeError(ErrorCode::NotFound,
                    u"%1: no incident %2 to write a postmortem for"_s.arg(
                        path(), QString::number(postmortem.incidentId)));
        }
        {
            auto last = m_db.exec(u"SELECT revision FROM postmortems WHERE incident_id = ?"_s, {postmortem.incidentId});
            if (!last)
                return std::unexpected(last.error());
            saved.revision = (last->next() ? last->value(0).toLongLong() : 0) + 1;
        }
        saved.updatedAt = now();
        auto written
            = m_db.exec(u"INSERT INTO postmortems (incident_id, body, revision, updated_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
                        "body = excluded.body, revision = excluded.revision, updated_at = excluded.updated_at"_s,
                {saved.incidentId, rows::jsonText(postmortems::toJson(saved)), saved.revision,
                    rows::timeValue(saved.updatedAt)});
        if (!written)
            return std::unexpected(written.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

Result<std::optional<postmortems::Postmortem>> IncidentStore::postmortem(qint64 incidentId) const
{
    auto query = m_db.exec(u"SELECT body, revision, updated_at FROM postmortems WHERE incident_id = ?"_s, {incidentId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<postmortems::Postmortem>();
    store::RowReader row(*query);
    const QJsonObject body = row.object(0);
    const qint64 revision = row.number(1);
    const QDateTime updatedAt = row.time(2);
    if (!row.problem().isEmpty())
        return makeError(ErrorCode::Io,
            u"%1: the postmortem of incident %2 has %3"_s.arg(path(), QString::number(incidentId), row.problem()));
    auto postmortem = postmortems::postmortemFromJson(body);
    if (!postmortem)
        return makeError(ErrorCode::Io,
            u"%1: the postmortem of incident %2 cannot be read: %3"_s.arg(
                path(), QString::number(incidentId), postmortem.error().detail));
    postmortem->incidentId = incidentId;
    postmortem->revision = revision;
    postmortem->updatedAt = updatedAt.toUTC();
    return std::optional<postmortems::Postmortem>(std::move(*postmortem));
}

} // namespace wk::incidents
