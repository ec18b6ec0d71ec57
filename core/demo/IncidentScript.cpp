#include "demo/IncidentScript.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::demo {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 cycleMs = IncidentScript::cycleMinutes * minuteMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// The seed document's alert table, spread over a six-hour cycle so that some alert is always open.
std::vector<ScriptedIncident> defaultScript()
{
    return {
        {IncidentKind::LatencySpike, u"fraud-scorer"_s, {}, 0, 25},
        {IncidentKind::GpuNodeDown, u"churn-model"_s, u"gpu-node-3"_s, 22, 25},
        {IncidentKind::AccuracyDrop, u"churn-model"_s, {}, 30, 60},
        {IncidentKind::FeatureDrift, u"sentiment-api"_s, u"text_length"_s, 60, 90},
        {IncidentKind::GpuNodeDown, u"fraud-scorer"_s, u"gpu-node-2"_s, 100, 25},
        {IncidentKind::FeatureStoreStale, u"churn-model"_s, {}, 110, 190},
        {IncidentKind::FeatureDrift, u"fraud-scorer"_s, u"amount"_s, 130, 70},
        {IncidentKind::TrainingJobFailed, u"churn-model"_s, {}, 170, 60},
        {IncidentKind::LatencySpike, u"sentiment-api"_s, {}, 200, 30},
        {IncidentKind::AccuracyDrop, u"fraud-scorer"_s, {}, 240, 60},
        {IncidentKind::FeatureDrift, u"churn-model"_s, u"tenure_months"_s, 260, 70},
        {IncidentKind::GpuNodeDown, u"sentiment-api"_s, u"gpu-node-1"_s, 310, 25},
        {IncidentKind::TrainingJobFailed, u"fraud-scorer"_s, {}, 330, 20},
        {IncidentKind::LatencySpike, u"churn-model"_s, {}, 340, 30},
    };
}

} // namespace

IncidentScript::IncidentScript()
    : m_incidents(defaultScript())
{ }

IncidentScript::IncidentScript(std::vector<ScriptedIncident> incidents)
    : m_incidents(std::move(incidents))
{ }

double IncidentScript::rampAt(const ScriptedIncident& incident, qint64 timeMs)
{
    const qint64 cycleStart = floorDiv(timeMs, cycleMs) * cycleMs;
    double best = 0.0;
    // An incident near the cycle's end may spill into the next cycle: look one cycle back too.
    for (qint64 base : {cycleStart, cycleStart - cycleMs}) {
        const qint64 start = base + incident.startMinute * minuteMs;
        const qint64 end = start + incident.durationMinutes * minuteMs;
        if (timeMs < start || timeMs >= end)
            continue;
        const double up = double(timeMs - start) / rampMs;
        const double down = double(end - timeMs) / rampMs;
        best = std::max(best, std::clamp(std::min(up, down), 0.0, 1.0));
    }
    return best;
}

double IncidentScript::intensity(IncidentKind kind, const QString& service, qint64 timeMs, const QString& target) const
{
    double best = 0.0;
    for (const auto& incident : m_incidents) {
        if (incident.kind != kind || incident.service != service)
            continue;
        if (!target.isEmpty() && incident.target != target)
            continue;
        best = std::max(best, rampAt(incident, timeMs));
    }
    return best;
}

std::vector<IncidentWindow> IncidentScript::activeAt(qint64 timeMs) const
{
    std::vector<IncidentWindow> out;
    for (const auto& w : occurrencesBetween(timeMs - cycleMs, timeMs)) {
        if (w.startMs <= timeMs && timeMs < w.endMs)
            out.push_back(w);
    }
    return out;
}

std::vector<IncidentWindow> IncidentScript::occurrencesBetween(qint64 fromMs, qint64 toMs) const
{
    std::vector<IncidentWindow> out;
    for (qint64 cycle = floorDiv(fromMs, cycleMs) - 1; cycle * cycleMs <= toMs; ++cycle) {
        for (const auto& incident : m_incidents) {
            const qint64 start = cycle * cycleMs + incident.startMinute * minuteMs;
            const qint64 end = start + incident.durationMinutes * minuteMs;
            if (end > fromMs && start <= toMs)
                out.push_back({&incident, start, end});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    return out;
}

QString incidentKindName(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::LatencySpike:
        return u"latency spike"_s;
    case IncidentKind::AccuracyDrop:
        return u"accuracy drop"_s;
    case IncidentKind::FeatureDrift:
        return u"feature drift"_s;
    case IncidentKind::GpuNodeDown:
        return u"GPU node down"_s;
    case IncidentKind::FeatureStoreStale:
        return u"stale feature store"_s;
    case IncidentKind::TrainingJobFailed:
        return u"failed training job"_s;
    }
    return {};
}

} // namespace wk::demo
