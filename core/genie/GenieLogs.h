#pragma once

#include "alerts/AlertHistory.h"
#include "genie/GenieJson.h"

#include <optional>

namespace wk::genie {

// What one activity log line of Opsgenie or JSM Ops means, or nullopt for a line the archive does not keep
// (notifications and views, tag, priority and message edits, the creation itself). The vendors document the fields
// (log, type, owner, createdAt) but not the wording, so the line is read by its leading verb after an optional
// "Alert" and "is": "Alert acknowledged via web", "Acknowledged by bob", "Alert ownership assigned to [x] via web",
// "Snoozed until 2026-11-20T10:00:00Z by bob". Lines of type alertRecipient are a recipient's own state (notified,
// viewed) and are left out: the system line says what happened to the alert.
std::optional<alerts::AlertLogEntry> logEntryOf(const LogLine& line);

} // namespace wk::genie
