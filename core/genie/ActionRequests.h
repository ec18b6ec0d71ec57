#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"
#include "genie/GenieClient.h"

namespace wk::genie {

// The request an action becomes: POST alerts/<id>/acknowledge and friends, attributed to the signed-in engineer
// (`user`; the vendors do not check it against their users, so the console always sends it) and marked with
// source "Watchkeeper" so the activity log says where it came from.
Result<GenieClient::Call> actionCall(const alerts::AlertAction& action, const GenieEndpoint& endpoint);

// How to tell, after a dropped connection, whether an action reached the service: most actions show in the
// alert's state (acknowledged, closed, owner, tags, snoozed until); a note in the alert's notes; an escalation
// only in its activity log.
enum class LandedEvidence { AlertState, Notes, Logs };
LandedEvidence evidenceFor(alerts::ActionKind kind);

bool landedInAlert(const alerts::AlertAction& action, const alerts::Alert& alert);
// `entries`: the alert's newest notes (for AddNote) or log lines (for Escalate).
bool landedInEntries(const alerts::AlertAction& action, const QList<alerts::AlertNote>& entries);

} // namespace wk::genie
