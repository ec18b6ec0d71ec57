#include "demo/promql/Evaluator.h"

#include "demo/promql/Engine.h"
#include "demo/promql/LabelOps.h"
#include "demo/promql/Parser.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

// Prometheus's limit, so that a dashboard that works here also works against the real thing.
constexpr qint64 kMaxPointsPerSeries = 11'000;

Error duplicateLabelsError()
{
    return Error{ErrorCode::BadQuery, u"vector cannot contain metrics with the same labelset"_s, std::nullopt, 0};
}

Result<ExprPtr> parseFor(const QString& expr, const SeriesSource& source)
{
    if (source.scrapeIntervalMs() <= 0)
        return makeError(ErrorCode::Unsupported, u"the series source has no positive scrape interval"_s);
    return parse(expr);
}

} // namespace

Result<metrics::QueryResult> evaluateInstant(const QString& expr, qint64 timeMs, const SeriesSource& source)
{
    auto parsed = parseFor(expr, source);
    if (!parsed)
        return std::unexpected(parsed.error());
    Engine engine(source);
    if (const auto* matrix = std::get_if<MatrixSelector>(&(*parsed)->node)) {
        metrics::Matrix series = engine.evaluateRangeSelector(*matrix, timeMs);
        std::sort(series.begin(), series.end(),
            [](const auto& a, const auto& b) { return LabelsLess()(a.labels, b.labels); });
        return metrics::QueryResult{std::move(series), {}};
    }
    auto value = engine.evaluate(**parsed, timeMs);
    if (!value)
        return std::unexpected(value.error());
    if (const auto* scalar = std::get_if<double>(&*value))
        return metrics::QueryResult{metrics::Scalar{timeMs, *scalar}, {}};
    auto& vector = std::get<metrics::Vector>(*value);
    std::sort(
        vector.begin(), vector.end(), [](const auto& a, const auto& b) { return LabelsLess()(a.labels, b.labels); });
    const auto duplicate = std::adjacent_find(vector.begin(), vector.end(),
        [](const auto& a, const auto& b) { return compareLabels(a.labels, b.labels) == 0; });
    if (duplicate != vector.end())
        return std::unexpected(duplicateLabelsError());
    return metrics::QueryResult{std::move(vector), {}};
}

Result<metrics::QueryResult> evaluateRange(
    const QString& expr, qint64 startMs, qint64 endMs, qint64 stepMs, const SeriesSource& source)
{
    if (stepMs <= 0)
        return makeError(ErrorCode::BadQuery,
            u"zero or negative query resolution step widths are not accepted. Try a positive integer"_s);
    if (endMs < startMs)
        return makeError(ErrorCode::BadQuery, u"end timestamp must not be before start time"_s);
    if ((endMs - startMs) / stepMs > kMaxPointsPerSeries)
        return makeError(ErrorCode::BadQuery,
            u"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution "
            u"(?step=XX)"_s);
    auto parsed = parseFor(expr, source);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Expr& root = **parsed;
    if (root.type != ValueType::Scalar && root.type != ValueType::InstantVector)
        return makeError(ErrorCode::BadQuery,
            u"invalid expression type \"range vector\" for range query, must be Scalar or instant Vector"_s);

    const qint64 points = (endMs - startMs) / stepMs + 1;
    Engine engine(source);
    std::map<metrics::Labels, metrics::Series, LabelsLess> seriesByLabels;
    const auto append = [&](const metrics::Labels& labels, qint64 t, double value) -> bool {
        auto [it, inserted] = seriesByLabels.try_emplace(labels);
        metrics::Series& series = it->second;
        if (inserted) {
            series.timestampsMs.reserve(static_cast<std::size_t>(points));
            series.values.reserve(static_cast<std::size_t>(points));
        } else if (series.timestampsMs.back() == t) {
            return false;
        }
        series.timestampsMs.push_back(t);
        series.values.push_back(value);
        return true;
    };
    for (qint64 i = 0; i < points; ++i) {
        const qint64 t = startMs + i * stepMs;
        auto value = engine.evaluate(root, t);
        if (!value)
            return std::unexpected(value.error());
        if (const auto* scalar = std::get_if<double>(&*value)) {
            append({}, t, *scalar);
            continue;
        }
        for (const metrics::Sample& sample : std::get<metrics::Vector>(*value)) {
            if (!append(sample.labels, t, sample.value))
                return std::unexpected(duplicateLabelsError());
        }
    }
    metrics::Matrix matrix;
    matrix.reserve(seriesByLabels.size());
    for (auto& [labels, series] : seriesByLabels) {
        series.labels = labels;
        matrix.push_back(std::move(series));
    }
    return metrics::QueryResult{std::move(matrix), {}};
}

} // namespace wk::demo::promql
