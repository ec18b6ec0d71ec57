#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::workspace {

enum class PanelKind { TimeSeries, Stat, Gauge, Bar };

enum class Unit {
    None,
    Seconds,
    Percent,     // values already 0..100
    PercentUnit, // ratio 0..1 shown as percent
    Bytes,
    RequestsPerSecond,
    Cores,
};

enum class ThresholdSeverity { Warning, Critical };

// A line drawn on the panel; `above` says which side is bad (latency above, accuracy below).
struct Threshold
{
    double value = 0.0;
    ThresholdSeverity severity = ThresholdSeverity::Warning;
    bool above = true;
    QString label;
};

struct Target
{
    QString expr;   // PromQL, may use $variables
    QString legend; // "p99", "{{class}}"
};

struct Panel
{
    QString id; // unique within the workspace
    QString title;
    PanelKind kind = PanelKind::TimeSeries;
    Unit unit = Unit::None;
    QList<Target> targets;
    QList<Threshold> thresholds;
    int rangeMinutes = 60;     // time series: how far back
    bool buckets = false;      // bar: series are cumulative `le` buckets; draw per-bin fractions
    std::optional<double> min; // y-axis or gauge bounds
    std::optional<double> max;
    int width = 1; // grid columns this panel spans (1 or 2)
    QString description;
};

struct Dashboard
{
    QString id;    // "health"
    QString title; // "Health"
    QList<Panel> panels;
};

// A variable offered in the toolbar, its values read from the metrics source.
struct Variable
{
    QString name;  // "service" (used as $service)
    QString label; // "Service"
    QString query; // label_values(<selector>, <label>)
};

struct Workspace
{
    QString name;
    int refreshSeconds = 15;
    QList<Variable> variables;
    QList<Dashboard> dashboards;
};

} // namespace wk::workspace
