#pragma once

#include "ChaosPlan.h"

#include <QStringList>

namespace wk::fakegenie {
class FakeGenieServer;
}
namespace wk::outbox {
class ActionOutbox;
}

namespace wk::chaos {

struct Verdict
{
    QStringList problems; // one line per action (or alert) that did not end as planned
    int duplicates = 0;   // extra applications of actions that landed more than once
    int losses = 0;       // actions that should have landed and never did
    int refusals = 0;     // actions planned to be refused
    int attempts = 0;     // sending attempts the outbox counted
};

// Compares the plan with the outbox and with what the service applied: each planned action Landed and applied
// exactly once (found by its own note), or Failed with the service's refusal and never applied; nothing applied
// that was not planned; and every alert's final state (acknowledged, closed, owner, tags, notes) as the plan says.
Verdict judge(
    const QList<PlannedAction>& plan, const outbox::ActionOutbox& outbox, const fakegenie::FakeGenieServer& server);

} // namespace wk::chaos
