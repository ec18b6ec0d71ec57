#pragma once

#include "metrics/MetricsTypes.h"

#include <QByteArray>

namespace wk::cli {

// {"resultType": ..., "series": [{"metric": {...}, "values": [[unix_seconds, value], ...]}], "warnings": [...]}
// A value is a JSON number, or "NaN", "+Inf", "-Inf"; a vector sample is one `values` entry.
QByteArray queryResultJson(const metrics::QueryResult& result);

// A plain table for people: one block per series, one line per sample.
QByteArray queryResultTable(const metrics::QueryResult& result);

} // namespace wk::cli
