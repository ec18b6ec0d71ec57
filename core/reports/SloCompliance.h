#pragma once

#include "metrics/MetricsBackend.h"
#include "reports/ReportTables.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>

namespace wk::reports {

// The source an SLO reads ("" is the default source); nullptr when there is none by that name.
using SloBackendFor = std::function<metrics::MetricsBackend*(const QString& source)>;

inline constexpr int sloAnswerTimeoutMs = 10'000; // a silent source must not keep the report waiting

// Each SLO's compliance over [from, to), asked of its own source (one instant query with the span as the
// window): achieved = 1 - the error ratio, and the share of the SLO's own period's budget the span burned. A
// source that is missing, fails or does not answer within sloAnswerTimeoutMs gives that SLO's row an error;
// `done` runs once, with every SLO in the workspace's order, after the last answer or the timeout.
void fetchSloCompliance(const QList<workspace::Slo>& slos, const SloBackendFor& backendFor,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(QList<SloCompliance>)> done);

} // namespace wk::reports
