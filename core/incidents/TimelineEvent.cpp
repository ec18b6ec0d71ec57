#include "incidents/TimelineEvent.h"

#include <QStringView>

#include <utility>

namespace wk::incidents {

namespace {

constexpr std::pair<EventKind, QStringView> kindTokens[] = {
    {EventKind::Created, u"created"},
    {EventKind::StatusChanged, u"status_changed"},
    {EventKind::SeverityChanged, u"severity_changed"},
    {EventKind::RoleAssigned, u"role_assigned"},
    {EventKind::AlertLinked, u"alert_linked"},
    {EventKind::Note, u"note"},
    {EventKind::NoteEdited, u"note_edited"},
    {EventKind::RunbookStepDone, u"runbook_step_done"},
    {EventKind::Action, u"action"},
    {EventKind::BackendNote, u"backend_note"},
    {EventKind::ThresholdCrossed, u"threshold_crossed"},
    {EventKind::Snapshot, u"snapshot"},
    {EventKind::ScriptRun, u"script_run"},
};

} // namespace

QString eventKindToken(EventKind kind)
{
    for (const auto& [k, token] : kindTokens) {
        if (k == kind)
            return token.toString();
    }
    return {};
}

std::optional<EventKind> eventKindFromToken(const QString& token)
{
    for (const auto& [k, t] : kindTokens) {
        if (t == token)
            return k;
    }
    return std::nullopt;
}

bool changesIncident(EventKind kind)
{
    switch (kind) {
    case EventKind::Created:
    case EventKind::StatusChanged:
    case EventKind::SeverityChanged:
    case EventKind::RoleAssigned:
    case EventKind::AlertLinked:
        return true;
    default:
        return false;
    }
}

} // namespace wk::incidents
