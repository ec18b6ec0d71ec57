#pragma once

#include <QString>

#include <vector>

namespace wk::demo {

enum class IncidentKind { LatencySpike, AccuracyDrop, FeatureDrift, GpuNodeDown, FeatureStoreStale, TrainingJobFailed };

// One scripted trouble in the fleet's repeating cycle: what breaks, where, and for how long.
struct ScriptedIncident
{
    IncidentKind kind;
    QString service;
    QString target;         // feature for drift, node for GPU node down; empty otherwise
    qint64 startMinute = 0; // offset into the cycle
    qint64 durationMinutes = 0;
};

// A concrete occurrence of a scripted incident, in epoch milliseconds.
struct IncidentWindow
{
    const ScriptedIncident* incident = nullptr;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The fleet's incidents repeat on a fixed cycle anchored at the Unix epoch, so any instant maps to the
// same state on every machine and history can be computed for any window without stored samples.
class IncidentScript
{
public:
    static constexpr qint64 cycleMinutes = 360;
    static constexpr qint64 rampMs = 60'000; // incidents ease in and out over a minute

    IncidentScript();
    explicit IncidentScript(std::vector<ScriptedIncident> incidents);

    const std::vector<ScriptedIncident>& incidents() const { return m_incidents; }

    // 0 when not active, rising to 1 over rampMs after the start and falling to 0 at the end.
    double intensity(IncidentKind kind, const QString& service, qint64 timeMs, const QString& target = {}) const;

    // The ramp of one scripted incident at `timeMs`, whichever cycle it falls in.
    static double rampAt(const ScriptedIncident& incident, qint64 timeMs);

    // The occurrence of an incident of `kind` that covers `timeMs`, if any.
    std::vector<IncidentWindow> activeAt(qint64 timeMs) const;

    // The occurrence of each incident that starts at or before `timeMs` most recently.
    std::vector<IncidentWindow> occurrencesBetween(qint64 fromMs, qint64 toMs) const;

private:
    std::vector<ScriptedIncident> m_incidents;
};

QString incidentKindName(IncidentKind kind);

} // namespace wk::demo
