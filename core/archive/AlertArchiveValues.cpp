// What the history browser asks of the archive besides its rows: counts for "showing N of M" and the values its
// filters offer.
#include "archive/AlertArchive.h"

using namespace Qt::StringLiterals;

namespace wk::archive {

Result<qsizetype> AlertArchive::count(const ArchiveQuery& query) const
{
    ArchiveQuery all = query;
    all.limit = 0;
    QVariantList binds;
    auto rows = m_db.exec(u"SELECT COUNT(*) FROM (SELECT 1 FROM archived_alerts"_s + where(all, binds) + u')', binds);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->next() ? qsizetype(rows->value(0).toLongLong()) : 0;
}

Result<ArchiveValues> AlertArchive::values() const
{
    ArchiveValues values;
    // Teams are kept comma-separated per alert: the distinct lists are few, the split is cheap.
    auto teamLists = m_db.exec(u"SELECT DISTINCT teams FROM archived_alerts"_s);
    if (!teamLists)
        return std::unexpected(teamLists.error());
    while (teamLists->next())
        values.teams.append(teamLists->value(0).toString().split(u',', Qt::SkipEmptyParts));
    values.teams.removeDuplicates();
    values.teams.sort(Qt::CaseInsensitive);

    auto services = m_db.exec(
        u"SELECT DISTINCT service FROM archived_alerts WHERE service <> '' ORDER BY service COLLATE NOCASE"_s);
    if (!services)
        return std::unexpected(services.error());
    while (services->next())
        values.services.append(services->value(0).toString());
    return values;
}

} // namespace wk::archive
