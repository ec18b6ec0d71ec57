#include "demo/DemoMetricsBackend.h"

#include "common/Background.h"
#include "demo/promql/Evaluator.h"
#include "metrics/MatrixDecimation.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wk::demo {

DemoMetricsBackend::DemoMetricsBackend(std::shared_ptr<const DemoFleet> fleet)
    : m_fleet(std::move(fleet))
{ }

QString DemoMetricsBackend::sourceName() const
{
    return u"demo metrics"_s;
}

void DemoMetricsBackend::instantQuery(
    const metrics::InstantQuery& query, QObject* context, Callback<metrics::QueryResult> done)
{
    auto fleet = m_fleet;
    const qint64 t = query.time.toMSecsSinceEpoch();
    runInBackground<Result<metrics::QueryResult>>(
        context, [fleet, expr = query.expr, t] { return promql::evaluateInstant(expr, t, *fleet); }, std::move(done));
}

void DemoMetricsBackend::rangeQuery(
    const metrics::RangeQuery& query, QObject* context, Callback<metrics::QueryResult> done)
{
    auto fleet = m_fleet;
    const qint64 start = query.start.toMSecsSinceEpoch();
    const qint64 end = query.end.toMSecsSinceEpoch();
    const qint64 step = query.stepSeconds * 1000;
    runInBackground<Result<metrics::QueryResult>>(
        context,
        [fleet, expr = query.expr, start, end, step, columns = query.maxColumns] {
            auto result = promql::evaluateRange(expr, start, end, step, *fleet);
            if (result)
                metrics::decimateMatrix(*result, columns);
            return result;
        },
        std::move(done));
}

void DemoMetricsBackend::labelValues(
    const QString& label, const QString& selector, QObject* context, Callback<QStringList> done)
{
    auto fleet = m_fleet;
    runInBackground<Result<QStringList>>(
        context, [fleet, label, selector] { return labelValuesOf(*fleet, label, selector); }, std::move(done));
}

void DemoMetricsBackend::buildInfo(QObject* context, Callback<metrics::BuildInfo> done)
{
    runInBackground<Result<metrics::BuildInfo>>(
        context,
        [] {
            return Result<metrics::BuildInfo>(metrics::BuildInfo{u"demo"_s, {}});
        },
        std::move(done));
}

Result<QStringList> labelValuesOf(const promql::SeriesSource& source, const QString& label, const QString& selector)
{
    const QString expr = selector.trimmed().isEmpty() ? u"{__name__=~\".+\"}"_s : selector;
    auto result = promql::evaluateInstant(expr, QDateTime::currentMSecsSinceEpoch(), source);
    if (!result)
        return std::unexpected(result.error());
    const auto* vector = std::get_if<metrics::Vector>(&result->data);
    if (!vector)
        return makeError(ErrorCode::BadQuery, u"label_values needs a series selector, got: %1"_s.arg(selector));
    QSet<QString> seen;
    for (const auto& sample : *vector) {
        const QString v = sample.labels.value(label);
        if (!v.isEmpty())
            seen.insert(v);
    }
    QStringList out(seen.begin(), seen.end());
    out.sort();
    return out;
}

} // namespace wk::demo
