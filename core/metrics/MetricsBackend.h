#pragma once

#include "common/Error.h"
#include "metrics/MetricsTypes.h"

#include <QObject>

#include <functional>

namespace wk::metrics {

// The seam between dashboards and whatever answers PromQL: Prometheus-compatible servers or the demo fleet.
// Every call is asynchronous; `done` runs on the caller's thread, and not at all once `context` is gone.
class MetricsBackend
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    virtual ~MetricsBackend() = default;

    // A short name for the status bar and logs ("demo", "prometheus").
    virtual QString sourceName() const = 0;

    virtual void instantQuery(const InstantQuery& query, QObject* context, Callback<QueryResult> done) = 0;
    virtual void rangeQuery(const RangeQuery& query, QObject* context, Callback<QueryResult> done) = 0;
    // Values of `label` across the series `selector` matches (every series when empty): fills variable pickers.
    virtual void labelValues(
        const QString& label, const QString& selector, QObject* context, Callback<QStringList> done)
        = 0;
    virtual void buildInfo(QObject* context, Callback<BuildInfo> done) = 0;
};

} // namespace wk::metrics
