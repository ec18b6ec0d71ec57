#pragma once

#include "metrics/MetricsTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wk::demo::promql {

inline const QString kMetricNameLabel = QStringLiteral("__name__");

// Prometheus order: label by label in name order, name before value; a prefix sorts first.
int compareLabels(const metrics::Labels& a, const metrics::Labels& b);

struct LabelsLess
{
    bool operator()(const metrics::Labels& a, const metrics::Labels& b) const { return compareLabels(a, b) < 0; }
};

metrics::Labels withoutMetricName(metrics::Labels labels);

// {__name__="up", job="api"}, for messages.
QString formatLabels(const metrics::Labels& labels);

// A label value as Prometheus's ParseFloat reads it ("0.25", "+Inf", "1e3"); nullopt if it is not a number.
std::optional<double> parseLabelFloat(const QString& text);

// Which labels identify a group: `by (...)` / `on (...)` keep the listed ones, `without (...)` / `ignoring (...)`
// keep all others except __name__.
struct LabelGrouping
{
    QStringList labels;
    bool without = false;

    // Appends an unambiguous key for `labels`' group to `key`, without allocating once `key` has capacity.
    void appendKey(const metrics::Labels& labels, QString& key) const;
    metrics::Labels groupLabels(const metrics::Labels& labels) const;
};

} // namespace wk::demo::promql
