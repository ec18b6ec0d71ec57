#pragma once

#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <memory>

namespace wk::fakegenie {

// The subset of the Opsgenie / JSM Ops alert search dialect the fake serves:
//   field:value  field:"quoted value"  field:*wild*card*  bare words (searched in message)
//   createdAt|updatedAt|lastOccurredAt|count  <  >  <=  >=  (createdAt/updatedAt in ms since the epoch)
//   AND, OR, NOT (upper case), parentheses; adjacent terms are ANDed.
// Fields: status, acknowledged, snoozed, isSeen, priority, owner, teams, tag (or tags), message, description,
// entity, alias, tinyId, source, integration.name, integration.type, createdAt, updatedAt, lastOccurredAt,
// count. Opsgenie matches field names case-insensitively; JSM Ops only in their documented camelCase, and an
// unknown field is an error in both (the server answers 400). Values match case-insensitively; message,
// description and entity match a word or phrase, the other fields the whole value.
// [unverified] The full grammar page (docs.opsgenie.com/docs/alerts-search-query-help) was not available, and
// whether createdAt takes seconds or milliseconds was not checked on a live tenant: this fake takes ms.
class GenieQuery
{
public:
    enum class FieldCase { Insensitive, Sensitive };
    // The values a candidate holds for a canonical field name (several for tag and teams; numbers as decimal
    // text for createdAt/updatedAt/lastOccurredAt/count).
    using FieldLookup = std::function<QStringList(const QString& field)>;

    struct Node;

    // An empty or blank text gives a query that matches everything. Errors name what is wrong and where.
    static std::expected<GenieQuery, QString> parse(const QString& text, FieldCase fieldCase);

    bool matches(const FieldLookup& lookup) const;
    bool isEmpty() const { return !m_root; }

    static const QStringList& fieldNames();

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace wk::fakegenie
