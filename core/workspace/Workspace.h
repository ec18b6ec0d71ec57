#pragma once

#include "analytics/slo/Slo.h"
#include "notify/NotificationSettings.h"
#include "workspace/AlertService.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace wk::workspace {

enum class PanelKind { TimeSeries, Stat, Gauge, Bar, Drift };

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

// A drift panel: each feature's histogram over the current window against a reference, as a table and a
// drift-over-time heatmap. The reference is a past window (`offset` before the current one, `referenceMinutes`
// long), a fixed past range (`referenceFrom`..`referenceTo`), or a file of bucket counts.
struct DriftSpec
{
    QString histogram; // selector of the `_bucket` series: ml_feature_value_bucket{service="$service"}
    QString by = QStringLiteral("feature"); // the label that names a feature
    int windowMinutes = 60;                 // the current window
    int referenceMinutes = 0;               // the reference window's length; 0: as long as the current window
    int offsetMinutes = 24 * 60;            // how far before the current window the reference ends
    QDateTime referenceFrom;                // a fixed reference range (both set), instead of the offset
    QDateTime referenceTo;
    QString referenceFile; // a CSV of `feature,le,count` (cumulative), instead of either
    int heatmapHours = 24; // how far back the heatmap goes, one column per window

    int effectiveReferenceMinutes() const { return referenceMinutes > 0 ? referenceMinutes : windowMinutes; }
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
    QString source;  // a DataSource name; empty: the workspace's default source
    DriftSpec drift; // kind Drift only; its thresholds are on PSI (0.1 and 0.25 when none are given)
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

// A service level objective with a ratio SLI. The queries hold `{{.window}}` where the window goes, as in Sloth:
// sum(rate(ml_requests_total{service="$service",status="error"}[{{.window}}])). Either errors or good is set.
struct Slo
{
    QString id;
    QString name;
    QString description;
    double objective = 0.999; // a ratio in (0, 1); written as a percentage in the workspace (99.9)
    qint64 periodSeconds = 30LL * 24 * 3600;
    analytics::slo::Preset preset = analytics::slo::Preset::Sloth;
    QString errorsQuery;
    QString goodQuery;
    QString totalQuery;
    QString source; // a DataSource name; empty: the default source
};

enum class SourceAuth { None, Bearer, Basic };

// A Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics). Its secret (bearer token
// or basic-auth password) is never part of the workspace: see secretKeyFor() and secretEnvVarFor().
struct DataSource
{
    QString name; // unique: ASCII letters, digits, "-", "_"
    QString type; // "prometheus"
    QUrl url;     // http(s)://host[:port][/prefix]: no trailing "/", user info, query or fragment
    SourceAuth auth = SourceAuth::None;
    QString username;                           // Basic only
    QList<std::pair<QString, QString>> headers; // extra request headers in file order; never Authorization
    QString caFile;                             // absolute path of an extra CA; TLS verification is always on
    int timeoutSeconds = 30;
    bool isDefault = false; // in a parsed workspace exactly one source has it: the marked one, or the first
};

struct Workspace
{
    QString name;
    int refreshSeconds = 15;
    QList<Variable> variables;
    QList<Dashboard> dashboards;
    QList<Slo> slos;           // shown on the SLOs tier, for the selected $service when the queries use it
    QList<DataSource> sources; // empty: no real source; the console runs on the embedded demo fleet
    AlertService alerts;       // kind Automatic when the workspace has no `alerts:` section
    notify::NotificationSettings notifications; // what wakes the user; the team rules when absent
    QStringList runbookFolders;                 // absolute; searched recursively for YAML and Markdown runbooks
    QString postmortemTemplate;                 // absolute; empty: the built-in template

    // The source marked default, else the first; nullptr when there are none.
    const DataSource* defaultSource() const
    {
        for (const DataSource& source : sources) {
            if (source.isDefault)
                return &source;
        }
        return sources.isEmpty() ? nullptr : &sources.constFirst();
    }

    // The panel's own source, or the default one when it names none; nullptr when the name is not
    // declared (a parsed workspace never has that) rather than quietly querying another server.
    const DataSource* sourceFor(const Panel& panel) const
    {
        if (panel.source.isEmpty())
            return defaultSource();
        for (const DataSource& source : sources) {
            if (source.name == panel.source)
                return &source;
        }
        return nullptr;
    }
};

// The keychain key holding the source's secret: "source/prod".
inline QString secretKeyFor(const DataSource& source)
{
    using namespace Qt::StringLiterals;
    return u"source/"_s + source.name;
}

// The environment variable that holds the secret for headless use: "prod-eu" reads
// WATCHKEEPER_SOURCE_PROD_EU_SECRET.
inline QString secretEnvVarFor(const DataSource& source)
{
    using namespace Qt::StringLiterals;
    QString name = source.name.toUpper();
    name.replace(u'-', u'_');
    return u"WATCHKEEPER_SOURCE_"_s + name + u"_SECRET"_s;
}

} // namespace wk::workspace
