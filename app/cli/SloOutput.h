#pragma once

#include "analytics/slo/CounterSeries.h"
#include "analytics/slo/Slo.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace wk::cli {

// Everything one `watchkeeper slo` run measured and concluded.
struct SloRun
{
    analytics::slo::SloSpec spec;
    std::int64_t at = 0;
    std::int64_t interval = 0;
    // Parallel to status.windows: what the counters grew by over each window, nullopt when the series does not
    // have the samples (the window reaches before the first one, or its start falls between two).
    std::vector<std::optional<analytics::slo::CounterIncrease>> windowIncreases;
    std::optional<analytics::slo::CounterIncrease> period; // over min(period, what the series covers)
    std::optional<double> periodErrorRatio;
    analytics::slo::SloStatus status;
};

QString presetName(analytics::slo::Preset preset);
QString severityName(analytics::slo::Severity severity);

// {"objective", "period", "period_seconds", "preset", "at", "at_time", "interval_seconds",
//  "windows": [{"window", "seconds", "data": "ok"|"no_traffic"|"insufficient_data", "total", "errors",
//               "error_ratio", "burn_rate"}],
//  "alerts": [{"severity": "page"|"ticket", "short", "long", "factor", "for", "short_burn_rate", "long_burn_rate",
//              "firing"}],
//  "page_firing", "ticket_firing",
//  "period_start", "period_covered_seconds", "period_complete", "period_error_ratio",
//  "budget_remaining", "current_burn_window", "current_burn_rate", "exhaustion_seconds"}.
// Unknown values are null, never NaN; "for" is Pyrra's `for:` and null for Sloth.
QByteArray sloJson(const SloRun& run);

// For people: the windows, the alerts, then budget and exhaustion as "key: value" lines.
QByteArray sloTable(const SloRun& run);

} // namespace wk::cli
