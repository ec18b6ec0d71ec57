#pragma once

#include "common/Error.h"
#include "metrics/MetricsTypes.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace wk::polling {

// One line (or bar set) of a panel, named by its legend template.
struct PanelSeries
{
    int target = 0;
    QString legend;
    metrics::Labels labels;
    std::vector<qint64> timestampsMs;
    std::vector<double> values;
};

// What one poll of a panel produced. On error the widget keeps showing the last good PanelData.
struct PanelData
{
    std::vector<PanelSeries> series;
    QDateTime from; // range panels: the window asked for
    QDateTime to;
    QDateTime fetchedAt;
    qint64 stepSeconds = 0;
    QStringList warnings;
    std::optional<Error> error; // the first target that failed; other targets' series are still kept
};

} // namespace wk::polling
