#pragma once

#include "common/Error.h"
#include "demo/promql/Ast.h"
#include "demo/promql/RangeFunctions.h"
#include "demo/promql/SeriesSource.h"
#include "demo/promql/Value.h"

#include <unordered_map>
#include <vector>

namespace wk::demo::promql {

// Evaluates a parsed expression at single instants against a SeriesSource. Selection does not depend on time,
// so each selector asks the source once per Engine; later evaluations only sample values. Keep one Engine for
// all the steps of a range query.
class Engine
{
public:
    explicit Engine(const SeriesSource& source);

    Result<Value> evaluate(const Expr& expr, qint64 timeMs);

    // What a bare range selector returns in an instant query: the raw samples in its window.
    metrics::Matrix evaluateRangeSelector(const MatrixSelector& selector, qint64 timeMs);

private:
    struct SelectedSeries
    {
        SeriesSource::SeriesRef ref;
        metrics::Labels labelsWithoutName; // computed once: most functions drop __name__
    };

    const std::vector<SelectedSeries>& selected(const VectorSelector& selector);

    Result<Value> evaluateNode(const NumberLiteral& node, qint64 timeMs);
    Result<Value> evaluateNode(const VectorSelector& node, qint64 timeMs);
    Result<Value> evaluateNode(const MatrixSelector& node, qint64 timeMs);
    Result<Value> evaluateNode(const Call& node, qint64 timeMs);
    Result<Value> evaluateNode(const Aggregate& node, qint64 timeMs);
    Result<Value> evaluateNode(const Binary& node, qint64 timeMs);
    Result<Value> evaluateNode(const Negation& node, qint64 timeMs);

    metrics::Vector rangeFunction(const Call& call, qint64 timeMs);
    Result<Value> histogramQuantile(const Call& call, qint64 timeMs);
    Result<Value> mathFunction(const Call& call, qint64 timeMs);

    const SeriesSource& m_source;
    qint64 m_intervalMs = 15'000;
    std::unordered_map<const VectorSelector*, std::vector<SelectedSeries>> m_selected;
    std::vector<Point> m_scratch;
};

} // namespace wk::demo::promql
