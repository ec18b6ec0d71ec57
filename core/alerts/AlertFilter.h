#pragma once

#include "alerts/Alert.h"

#include <QString>

#include <optional>

namespace wk::alerts {

// What the on-call engineer asked to see. Plain data, so the CLI and the UI share one predicate.
struct AlertFilter
{
    enum class StatusFilter {
        Active, // open, acknowledged or snoozed: everything not closed
        Open,
        Acknowledged,
        Closed,
        All,
    };

    QString text;                        // words, all of which must match some field
    std::optional<Priority> maxPriority; // show P1 up to this one; empty: every priority
    QString team;                        // empty: every team
    StatusFilter status = StatusFilter::Active;
};

// True when `alert` passes every part of `filter`. Text matching is case-insensitive against
// message, alias, service, team, tags, owner and id; several words must all match (each may
// match a different field).
bool matches(const AlertFilter& filter, const Alert& alert);

bool matchesStatus(AlertFilter::StatusFilter filter, AlertStatus status);

} // namespace wk::alerts
