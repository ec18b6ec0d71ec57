#include "genie/GenieLogs.h"

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {

// "Alert is closed via API" -> "closed via api": the verb first.
QString verbFirst(const QString& log)
{
    QString words = log.trimmed().toLower();
    for (const QString& lead : {u"alert "_s, u"is "_s}) {
        if (words.startsWith(lead))
            words = words.mid(lead.size()).trimmed();
    }
    return words;
}

// The words after `marker` up to " by ", " via " or the end, unbracketed: "assigned to [bob] via web" -> "bob".
QString wordsAfter(const QString& log, const QString& marker)
{
    const qsizetype at = log.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString rest = log.mid(at + marker.size());
    for (const QString& end : {u" by "_s, u" via "_s}) {
        const qsizetype cut = rest.indexOf(end, 0, Qt::CaseInsensitive);
        if (cut >= 0)
            rest.truncate(cut);
    }
    rest = rest.trimmed();
    if (rest.startsWith(u'[') && rest.endsWith(u']'))
        rest = rest.mid(1, rest.size() - 2).trimmed();
    return rest;
}

} // namespace

std::optional<alerts::AlertLogEntry> logEntryOf(const LogLine& line)
{
    using alerts::AlertLogKind;
    if (line.type == u"alertRecipient")
        return std::nullopt;
    const QString verb = verbFirst(line.log);
    std::optional<AlertLogKind> kind;
    if (line.type == u"alertNote" || verb.startsWith(u"note added"_s) || verb.startsWith(u"added note"_s))
        kind = AlertLogKind::Note;
    else if (verb.startsWith(u"unacknowledged"_s))
        kind = AlertLogKind::Unacknowledged;
    else if (verb.startsWith(u"acknowledged"_s))
        kind = AlertLogKind::Acknowledged;
    else if (verb.startsWith(u"closed"_s))
        kind = AlertLogKind::Closed;
    else if (verb.startsWith(u"escalated"_s))
        kind = AlertLogKind::Escalated;
    else if (verb.startsWith(u"snoozed"_s))
        kind = AlertLogKind::Snoozed;
    else if (verb.startsWith(u"assigned"_s) || verb.startsWith(u"ownership assigned"_s))
        kind = AlertLogKind::Assigned;
    if (!kind || !line.at.isValid())
        return std::nullopt;

    alerts::AlertLogEntry entry{line.at, *kind, line.owner, line.log, {}, {}};
    if (*kind == AlertLogKind::Assigned)
        entry.subject = wordsAfter(line.log, u"assigned to "_s);
    else if (*kind == AlertLogKind::Escalated)
        entry.subject = wordsAfter(line.log, u"escalated to "_s);
    else if (*kind == AlertLogKind::Snoozed)
        entry.until = readTime(QJsonValue(wordsAfter(line.log, u"until "_s)));
    return entry;
}

} // namespace wk::genie
