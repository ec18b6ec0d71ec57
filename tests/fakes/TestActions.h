#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "outbox/ActionOutbox.h"
#include "outbox/OutboxDispatcher.h"

namespace wk::fakes {

// An in-memory outbox and a dispatcher that polls every few milliseconds: what the console uses for actions,
// minus the disk and the patience.
struct TestActions
{
    TestActions(alerts::AlertBackend& backend, const Clock& clock)
        : outbox(outbox::ActionOutbox::open(QStringLiteral(":memory:")).value())
        , dispatcher(outbox, backend, QStringLiteral("fake"), clock, fastOptions())
    { }

    static outbox::OutboxDispatcher::Options fastOptions()
    {
        outbox::OutboxDispatcher::Options options;
        options.statusPollMs = 5;
        options.settleMs = 5;
        options.backoffBaseMs = 5;
        options.backoffMaxMs = 50;
        return options;
    }

    outbox::ActionOutbox outbox;
    outbox::OutboxDispatcher dispatcher;
};

} // namespace wk::fakes
