#pragma once

#include "workspace/Workspace.h"

#include <QString>

namespace wk::workspace {

// How a unit's raw values are scaled for an axis: multiply by `factor`, write `suffix` after.
struct AxisScale
{
    double factor = 1.0;
    QString suffix;
};

// Picks a readable scale for values up to `maxAbs` (ms for sub-second latencies, GiB for memory, ...).
AxisScale axisScale(Unit unit, double maxAbs);

// "412 ms", "99.95 %", "2.3 GiB", "1.2 k req/s", "3 h 5 min"; NaN prints as "no data".
QString formatValue(double value, Unit unit);

// A duration in seconds as "45 s", "12 min", "3 h 5 min", "2 d 4 h".
QString formatDuration(double seconds);

} // namespace wk::workspace
