#pragma once

#include "common/Error.h"
#include "metrics/MetricsBackend.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QMap>

#include <functional>
#include <optional>

namespace wk::polling {

// The share of an SLO's error budget that a span of time burned: the errors of the span over the errors the
// whole period allows, with the span's own traffic, errorRatio x span / ((1 - objective) x period). 0.18 is 18 %.
double budgetBurned(const workspace::Slo& slo, double errorRatio, qint64 spanSeconds);

// Asks the source for the SLO's error ratio over [from, to]: one instant query at `to` with the span (at least a
// minute) as the window; nothing when there was no traffic.
void fetchErrorRatio(metrics::MetricsBackend& backend, const workspace::Slo& slo,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(Result<std::optional<double>>)> done);

// The same query, answered as the share of the budget the span burned; nothing when there was no traffic.
void fetchBudgetBurned(metrics::MetricsBackend& backend, const workspace::Slo& slo,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(Result<std::optional<double>>)> done);

} // namespace wk::polling
