#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"

namespace wk::ui {

// Heartbeats come back from the alert service as alerts ("heartbeat:<name>") that cannot be acted on.
bool isReadOnly(const alerts::Alert& alert);

// Whether asking for `kind` on `alert` makes sense now: an acknowledge skips what is already acknowledged, a close
// what is closed. While an earlier action on the alert is still `pending`, only notes and tags may pile up.
bool appliesTo(alerts::ActionKind kind, const alerts::Alert& alert, bool pending);

} // namespace wk::ui
