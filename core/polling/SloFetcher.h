#pragma once

#include "analytics/slo/Slo.h"
#include "common/Error.h"
#include "metrics/MetricsBackend.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <functional>

namespace wk::polling {

// One SLO as of one poll: its spec, the windows asked for and what they measured, and the evaluation.
struct SloReport
{
    analytics::slo::SloSpec spec;
    std::vector<analytics::slo::AlertWindow> alerts;
    analytics::slo::SloStatus status;
    std::optional<double> periodErrorRatio;
    QDateTime at;
    QStringList warnings;
};

// The error-ratio PromQL for one window: (errors) / (total), or 1 - (good) / (total), with {{.window}} replaced
// by the window ("5m", "1h", "30d") and $variables expanded.
QString sloRatioExpr(const workspace::Slo& slo, qint64 windowSeconds, const QMap<QString, QString>& variables);

// Asks the source for the error ratio over each alert window and over the whole period (instant queries at
// `now`) and evaluates them. A window with no traffic has no ratio (not an error); a query that returns more
// than one series is an error that says to aggregate it. The first failing query fails the poll.
void fetchSlo(metrics::MetricsBackend& backend, const workspace::Slo& slo, const QMap<QString, QString>& variables,
    const QDateTime& now, QObject* context, std::function<void(Result<SloReport>)> done);

} // namespace wk::polling
