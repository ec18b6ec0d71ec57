#pragma once

#include "analytics/drift/HistogramDrift.h"
#include "polling/PanelFetcher.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace wk::polling {

// One feature's drift now, from its histogram over the current window against the reference.
struct FeatureDrift
{
    QString feature;
    std::optional<analytics::drift::HistogramDriftResult> result; // nullopt: no observations in a window
};

// PSI per feature and window over the heatmap's range, oldest column first; nullopt where a window had no data.
struct DriftHeatmap
{
    std::vector<qint64> timesMs; // the end of each window
    QStringList features;
    std::vector<std::vector<std::optional<double>>> psi; // [feature][column]
    qint64 windowSeconds = 0;
};

struct DriftReport
{
    std::vector<FeatureDrift> features; // most drifted (PSI) first; features without data last
    DriftHeatmap heatmap;
    QString reference; // "1h ending 1d before the current window", "2026-11-01 00:00 to 2026-11-02 00:00", a file
};

// The PromQL the drift panel runs for the current window: sum by (<by>, le) (increase(<histogram>[<window>])).
QString driftCurrentExpr(const workspace::DriftSpec& drift, const QMap<QString, QString>& variables);
// The reference window's PromQL, or an empty string for a reference file.
QString driftReferenceExpr(const workspace::DriftSpec& drift, const QMap<QString, QString>& variables);

// Polls a drift panel: the current window and the reference as instant queries, the heatmap as range queries
// (one step per window), and answers with PanelData whose `drift` holds the report. A failing query leaves the
// report out and sets `error`, so the panel keeps its last good report.
void fetchDriftPanel(metrics::MetricsBackend& backend, const PanelRequest& request, QObject* context,
    std::function<void(PanelData)> done);

} // namespace wk::polling
