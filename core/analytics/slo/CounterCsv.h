#pragma once

#include "analytics/slo/CounterSeries.h"

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace wk::analytics::slo {

// Counter samples read from CSV, with the line each came from so later checks can point at it.
struct CounterCsv
{
    std::vector<CounterSample> samples;
    std::vector<int> lines; // 1-based, one per sample
};

struct CsvProblem
{
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    std::string message;
};

// Rows `timestamp,total,errors`: whole Unix seconds (0 to year 9999) and two finite, non-negative numbers.
// An optional first row names exactly those columns (any case); blank lines, spaces around fields, CRLF and a
// UTF-8 BOM are tolerated. Order and spacing of the timestamps are not checked here (CounterSeries does that).
std::expected<CounterCsv, CsvProblem> parseCounterCsv(std::string_view bytes);

} // namespace wk::analytics::slo
