#include "polling/SloBudgetBurn.h"

#include "polling/SloFetcher.h"

#include <cmath>

namespace wk::polling {

double budgetBurned(const workspace::Slo& slo, double errorRatio, qint64 spanSeconds)
{
    const double allowed = (1.0 - slo.objective) * double(slo.periodSeconds);
    return allowed > 0.0 ? errorRatio * double(spanSeconds) / allowed : 0.0;
}

void fetchBudgetBurned(metrics::MetricsBackend& backend, const workspace::Slo& slo,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(Result<std::optional<double>>)> done)
{
    // Range selectors take whole seconds; a span under a minute has too few samples to say anything.
    const qint64 span = std::max<qint64>(60, from.secsTo(to));
    metrics::InstantQuery query{sloRatioExpr(slo, span, variables), to};
    backend.instantQuery(query, context, [slo, span, done](Result<metrics::QueryResult> answer) {
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
        done(std::optional<double>(budgetBurned(slo, vector->front().value, span)));
    });
}

} // namespace wk::polling
