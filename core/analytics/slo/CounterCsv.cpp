#include "analytics/slo/CounterCsv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

namespace wk::analytics::slo {

namespace {

constexpr std::int64_t lastUnixSecondOf9999 = 253402300799;

std::string_view trimmed(std::string_view text)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        parts.push_back(trimmed(line.substr(start, comma == std::string_view::npos ? line.npos : comma - start)));
        if (comma == std::string_view::npos)
            return parts;
        start = comma + 1;
    }
}

std::optional<double> number(std::string_view text)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool sameWord(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? char(x - 'A' + 'a') : x) == y;
    });
}

std::string quoted(std::string_view text)
{
    constexpr std::size_t longest = 40;
    return '"' + std::string(text.substr(0, longest)) + (text.size() > longest ? "...\"" : "\"");
}

} // namespace

std::expected<CounterCsv, CsvProblem> parseCounterCsv(std::string_view bytes)
{
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    CounterCsv csv;
    constexpr std::array<std::string_view, 3> columns = {"timestamp", "total", "errors"};
    int lineNumber = 0;
    bool first = true;
    std::size_t start = 0;
    while (start < bytes.size()) {
        const std::size_t newline = bytes.find('\n', start);
        const std::string_view line
            = trimmed(bytes.substr(start, newline == std::string_view::npos ? bytes.npos : newline - start));
        start = newline == std::string_view::npos ? bytes.size() : newline + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        const std::vector<std::string_view> parts = fields(line);
        const bool header = first && !number(parts.front());
        first = false;
        if (parts.size() != columns.size()) {
            return std::unexpected(CsvProblem{
                lineNumber, "expected 3 fields (timestamp,total,errors), found " + std::to_string(parts.size())});
        }
        if (header) {
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (!sameWord(parts[i], columns[i])) {
                    return std::unexpected(CsvProblem{lineNumber,
                        "expected the header timestamp,total,errors (in that order) or a sample, found "
                            + quoted(line)});
                }
            }
            continue;
        }
        const auto time = wholeNumber(parts[0]);
        if (!time || *time < 0 || *time > lastUnixSecondOf9999) {
            return std::unexpected(CsvProblem{
                lineNumber, "timestamp " + quoted(parts[0]) + " is not whole Unix seconds (0 to 253402300799)"});
        }
        CounterSample sample{*time, 0.0, 0.0};
        for (std::size_t i = 1; i < columns.size(); ++i) {
            const auto value = number(parts[i]);
            if (!value || !std::isfinite(*value) || *value < 0.0) {
                return std::unexpected(CsvProblem{
                    lineNumber, std::string(columns[i]) + " " + quoted(parts[i]) + " is not a finite number >= 0"});
            }
            (i == 1 ? sample.total : sample.errors) = *value;
        }
        csv.samples.push_back(sample);
        csv.lines.push_back(lineNumber);
    }
    return csv;
}

} // namespace wk::analytics::slo
