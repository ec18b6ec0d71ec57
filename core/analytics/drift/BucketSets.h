#pragma once

#include "analytics/HistogramQuantile.h"
#include "common/Error.h"
#include "metrics/MetricsTypes.h"

#include <QMap>
#include <QString>

#include <vector>

namespace wk::analytics::drift {

// Cumulative `le` buckets per feature.
using BucketSets = QMap<QString, std::vector<Bucket>>;

// Groups an instant vector of `_bucket` samples by the `by` label; samples without `le` or with an unreadable
// `le` are left out.
BucketSets bucketsByLabel(const metrics::Vector& samples, const QString& by);

// The same for one step of a range answer: the values of every series at `timestampMs` (NaN when absent).
BucketSets bucketsAt(const metrics::Matrix& series, const QString& by, qint64 timestampMs);

// A reference file: CSV with the header `feature,le,count`, one row per feature and bucket, counts cumulative
// (what `increase(x_bucket[w])` gives), `+Inf` for the last bucket. Errors name the line.
Result<BucketSets> readReferenceFile(const QString& path);

} // namespace wk::analytics::drift
