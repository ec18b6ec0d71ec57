#include "demo/promql/Engine.h"

#include "analytics/HistogramQuantile.h"
#include "demo/promql/Aggregation.h"
#include "demo/promql/BinaryOps.h"
#include "demo/promql/LabelOps.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

const QString kBucketLabel = u"le"_s;

// Go's math.Max/Min, which Prometheus's clamp functions use: NaN wins.
double goMax(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? qQNaN() : std::max(a, b);
}

double goMin(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? qQNaN() : std::min(a, b);
}

double applyMath(FunctionId function, double value, double a, double b)
{
    switch (function) {
    case FunctionId::Abs:
        return std::abs(value);
    case FunctionId::Ceil:
        return std::ceil(value);
    case FunctionId::Floor:
        return std::floor(value);
    case FunctionId::Round:
        return std::floor(value * (1.0 / a) + 0.5) / (1.0 / a);
    case FunctionId::Sqrt:
        return std::sqrt(value);
    case FunctionId::Exp:
        return std::exp(value);
    case FunctionId::Ln:
        return std::log(value);
    case FunctionId::Log2:
        return std::log2(value);
    case FunctionId::Log10:
        return std::log10(value);
    case FunctionId::ClampMin:
        return goMax(a, value);
    case FunctionId::ClampMax:
        return goMin(a, value);
    case FunctionId::Clamp:
        return goMax(a, goMin(b, value));
    default:
        return value;
    }
}

} // namespace

Engine::Engine(const SeriesSource& source)
    : m_source(source)
    , m_intervalMs(std::max<qint64>(1, source.scrapeIntervalMs()))
{ }

Result<Value> Engine::evaluate(const Expr& expr, qint64 timeMs)
{
    return std::visit([&](const auto& node) { return evaluateNode(node, timeMs); }, expr.node);
}

const std::vector<Engine::SelectedSeries>& Engine::selected(const VectorSelector& selector)
{
    if (const auto it = m_selected.find(&selector); it != m_selected.end())
        return it->second;
    std::vector<Matcher> matchers;
    matchers.reserve(selector.matchers.size());
    for (const LabelMatcher& m : selector.matchers)
        matchers.push_back(m.matcher);
    std::vector<SelectedSeries> series;
    // Matched again here so that regexes are anchored as in Prometheus, whatever the source does with them.
    for (SeriesSource::SeriesRef& ref : m_source.select(matchers)) {
        const bool matches = std::all_of(selector.matchers.begin(), selector.matchers.end(),
            [&](const LabelMatcher& m) { return m.matches(ref.labels.value(m.matcher.name)); });
        if (matches) {
            metrics::Labels labels = withoutMetricName(ref.labels);
            series.push_back(SelectedSeries{std::move(ref), std::move(labels)});
        }
    }
    return m_selected.emplace(&selector, std::move(series)).first->second;
}

Result<Value> Engine::evaluateNode(const NumberLiteral& node, qint64)
{
    return node.value;
}

Result<Value> Engine::evaluateNode(const VectorSelector& node, qint64 timeMs)
{
    metrics::Vector output;
    for (const SelectedSeries& series : selected(node)) {
        const double value = rawValue(m_source, series.ref, timeMs - node.offsetMs);
        if (!std::isnan(value))
            output.push_back(metrics::Sample{series.ref.labels, timeMs, value});
    }
    return output;
}

Result<Value> Engine::evaluateNode(const MatrixSelector&, qint64)
{
    return makeError(ErrorCode::BadQuery, u"a range vector can only be a function argument"_s);
}

Result<Value> Engine::evaluateNode(const Call& node, qint64 timeMs)
{
    switch (node.function) {
    case FunctionId::Rate:
    case FunctionId::Irate:
    case FunctionId::Increase:
    case FunctionId::Delta:
    case FunctionId::AvgOverTime:
    case FunctionId::MinOverTime:
    case FunctionId::MaxOverTime:
    case FunctionId::SumOverTime:
    case FunctionId::CountOverTime:
    case FunctionId::LastOverTime:
        return rangeFunction(node, timeMs);
    case FunctionId::HistogramQuantile:
        return histogramQuantile(node, timeMs);
    case FunctionId::Time:
        return static_cast<double>(timeMs) / 1000.0;
    case FunctionId::Vector: {
        auto scalar = evaluate(*node.args[0], timeMs);
        if (!scalar)
            return scalar;
        return metrics::Vector{metrics::Sample{{}, timeMs, std::get<double>(*scalar)}};
    }
    case FunctionId::Scalar: {
        auto vector = evaluate(*node.args[0], timeMs);
        if (!vector)
            return vector;
        const auto& samples = std::get<metrics::Vector>(*vector);
        return samples.size() == 1 ? samples.front().value : qQNaN();
    }
    default:
        return mathFunction(node, timeMs);
    }
}

Result<Value> Engine::evaluateNode(const Aggregate& node, qint64 timeMs)
{
    auto input = evaluate(*node.expr, timeMs);
    if (!input)
        return input;
    return aggregate(node.op, LabelGrouping{node.grouping, node.without}, std::get<metrics::Vector>(*input), timeMs);
}

Result<Value> Engine::evaluateNode(const Binary& node, qint64 timeMs)
{
    auto lhs = evaluate(*node.lhs, timeMs);
    if (!lhs)
        return lhs;
    auto rhs = evaluate(*node.rhs, timeMs);
    if (!rhs)
        return rhs;
    return evaluateBinary(node, std::move(*lhs), std::move(*rhs));
}

Result<Value> Engine::evaluateNode(const Negation& node, qint64 timeMs)
{
    auto operand = evaluate(*node.expr, timeMs);
    if (!operand)
        return operand;
    if (auto* scalar = std::get_if<double>(&*operand))
        return -*scalar;
    auto& vector = std::get<metrics::Vector>(*operand);
    for (metrics::Sample& sample : vector) {
        sample.value = -sample.value;
        sample.labels.remove(kMetricNameLabel);
    }
    return operand;
}

metrics::Vector Engine::rangeFunction(const Call& call, qint64 timeMs)
{
    const auto& matrix = std::get<MatrixSelector>(call.args[0]->node);
    const Window window{timeMs - matrix.selector.offsetMs, matrix.rangeMs, m_intervalMs};
    // last_over_time keeps the metric name, as in Prometheus; every other range function drops it.
    const bool keepName = call.function == FunctionId::LastOverTime;
    metrics::Vector output;
    for (const SelectedSeries& series : selected(matrix.selector)) {
        const auto value = evaluateRangeFunction(call.function, m_source, series.ref, window, m_scratch);
        if (value)
            output.push_back(metrics::Sample{keepName ? series.ref.labels : series.labelsWithoutName, timeMs, *value});
    }
    return output;
}

Result<Value> Engine::histogramQuantile(const Call& call, qint64 timeMs)
{
    auto q = evaluate(*call.args[0], timeMs);
    if (!q)
        return q;
    auto input = evaluate(*call.args[1], timeMs);
    if (!input)
        return input;
    struct Histogram
    {
        metrics::Labels labels;
        std::vector<analytics::Bucket> buckets;
    };
    const LabelGrouping grouping{{kBucketLabel}, true};
    std::vector<Histogram> histograms;
    QHash<QString, qsizetype> index;
    QString key;
    for (const metrics::Sample& sample : std::get<metrics::Vector>(*input)) {
        // Series without a readable `le` are ignored, as Prometheus does.
        const auto upperBound = parseLabelFloat(sample.labels.value(kBucketLabel));
        if (!upperBound)
            continue;
        key.resize(0);
        grouping.appendKey(sample.labels, key);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, static_cast<qsizetype>(histograms.size()));
            histograms.push_back(Histogram{grouping.groupLabels(sample.labels), {}});
        }
        histograms[static_cast<std::size_t>(found.value())].buckets.push_back({*upperBound, sample.value});
    }
    metrics::Vector output;
    output.reserve(histograms.size());
    for (Histogram& histogram : histograms) {
        const double value = analytics::histogramQuantile(std::get<double>(*q), std::move(histogram.buckets));
        output.push_back(metrics::Sample{std::move(histogram.labels), timeMs, value});
    }
    return output;
}

Result<Value> Engine::mathFunction(const Call& call, qint64 timeMs)
{
    auto input = evaluate(*call.args[0], timeMs);
    if (!input)
        return input;
    double params[2] = {1.0, 0.0}; // round's default to_nearest is 1
    for (std::size_t i = 1; i < call.args.size() && i <= 2; ++i) {
        auto param = evaluate(*call.args[i], timeMs);
        if (!param)
            return param;
        params[i - 1] = std::get<double>(*param);
    }
    auto& vector = std::get<metrics::Vector>(*input);
    // An empty range clamps nothing into it: Prometheus returns no series.
    if (call.function == FunctionId::Clamp && params[0] > params[1])
        return metrics::Vector{};
    for (metrics::Sample& sample : vector) {
        sample.value = applyMath(call.function, sample.value, params[0], params[1]);
        sample.labels.remove(kMetricNameLabel);
    }
    return input;
}

metrics::Matrix Engine::evaluateRangeSelector(const MatrixSelector& selector, qint64 timeMs)
{
    const Window window{timeMs - selector.selector.offsetMs, selector.rangeMs, m_intervalMs};
    metrics::Matrix output;
    for (const SelectedSeries& series : selected(selector.selector)) {
        sampleRaw(m_source, series.ref, window, m_scratch);
        if (m_scratch.empty())
            continue;
        metrics::Series out{series.ref.labels, {}, {}};
        out.timestampsMs.reserve(m_scratch.size());
        out.values.reserve(m_scratch.size());
        for (const Point& p : m_scratch) {
            out.timestampsMs.push_back(p.timeMs);
            out.values.push_back(p.value);
        }
        output.push_back(std::move(out));
    }
    return output;
}

} // namespace wk::demo::promql
