#include "incidents/ThresholdWatch.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::incidents {

namespace {

int severityLevel(workspace::ThresholdSeverity severity)
{
    return severity == workspace::ThresholdSeverity::Critical ? 2 : 1;
}

bool breaks(const workspace::Threshold& threshold, double value)
{
    return threshold.above ? value > threshold.value : value < threshold.value;
}

// The line that explains the new level: the worst one the value breaks, or, back to ok, the mildest line, the
// last one the value came back across.
const workspace::Threshold* lineFor(const QList<workspace::Threshold>& thresholds, int level, double value)
{
    const workspace::Threshold* found = nullptr;
    for (const workspace::Threshold& threshold : thresholds) {
        const int own = severityLevel(threshold.severity);
        if (level > 0) {
            if (own != level || !breaks(threshold, value))
                continue;
            // Of two broken lines of the same severity, the one nearer the value.
            if (!found || (threshold.above ? threshold.value > found->value : threshold.value < found->value))
                found = &threshold;
        } else if (!found || own < severityLevel(found->severity)) {
            found = &threshold;
        }
    }
    return found;
}

} // namespace

int ThresholdWatch::levelOf(const QList<workspace::Threshold>& thresholds, double value)
{
    if (std::isnan(value))
        return 0;
    int level = 0;
    for (const workspace::Threshold& threshold : thresholds) {
        if (breaks(threshold, value))
            level = std::max(level, severityLevel(threshold.severity));
    }
    return level;
}

QList<ThresholdCrossing> ThresholdWatch::observe(const workspace::Panel& panel, const QString& series, double value)
{
    if (panel.thresholds.isEmpty() || std::isnan(value))
        return {};
    const QString key = panel.id + u'\x1f' + series;
    const int level = levelOf(panel.thresholds, value);
    const auto known = m_levels.constFind(key);
    const int previous = known == m_levels.cend() ? -1 : *known;
    m_levels.insert(key, level);
    if (previous < 0 || previous == level)
        return {};
    ThresholdCrossing crossing;
    crossing.panelId = panel.id;
    crossing.panelTitle = panel.title;
    crossing.series = series;
    crossing.value = value;
    crossing.level = level;
    crossing.previousLevel = previous;
    if (const workspace::Threshold* line = lineFor(panel.thresholds, level, value)) {
        crossing.threshold = line->value;
        crossing.thresholdLabel = line->label;
        crossing.above = line->above;
    }
    return {crossing};
}

void ThresholdWatch::forget(const QString& panelId)
{
    const QString prefix = panelId + u'\x1f';
    for (auto it = m_levels.begin(); it != m_levels.end();) {
        if (it.key().startsWith(prefix))
            it = m_levels.erase(it);
        else
            ++it;
    }
}

} // namespace wk::incidents
