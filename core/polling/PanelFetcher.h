#pragma once

#include "metrics/MetricsBackend.h"
#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QMap>

#include <functional>

namespace wk::polling {

struct PanelRequest
{
    const workspace::Panel* panel = nullptr;
    QMap<QString, QString> variables;
    QDateTime now;
    int plotWidthPx = 600;
};

// Step for a range panel: one point per pixel, never finer than the 15 s scrape interval (what Grafana asks)
// and never more than Prometheus' 11,000 points per series.
qint64 rangeStepSeconds(int rangeMinutes, int plotWidthPx);

// "{{class}}" -> "churn"; an empty template names the series by its labels.
QString expandLegend(const QString& legendTemplate, const metrics::Labels& labels);

// Runs every target of a panel (range queries for time series, instant queries otherwise) and answers once
// with all of them; one failing target does not blank the others.
void fetchPanel(metrics::MetricsBackend& backend, const PanelRequest& request, QObject* context,
    std::function<void(PanelData)> done);

} // namespace wk::polling
