#include "reports/SloCompliance.h"

#include "polling/SloBudgetBurn.h"
#include "reports/ReportText.h"

#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace wk::reports {

namespace {

struct Gathered
{
    QList<SloCompliance> rows;
    QList<bool> pending;
    int waiting = 0;
    bool answered = false;
};

} // namespace

void fetchSloCompliance(const QList<workspace::Slo>& slos, const SloBackendFor& backendFor,
    const QMap<QString, QString>& variables, const QDateTime& from, const QDateTime& to, QObject* context,
    std::function<void(QList<SloCompliance>)> done)
{
    auto gathered = std::make_shared<Gathered>();
    auto finish = [gathered, done]() {
        if (gathered->answered)
            return;
        gathered->answered = true;
        for (qsizetype i = 0; i < gathered->rows.size(); ++i) {
            if (gathered->pending[i])
                gathered->rows[i].error
                    = ReportText::tr("no answer from the source in %1 s").arg(sloAnswerTimeoutMs / 1000);
        }
        done(gathered->rows);
    };
    const qint64 span = std::max<qint64>(60, from.secsTo(to));
    for (const workspace::Slo& slo : slos) {
        const qsizetype index = gathered->rows.size();
        SloCompliance row;
        row.name = slo.name;
        row.objective = slo.objective;
        gathered->rows.append(row);
        gathered->pending.append(false);
        metrics::MetricsBackend* backend = backendFor(slo.source);
        if (backend == nullptr) {
            gathered->rows[index].error = ReportText::tr("no source \"%1\"").arg(slo.source);
            continue;
        }
        ++gathered->waiting;
        gathered->pending[index] = true;
        polling::fetchErrorRatio(*backend, slo, variables, from, to, context,
            [gathered, finish, index, slo, span](Result<std::optional<double>> ratio) {
                if (gathered->answered)
                    return;
                gathered->pending[index] = false;
                SloCompliance& row = gathered->rows[index];
                if (!ratio) {
                    row.error = ratio.error().detail;
                } else if (*ratio) {
                    row.achieved = 1.0 - **ratio;
                    row.budgetBurned = polling::budgetBurned(slo, **ratio, span);
                }
                if (--gathered->waiting == 0)
                    finish();
            });
    }
    if (gathered->waiting == 0)
        finish();
    else
        QTimer::singleShot(sloAnswerTimeoutMs, context, finish);
}

} // namespace wk::reports
