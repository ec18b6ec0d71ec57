#pragma once

#include "workspace/Workspace.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wk::incidents {

// A series moving across one of its panel's thresholds, as the console saw it between two polls.
struct ThresholdCrossing
{
    QString panelId;
    QString panelTitle;
    QString series; // the legend: "p99", "fraud-detector"
    double value = 0.0;
    double threshold = 0.0; // the line crossed: the worst one broken, or the one left behind on recovery
    QString thresholdLabel;
    bool above = true; // which side is bad
    int level = 0;     // after the crossing: 0 ok, 1 warning, 2 critical
    int previousLevel = 0;
};

// Remembers, per panel and series, which threshold the latest value breaks, and reports each change. The first
// value of a series only sets where it stands: a value that was already bad when the console started is not a
// crossing the console saw.
class ThresholdWatch
{
public:
    QList<ThresholdCrossing> observe(const workspace::Panel& panel, const QString& series, double value);
    // A variable changed (another service): the series now mean other things.
    void forget(const QString& panelId);

    // 0 ok, 1 warning, 2 critical; NaN is ok (no data breaks nothing).
    static int levelOf(const QList<workspace::Threshold>& thresholds, double value);

private:
    QHash<QString, int> m_levels; // "panel\x1fseries" -> level
};

} // namespace wk::incidents
