#include "polling/SloBudgetBurn.h"

#include "polling/SloFetcher.h"

#include <algorithm>
#include <cmath>

namespace wk::polling {

double budgetBurned(const workspace::Slo& slo, double errorRatio, qint64 spanSeconds)
{
    const double allowed = (1.0 - slo.objective) * double(slo.periodSeconds);
    return allowed > 0.0 ? errorRatio * double(spanSeconds) / allowed : 0.0;
}

namespace {

// Range selectors take whole seconds; a span under a minute has too few samples to say anything.
qint64 windowOf(const QDateTime& from, const QDateTime& to)
{
    return std::max<qint64>(60, from.secsTo(to));
}

} // namespace

void fetchErrorRatio(metrics::MetricsBackend& backend, const workspace::Slo& slo,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(Result<std::optional<double>>)> done)
{
    metrics::InstantQuery query{sloRatioExpr(slo, windowOf(from, to), variables), to};
    backend.instantQuery(query, context, [done](Result<metrics::QueryResult> answer) {
        if (!answer) {
            done(std::unexpected(answer.error()));
            return;
        }
        const auto* vector = std::get_if<metrics::Vector>(&answer->data);
        if (!vector || vector->empty() || std::isnan(vector->front().value)) {
            done(std::optional<double>());
            return;
        }
        if (vector->size() > 1) {
            done(makeError(ErrorCode::BadQuery,
                QStringLiteral("the SLO's ratio gave %1 series; aggregate it").arg(vector->size())));
            return;
        }
        done(std::optional<double>(vector->front().value));
    });
}

void fetchBudgetBurned(metrics::MetricsBackend& backend, const workspace::Slo& slo,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(Result<std::optional<double>>)> done)
{
    const qint64 span = windowOf(from, to);
    fetchErrorRatio(backend, slo, variables, from, to, context, [slo, span, done](Result<std::optional<double>> ratio) {
        if (ratio && *ratio)
            done(std::optional<double>(budgetBurned(slo, **ratio, span)));
        else
            done(std::move(ratio));
    });
}

} // namespace wk::polling
