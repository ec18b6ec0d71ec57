#pragma once

#include "common/Error.h"
#include "metrics/MetricsTypes.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace wk::polling {

struct DriftReport;

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
    std::optional<Error> error;               // the first target that failed; other targets' series are still kept
    std::shared_ptr<const DriftReport> drift; // drift panels: what was computed from the series

    bool hasContent() const { return !series.empty() || drift; }
};

} // namespace wk::polling
