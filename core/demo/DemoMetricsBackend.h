#pragma once

#include "demo/DemoFleet.h"
#include "metrics/MetricsBackend.h"

#include <memory>

namespace wk::demo {

// Answers PromQL from the simulated fleet, evaluated off the GUI thread.
class DemoMetricsBackend final : public metrics::MetricsBackend
{
public:
    explicit DemoMetricsBackend(std::shared_ptr<const DemoFleet> fleet);

    QString sourceName() const override;
    void instantQuery(
        const metrics::InstantQuery& query, QObject* context, Callback<metrics::QueryResult> done) override;
    void rangeQuery(const metrics::RangeQuery& query, QObject* context, Callback<metrics::QueryResult> done) override;
    void labelValues(
        const QString& label, const QString& selector, QObject* context, Callback<QStringList> done) override;
    void buildInfo(QObject* context, Callback<metrics::BuildInfo> done) override;

private:
    std::shared_ptr<const DemoFleet> m_fleet;
};

// The values of `label` over every series `selector` matches (all series when empty), sorted.
Result<QStringList> labelValuesOf(const promql::SeriesSource& source, const QString& label, const QString& selector);

} // namespace wk::demo
