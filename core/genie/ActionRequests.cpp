#include "genie/ActionRequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {

// Entries written before the action was asked for cannot be its evidence; clocks differ a little (NTP keeps
// them within a second; the margin is generous but short enough that an earlier, separate escalation to the
// same policy is not mistaken for this one).
constexpr qint64 clockSkewSeconds = 30;

QString verbPath(alerts::ActionKind kind)
{
    using alerts::ActionKind;
    switch (kind) {
    case ActionKind::Acknowledge:
        return u"acknowledge"_s;
    case ActionKind::Unacknowledge:
        return u"unacknowledge"_s;
    case ActionKind::Close:
        return u"close"_s;
    case ActionKind::Escalate:
        return u"escalate"_s;
    case ActionKind::AddNote:
        return u"notes"_s;
    case ActionKind::Snooze:
        return u"snooze"_s;
    case ActionKind::Assign:
        return u"assign"_s;
    case ActionKind::AddTags:
        return u"tags"_s;
    }
    return {};
}

bool acknowledged(const alerts::Alert& alert)
{
    return alert.status == alerts::AlertStatus::Acknowledged || alert.acknowledgedAt.isValid()
        || !alert.acknowledgedBy.isEmpty();
}

bool after(const QDateTime& at, const QDateTime& requestedAt)
{
    return !requestedAt.isValid() || !at.isValid() || at >= requestedAt.addSecs(-clockSkewSeconds);
}

} // namespace

Result<GenieClient::Call> actionCall(const alerts::AlertAction& action, const GenieEndpoint& endpoint)
{
    using alerts::ActionKind;
    if (action.alertId.isEmpty())
        return makeError(ErrorCode::BadQuery, u"no alert given"_s);
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.method = net::HttpRequest::Method::Post;
    call.path = u"alerts/"_s + pathSegment(action.alertId) + u'/' + verbPath(action.kind);
    if (endpoint.vendor == Vendor::Opsgenie)
        call.query.addQueryItem(u"identifierType"_s, u"id"_s);
    QJsonObject body{{u"user"_s, action.user.left(100)}, {u"source"_s, u"Watchkeeper"_s}};
    const QString note = action.note.trimmed();
    switch (action.kind) {
    case ActionKind::AddNote:
        if (note.isEmpty())
            return makeError(ErrorCode::BadQuery, u"a note needs text"_s);
        if (note.size() > 25000)
            return makeError(ErrorCode::BadQuery, u"a note holds at most 25,000 characters"_s);
        break;
    case ActionKind::Snooze:
        if (!action.snoozeUntil.isValid())
            return makeError(ErrorCode::BadQuery, u"snooze needs a time to snooze until"_s);
        body.insert(u"endTime"_s, action.snoozeUntil.toUTC().toString(Qt::ISODateWithMs));
        break;
    case ActionKind::Escalate:
        if (action.escalation.trimmed().isEmpty())
            return makeError(ErrorCode::BadQuery, u"escalate needs an escalation policy"_s);
        body.insert(u"escalation"_s, QJsonObject{{u"name"_s, action.escalation.trimmed()}});
        break;
    case ActionKind::Assign:
        if (action.assignee.trimmed().isEmpty())
            return makeError(ErrorCode::BadQuery, u"assign needs a username"_s);
        body.insert(u"owner"_s, QJsonObject{{u"username"_s, action.assignee.trimmed()}});
        break;
    case ActionKind::AddTags: {
        QJsonArray tags;
        for (const QString& tag : action.tags) {
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed().left(50));
        }
        if (tags.isEmpty())
            return makeError(ErrorCode::BadQuery, u"add tags needs at least one tag"_s);
        body.insert(u"tags"_s, tags);
        break;
    }
    default:
        break;
    }
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    call.body = body;
    return call;
}

LandedEvidence evidenceFor(alerts::ActionKind kind)
{
    switch (kind) {
    case alerts::ActionKind::AddNote:
        return LandedEvidence::Notes;
    case alerts::ActionKind::Escalate:
        return LandedEvidence::Logs;
    default:
        return LandedEvidence::AlertState;
    }
}

bool landedInAlert(const alerts::AlertAction& action, const alerts::Alert& alert)
{
    using alerts::ActionKind;
    switch (action.kind) {
    case ActionKind::Acknowledge:
        return acknowledged(alert);
    case ActionKind::Unacknowledge:
        return !acknowledged(alert);
    case ActionKind::Close:
        return alert.status == alerts::AlertStatus::Closed;
    case ActionKind::Snooze:
        return alert.snoozedUntil.isValid() && action.snoozeUntil.isValid()
            && qAbs(alert.snoozedUntil.msecsTo(action.snoozeUntil)) < 1000;
    case ActionKind::Assign:
        return alert.owner == action.assignee.trimmed();
    case ActionKind::AddTags:
        return std::all_of(action.tags.cbegin(), action.tags.cend(),
            [&](const QString& tag) { return tag.trimmed().isEmpty() || alert.tags.contains(tag.trimmed()); });
    case ActionKind::AddNote:
    case ActionKind::Escalate:
        return false; // not visible in the alert's fields
    }
    return false;
}

bool landedInEntries(const alerts::AlertAction& action, const QList<alerts::AlertNote>& entries)
{
    const QString note = action.note.trimmed();
    const QString policy = action.escalation.trimmed();
    return std::any_of(entries.cbegin(), entries.cend(), [&](const alerts::AlertNote& entry) {
        if (!after(entry.at, action.requestedAt))
            return false;
        if (action.kind == alerts::ActionKind::AddNote)
            return entry.text.trimmed() == note;
        // Escalations show only in the activity log. Its wording is not documented; the entry must name the
        // escalation policy and say it escalated.
        // When the entry names who did it, it must be this engineer.
        const bool byThisUser = entry.author.isEmpty() || action.user.isEmpty()
            || entry.author.compare(action.user, Qt::CaseInsensitive) == 0;
        return action.kind == alerts::ActionKind::Escalate && byThisUser
            && entry.text.contains(u"scalat"_s, Qt::CaseInsensitive)
            && (policy.isEmpty() || entry.text.contains(policy, Qt::CaseInsensitive));
    });
}

} // namespace wk::genie
