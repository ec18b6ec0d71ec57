#pragma once

#include "common/Error.h"
#include "metrics/MetricsTypes.h"
#include "prometheus/PrometheusTypes.h"

#include <QByteArrayView>

namespace wk::prometheus {

// Parsers for the Prometheus HTTP API's JSON, free functions over bytes so they can be fuzzed and benchmarked.
// They keep NaN, +Inf, -Inf and exponent forms, keep warnings and infos, and refuse HTML pages, truncated
// bodies and wrong types with an error that says what was wrong and where.

// /api/v1/query and /api/v1/query_range. `httpStatus` lets an error envelope carry its status.
Result<metrics::QueryResult> parseQueryResponse(QByteArrayView body, int httpStatus = 200);

// /api/v1/labels, /api/v1/label/<name>/values.
Result<QStringList> parseStringList(QByteArrayView body, int httpStatus = 200);

// /api/v1/series.
Result<std::vector<metrics::Labels>> parseSeries(QByteArrayView body, int httpStatus = 200);

// /api/v1/status/buildinfo.
Result<metrics::BuildInfo> parseBuildInfo(QByteArrayView body, int httpStatus = 200);

// /api/v1/alerts.
Result<std::vector<RuleAlert>> parseAlerts(QByteArrayView body, int httpStatus = 200);

// /api/v1/rules (alerting rules only; recording rules are skipped).
Result<std::vector<AlertingRule>> parseRules(QByteArrayView body, int httpStatus = 200);

// A sample value as Prometheus writes it: "1.5", "1e-07", "NaN", "+Inf", "-Inf".
std::optional<double> parseSampleValue(std::string_view text);

} // namespace wk::prometheus
