#include "alerts/AlertAction.h"

using namespace Qt::StringLiterals;

namespace wk::alerts {

QString actionName(ActionKind kind)
{
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
        return u"add note"_s;
    case ActionKind::Snooze:
        return u"snooze"_s;
    case ActionKind::Assign:
        return u"assign"_s;
    case ActionKind::AddTags:
        return u"add tags"_s;
    }
    return {};
}

namespace {
constexpr std::pair<ActionKind, QStringView> tokens[] = {
    {ActionKind::Acknowledge, u"ack"},
    {ActionKind::Unacknowledge, u"unack"},
    {ActionKind::Close, u"close"},
    {ActionKind::Escalate, u"escalate"},
    {ActionKind::AddNote, u"note"},
    {ActionKind::Snooze, u"snooze"},
    {ActionKind::Assign, u"assign"},
    {ActionKind::AddTags, u"tags"},
};
} // namespace

QString actionToken(ActionKind kind)
{
    for (const auto& [k, token] : tokens) {
        if (k == kind)
            return token.toString();
    }
    return {};
}

std::optional<ActionKind> actionFromToken(const QString& token)
{
    for (const auto& [k, t] : tokens) {
        if (t == token)
            return k;
    }
    return std::nullopt;
}

} // namespace wk::alerts
