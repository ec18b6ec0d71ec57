#include "cli/AlertsOutput.h"

#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr qsizetype ownerWidth = 16;
constexpr qsizetype teamsWidth = 24;
constexpr qsizetype lineMessageWidth = 50; // the alert's message in an action's line

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QStringList teamsOf(const alerts::Alert& alert)
{
    QStringList teams = alert.team.split(u',', Qt::SkipEmptyParts);
    for (QString& t : teams)
        t = t.trimmed();
    return teams;
}

bool isAcked(const alerts::Alert& alert)
{
    return alert.status == alerts::AlertStatus::Acknowledged || alert.acknowledgedAt.isValid()
        || !alert.acknowledgedBy.isEmpty();
}

// "45s", "12m", "5h", "3d": how long ago, for a column.
QString ageText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return u"-"_s;
    const qint64 s = std::max<qint64>(0, since.secsTo(now));
    if (s < 60)
        return QString::number(s) + u's';
    if (s < 3600)
        return QString::number(s / 60) + u'm';
    if (s < 86400)
        return QString::number(s / 3600) + u'h';
    return QString::number(s / 86400) + u'd';
}

QString localTime(const QDateTime& t, const QDateTime& now)
{
    if (!t.isValid())
        return {};
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s) + u" ("_s + ageText(t, now) + u" ago)"_s;
}

QString shownId(const ActionReport& r)
{
    return r.tinyId.isEmpty() ? r.givenId : r.tinyId;
}

} // namespace

QJsonObject alertJson(const alerts::Alert& a)
{
    QJsonObject details;
    for (auto it = a.details.cbegin(); it != a.details.cend(); ++it)
        details.insert(it.key(), it.value());
    QJsonArray notes;
    for (const alerts::AlertNote& n : a.notes)
        notes.append(QJsonObject{{u"at"_s, timeJson(n.at)}, {u"author"_s, n.author}, {u"text"_s, n.text}});
    return QJsonObject{
        {u"id"_s, a.id},
        {u"tiny_id"_s, textJson(a.tinyId)},
        {u"alias"_s, textJson(a.alias)},
        {u"message"_s, a.message},
        {u"description"_s, textJson(a.description)},
        {u"priority"_s, alerts::priorityName(a.priority)},
        {u"status"_s, alerts::statusName(a.status)},
        {u"acknowledged"_s, isAcked(a)},
        {u"acknowledged_by"_s, textJson(a.acknowledgedBy)},
        {u"acknowledged_at"_s, timeJson(a.acknowledgedAt)},
        {u"owner"_s, textJson(a.owner)},
        {u"teams"_s, QJsonArray::fromStringList(teamsOf(a))},
        {u"service"_s, textJson(a.service)},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
        {u"source"_s, textJson(a.source)},
        {u"runbook_url"_s, textJson(a.runbookUrl)},
        {u"count"_s, a.count},
        {u"escalation_level"_s, a.escalationLevel},
        {u"created_at"_s, timeJson(a.createdAt)},
        {u"updated_at"_s, timeJson(a.updatedAt)},
        {u"last_occurred_at"_s, timeJson(a.lastOccurredAt)},
        {u"closed_at"_s, timeJson(a.closedAt)},
        {u"snoozed_until"_s, timeJson(a.snoozedUntil)},
        {u"details"_s, details},
        {u"notes"_s, notes},
    };
}

QByteArray alertListTable(const alerts::AlertPage& page, int offset, const QDateTime& now, int width)
{
    const QStringList header{
        u"ID"_s, u"PRI"_s, u"STATUS"_s, u"ACKED"_s, u"OWNER"_s, u"TEAMS"_s, u"COUNT"_s, u"AGE"_s, u"MESSAGE"_s};
    QList<QStringList> rows;
    for (const alerts::Alert& a : page.alerts) {
        rows.append(
            {a.tinyId.isEmpty() ? a.id : a.tinyId, alerts::priorityName(a.priority), alerts::statusName(a.status),
                isAcked(a) ? u"yes"_s : u"no"_s, elided(a.owner, ownerWidth), elided(teamsOf(a).join(u','), teamsWidth),
                QString::number(a.count), ageText(a.createdAt, now), a.message.simplified()});
    }
    QString out = page.alerts.isEmpty() ? u"no alerts match\n"_s : textTable(header, rows, {6, 7}, width);
    const qsizetype shown = page.alerts.size();
    out += u"showing "_s + QString::number(shown);
    if (page.total >= 0)
        out += u" of "_s + QString::number(page.total);
    if (offset > 0)
        out += u" from offset "_s + QString::number(offset);
    if (page.more)
        out += u" (more: --offset "_s + QString::number(offset + shown) + u')';
    return (out + u'\n').toUtf8();
}

QByteArray alertListJson(const alerts::AlertPage& page)
{
    QJsonArray list;
    for (const alerts::Alert& a : page.alerts) {
        QJsonObject object = alertJson(a);
        object.remove(u"notes"_s); // a list never reads them: leaving [] would say "none"
        list.append(object);
    }
    const QJsonObject root{{u"alerts"_s, list},
        {u"total"_s, page.total >= 0 ? QJsonValue(page.total) : QJsonValue(QJsonValue::Null)}, {u"more"_s, page.more}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray alertDetailTable(const alerts::Alert& a, const QDateTime& now)
{
    QList<QStringList> rows;
    auto add = [&](const QString& name, const QString& value) {
        if (!value.isEmpty())
            rows.append({name + u':', value});
    };
    add(u"tiny id"_s, a.tinyId);
    add(u"id"_s, a.id);
    add(u"message"_s, a.message);
    add(u"priority"_s, alerts::priorityName(a.priority));
    add(u"status"_s, alerts::statusName(a.status));
    add(u"acknowledged"_s,
        isAcked(a) ? (a.acknowledgedBy.isEmpty() ? u"yes"_s : u"by "_s + a.acknowledgedBy) : u"no"_s);
    add(u"acknowledged at"_s, localTime(a.acknowledgedAt, now));
    add(u"owner"_s, a.owner);
    add(u"teams"_s, teamsOf(a).join(u", "_s));
    add(u"service"_s, a.service);
    add(u"tags"_s, a.tags.join(u", "_s));
    add(u"source"_s, a.source);
    add(u"alias"_s, a.alias);
    add(u"count"_s, QString::number(a.count));
    add(u"created"_s, localTime(a.createdAt, now));
    add(u"updated"_s, localTime(a.updatedAt, now));
    add(u"last occurred"_s, localTime(a.lastOccurredAt, now));
    add(u"closed"_s, localTime(a.closedAt, now));
    add(u"snoozed until"_s,
        a.snoozedUntil.isValid() ? a.snoozedUntil.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s) : QString());
    add(u"runbook"_s, a.runbookUrl);
    QString out = textTable({}, rows);
    if (!a.description.isEmpty())
        out += u"\ndescription:\n  "_s + QString(a.description).replace(u'\n', u"\n  "_s) + u'\n';
    if (!a.details.isEmpty()) {
        QList<QStringList> details;
        for (auto it = a.details.cbegin(); it != a.details.cend(); ++it)
            details.append({u"  "_s + it.key() + u':', it.value()});
        out += u"\ndetails:\n"_s + textTable({}, details);
    }
    out += u"\nnotes ("_s + QString::number(a.notes.size()) + u"):\n"_s;
    for (const alerts::AlertNote& n : a.notes) {
        out += u"  "_s + localTime(n.at, now) + u"  "_s + (n.author.isEmpty() ? u"-"_s : n.author) + u'\n';
        out += u"    "_s + QString(n.text).replace(u'\n', u"\n    "_s) + u'\n';
    }
    return out.toUtf8();
}

QByteArray alertDetailJson(const alerts::Alert& alert)
{
    return QJsonDocument(alertJson(alert)).toJson(QJsonDocument::Indented);
}

QByteArray actionLines(const QList<ActionReport>& reports, const QString& timeoutText)
{
    QString out;
    for (const ActionReport& r : reports) {
        out += alerts::actionToken(r.kind) + u' ' + shownId(r);
        if (!r.message.isEmpty())
            out += u" ("_s + elided(r.message.simplified(), lineMessageWidth) + u')';
        switch (r.state) {
        case outbox::OutboxState::Landed:
            out += u" landed at "_s
                + (r.landedAt.isValid() ? r.landedAt.toLocalTime().toString(u"HH:mm:ss"_s) : u"?"_s);
            break;
        case outbox::OutboxState::Failed:
            out += u" failed: "_s + (r.error.isEmpty() ? u"the service did not apply it"_s : r.error);
            break;
        default:
            out += u" still pending after "_s + timeoutText + u" ("_s
                + (r.submitted ? u"last state: "_s + outbox::stateName(r.state) : u"not sent"_s)
                + (r.error.isEmpty() ? QString() : u"; last error: "_s + r.error) + u')';
            break;
        }
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray actionsJson(const QList<ActionReport>& reports)
{
    QJsonArray list;
    for (const ActionReport& r : reports) {
        list.append(QJsonObject{
            {u"action"_s, alerts::actionToken(r.kind)},
            {u"alert_id"_s, r.alertId.isEmpty() ? r.givenId : r.alertId},
            {u"tiny_id"_s, textJson(r.tinyId)},
            {u"message"_s, textJson(r.message)},
            {u"state"_s, r.submitted || outbox::isFinished(r.state) ? outbox::stateName(r.state) : u"not_sent"_s},
            {u"landed_at"_s, timeJson(r.landedAt)},
            {u"error"_s, textJson(r.error)},
            {u"attempts"_s, r.attempts},
        });
    }
    return QJsonDocument(QJsonObject{{u"actions"_s, list}}).toJson(QJsonDocument::Indented);
}

} // namespace wk::cli
