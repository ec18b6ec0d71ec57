#pragma once

#include "demo/FleetSpec.h"
#include "demo/IncidentScript.h"
#include "demo/promql/SeriesSource.h"

#include <cstdint>
#include <vector>

namespace wk::demo {

// The simulated fleet: every metric is a pure function of (seed, time), shaped by a diurnal traffic curve,
// deterministic noise and the scripted incidents. Immutable after construction, so safe to share across threads.
class DemoFleet final : public promql::SeriesSource
{
public:
    explicit DemoFleet(
        std::uint64_t seed = 7, IncidentScript script = {}, std::vector<ServiceSpec> services = defaultFleet());

    const std::vector<ServiceSpec>& services() const { return m_services; }
    const IncidentScript& script() const { return m_script; }
    std::uint64_t seed() const { return m_seed; }

    std::vector<SeriesRef> select(const std::vector<promql::Matcher>& matchers) const override;
    double value(const SeriesRef& series, qint64 timeMs) const override;
    double counterTotal(const SeriesRef& series, qint64 timeMs) const override;

    // The physical quantities behind the metrics, for tests and for the alert rules' descriptions.
    double requestRate(int service, qint64 timeMs) const;
    double errorRatio(int service, qint64 timeMs) const;
    double latencyMedian(int service, qint64 timeMs) const;
    double accuracy(int service, qint64 timeMs) const;
    bool nodeReady(const QString& node, qint64 timeMs) const;
    double featureShift(int service, int feature, qint64 timeMs) const; // in standard deviations
    qint64 featureStoreUpdatedMs(int service, qint64 timeMs) const;
    qint64 lastTrainingSuccessMs(int service, qint64 timeMs) const;
    bool trainingFailed(int service, qint64 timeMs) const;
    int serviceIndex(const QString& name) const;
    QString serviceOnNode(const QString& node) const;

    std::size_t seriesCount() const { return m_series.size(); }

private:
    enum class Signal {
        Requests,
        LatencyBucket,
        LatencySum,
        LatencyCount,
        InFlight,
        Accuracy,
        ClassCount,
        ConfidenceBucket,
        ConfidenceSum,
        ConfidenceCount,
        FeatureBucket,
        FeatureSum,
        FeatureCount,
        DriftScore,
        GpuUtilization,
        GpuMemoryUsed,
        GpuMemoryTotal,
        CpuSeconds,
        ResidentMemory,
        QueueDepth,
        NodeReady,
        FeatureStoreUpdated,
        TrainingStatus,
        TrainingLastSuccess,
    };

    struct Def
    {
        SeriesRef ref;
        Signal signal;
        int service = -1;
        int index = -1;     // class, feature or status index
        double bound = 0.0; // `le` for buckets; 1 for status=error
    };

    void addSeries(const QString& name, metrics::Labels labels, Kind kind, Signal signal, int service, int index = -1,
        double bound = 0.0);
    double noise(int seriesId, qint64 timeMs, qint64 periodMs = 15'000) const;
    double trafficFactor(qint64 timeMs) const;
    double compute(const Def& def, qint64 timeMs) const;
    double confidenceShape(int service, qint64 timeMs) const;
    // Intensity of a scripted incident on one service (and feature), without comparing names per sample.
    double incident(int service, IncidentKind kind, qint64 timeMs, int feature = -1) const;
    bool ready(int service, qint64 timeMs) const { return incident(service, IncidentKind::GpuNodeDown, timeMs) <= 0.0; }

    struct ServiceIncident
    {
        const ScriptedIncident* incident;
        int feature; // -1 unless the incident targets one feature
    };

    std::uint64_t m_seed;
    IncidentScript m_script;
    std::vector<ServiceSpec> m_services;
    std::vector<Def> m_series;
    std::vector<std::vector<ServiceIncident>> m_incidentsByService;
};

} // namespace wk::demo
