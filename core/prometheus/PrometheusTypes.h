#pragma once

#include "metrics/MetricsTypes.h"

#include <QDateTime>
#include <QMap>

#include <vector>

namespace wk::prometheus {

// An alert as Prometheus evaluates it (/api/v1/alerts), before any Alertmanager or Opsgenie sees it.
struct RuleAlert
{
    metrics::Labels labels;
    QMap<QString, QString> annotations;
    QString state; // "pending" or "firing"
    QDateTime activeAt;
    double value = 0.0;
};

// An alerting rule (/api/v1/rules?type=alert): its expression is what the alert detail charts.
struct AlertingRule
{
    QString group;
    QString name;
    QString query;
    qint64 durationSeconds = 0;
    metrics::Labels labels;
    QMap<QString, QString> annotations;
    QString state;  // "inactive", "pending", "firing"
    QString health; // "ok", "err", "unknown"
    QString lastError;
    std::vector<RuleAlert> alerts;
};

} // namespace wk::prometheus
