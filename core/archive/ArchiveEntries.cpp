#include "archive/ArchiveEntries.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace wk::archive {

namespace {

QString ms(const QDateTime& at)
{
    return QString::number(at.toMSecsSinceEpoch());
}

KeyedEntry keyed(const alerts::Alert& alert, const QDateTime& at, HistoryKind kind, const QString& actor,
    const QString& note, const QString& key)
{
    return {HistoryEntry{alert.id, at, kind, actor, note}, key};
}

} // namespace

QVariant millis(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QStringList teamsOf(const alerts::Alert& alert)
{
    QStringList teams;
    for (const QString& team : alert.team.split(u',', Qt::SkipEmptyParts)) {
        if (const QString name = team.trimmed(); !name.isEmpty() && !teams.contains(name))
            teams.append(name);
    }
    return teams;
}

QString notNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

QDateTime occurredAt(const alerts::Alert& alert)
{
    for (const char* key : {"firstOccurredAt", "startsAt"}) {
        const QDateTime at = QDateTime::fromString(alert.details.value(QLatin1StringView(key)), Qt::ISODateWithMs);
        if (at.isValid())
            return at;
    }
    return {};
}

QList<KeyedEntry> stateEntries(const alerts::Alert& alert)
{
    const QString& id = alert.id;
    const QDateTime changedAt = alert.updatedAt.isValid() ? alert.updatedAt : alert.createdAt;
    QList<KeyedEntry> entries{
        keyed(alert, alert.createdAt, HistoryKind::Created, alert.source, alert.message, u"created:"_s + id)};
    if (alert.acknowledgedAt.isValid()) {
        entries.append(keyed(alert, alert.acknowledgedAt, HistoryKind::Acknowledged, alert.acknowledgedBy, {},
            u"ack:"_s + id + u':' + ms(alert.acknowledgedAt)));
    }
    if (alert.status == alerts::AlertStatus::Closed) {
        const QDateTime at = alert.closedAt.isValid() ? alert.closedAt : changedAt;
        entries.append(keyed(alert, at, HistoryKind::Closed, alert.closedBy, {}, u"close:"_s + id + u':' + ms(at)));
    }
    if (alert.escalationLevel > 0) {
        entries.append(keyed(alert, changedAt, HistoryKind::Escalated, {}, u"level %1"_s.arg(alert.escalationLevel),
            u"escalated:"_s + id + u':' + QString::number(alert.escalationLevel)));
    }
    if (alert.snoozedUntil.isValid()) {
        entries.append(keyed(alert, changedAt, HistoryKind::Snoozed, {},
            alert.snoozedUntil.toUTC().toString(Qt::ISODate), u"snoozed:"_s + id + u':' + ms(alert.snoozedUntil)));
    }
    if (!alert.owner.isEmpty()) {
        entries.append(
            keyed(alert, changedAt, HistoryKind::Assigned, alert.owner, {}, u"owner:"_s + id + u':' + alert.owner));
    }
    for (const alerts::AlertNote& note : alert.notes)
        entries.append(keyed(alert, note.at, HistoryKind::Note, note.author, note.text, alerts::noteKey(id, note)));
    return entries;
}

QList<KeyedEntry> importedEntries(const alerts::Alert& alert, const QList<alerts::AlertLogEntry>& log)
{
    using alerts::AlertLogKind;
    const QString& id = alert.id;
    QList<KeyedEntry> entries;
    bool acknowledged = false;
    bool closed = false;
    int escalations = 0;
    for (const alerts::AlertLogEntry& e : log) {
        switch (e.kind) {
        case AlertLogKind::Acknowledged: {
            const QDateTime at = !acknowledged && alert.acknowledgedAt.isValid() ? alert.acknowledgedAt : e.at;
            acknowledged = true;
            entries.append(keyed(alert, at, HistoryKind::Acknowledged, e.actor, {}, u"ack:"_s + id + u':' + ms(at)));
            break;
        }
        case AlertLogKind::Unacknowledged:
            break;
        case AlertLogKind::Closed: {
            if (std::exchange(closed, true))
                break; // closing a closed alert changes nothing
            const QDateTime at = alert.closedAt.isValid() ? alert.closedAt : e.at;
            entries.append(keyed(alert, at, HistoryKind::Closed, e.actor, {}, u"close:"_s + id + u':' + ms(at)));
            break;
        }
        case AlertLogKind::Escalated:
            ++escalations;
            entries.append(keyed(alert, e.at, HistoryKind::Escalated, e.actor,
                e.subject.isEmpty() ? u"level %1"_s.arg(escalations) : e.subject,
                u"escalated:"_s + id + u':' + QString::number(escalations)));
            break;
        case AlertLogKind::Snoozed:
            entries.append(keyed(alert, e.at, HistoryKind::Snoozed, e.actor,
                e.until.isValid() ? e.until.toUTC().toString(Qt::ISODate) : e.text,
                u"snoozed:"_s + id + u':' + (e.until.isValid() ? ms(e.until) : u"at:"_s + ms(e.at))));
            break;
        case AlertLogKind::Assigned:
            entries.append(keyed(alert, e.at, HistoryKind::Assigned, e.subject.isEmpty() ? e.actor : e.subject, e.text,
                u"owner:"_s + id + u':' + (e.subject.isEmpty() ? u"at:"_s + ms(e.at) : e.subject)));
            break;
        case AlertLogKind::Note: {
            const alerts::AlertNote note{e.at, e.actor, e.text};
            entries.append(keyed(alert, e.at, HistoryKind::Note, e.actor, e.text, alerts::noteKey(id, note)));
            break;
        }
        }
    }
    entries.append(stateEntries(alert));
    return entries;
}

std::pair<QDateTime, QString> firstAcknowledgement(const alerts::Alert& alert, const QList<alerts::AlertLogEntry>& log)
{
    if (alert.acknowledgedAt.isValid())
        return {alert.acknowledgedAt, alert.acknowledgedBy};
    for (const alerts::AlertLogEntry& e : log) { // oldest first
        if (e.kind == alerts::AlertLogKind::Acknowledged)
            return {e.at, e.actor};
    }
    return {};
}

} // namespace wk::archive
