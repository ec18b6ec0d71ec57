#include "polling/SloFetcher.h"

#include "common/TimeText.h"
#include "workspace/SloReader.h"
#include "workspace/Variables.h"

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace wk::polling {

namespace {

using analytics::slo::Seconds;

QString withWindow(const QString& query, const QString& window, const QMap<QString, QString>& variables)
{
    QString text = workspace::expandVariables(query, workspace::escapedForPromql(variables));
    return text.replace(workspace::sloWindowPlaceholder.toString(), window);
}

struct Pending
{
    SloReport report;
    std::vector<analytics::slo::WindowRatio> ratios;
    std::optional<Error> error;
    int outstanding = 0;
};

// The one sample of a ratio query: nullopt for no series or 0/0 (no traffic).
Result<std::optional<double>> ratioOf(const metrics::QueryResult& result, const QString& expr)
{
    if (const auto* scalar = std::get_if<metrics::Scalar>(&result.data))
        return std::isfinite(scalar->value) ? std::optional(scalar->value) : std::nullopt;
    const auto* vector = std::get_if<metrics::Vector>(&result.data);
    if (!vector)
        return makeError(ErrorCode::BadQuery, u"expected one value from %1"_s.arg(expr));
    if (vector->size() > 1) {
        return makeError(ErrorCode::BadQuery,
            u"the SLI returned %1 series; aggregate it to one, e.g. with sum(...): %2"_s.arg(vector->size()).arg(expr));
    }
    if (vector->empty() || !std::isfinite(vector->front().value))
        return std::optional<double>();
    return std::optional(std::clamp(vector->front().value, 0.0, 1.0));
}

} // namespace

QString sloRatioExpr(const workspace::Slo& slo, qint64 windowSeconds, const QMap<QString, QString>& variables)
{
    const QString window = durationText(windowSeconds);
    const QString total = withWindow(slo.totalQuery, window, variables);
    if (!slo.errorsQuery.isEmpty())
        return u"("_s + withWindow(slo.errorsQuery, window, variables) + u") / ("_s + total + u')';
    return u"1 - ("_s + withWindow(slo.goodQuery, window, variables) + u") / ("_s + total + u')';
}

void fetchSlo(metrics::MetricsBackend& backend, const workspace::Slo& slo, const QMap<QString, QString>& variables,
    const QDateTime& now, QObject* context, std::function<void(Result<SloReport>)> done)
{
    auto pending = std::make_shared<Pending>();
    SloReport& report = pending->report;
    report.spec = {slo.objective, Seconds(slo.periodSeconds), slo.preset};
    report.alerts = analytics::slo::alertWindows(slo.preset, Seconds(slo.periodSeconds));
    report.at = now;
    const std::vector<Seconds> windows = analytics::slo::distinctWindows(report.alerts);
    pending->ratios.resize(windows.size());
    pending->outstanding = int(windows.size()) + 1;

    auto finishOne = [pending, done = std::move(done)] {
        if (--pending->outstanding > 0)
            return;
        if (pending->error) {
            done(std::unexpected(*pending->error));
            return;
        }
        pending->report.status
            = analytics::slo::evaluate(pending->report.spec, pending->ratios, pending->report.periodErrorRatio);
        done(std::move(pending->report));
    };
    auto ask = [&](qint64 seconds, std::function<void(std::optional<double>)> store) {
        const QString expr = sloRatioExpr(slo, seconds, variables);
        backend.instantQuery(
            {expr, now}, context, [pending, expr, store, finishOne](Result<metrics::QueryResult> result) {
                if (!result) {
                    if (!pending->error)
                        pending->error = result.error();
                } else if (auto ratio = ratioOf(*result, expr); !ratio) {
                    if (!pending->error)
                        pending->error = ratio.error();
                } else {
                    store(*ratio);
                    pending->report.warnings += result->warnings;
                }
                finishOne();
            });
    };
    for (std::size_t i = 0; i < windows.size(); ++i) {
        pending->ratios[i].window = windows[i];
        ask(windows[i].count(), [pending, i](std::optional<double> ratio) { pending->ratios[i].errorRatio = ratio; });
    }
    ask(slo.periodSeconds, [pending](std::optional<double> ratio) { pending->report.periodErrorRatio = ratio; });
}

} // namespace wk::polling
