#include "polling/DriftFetcher.h"

#include "analytics/drift/BucketSets.h"
#include "workspace/Variables.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace wk::polling {

namespace {

using analytics::drift::BucketSets;

QString minutes(int value)
{
    return QString::number(value) + u'm';
}

QString selectorOf(const workspace::DriftSpec& drift, const QMap<QString, QString>& variables)
{
    return workspace::expandVariables(drift.histogram, workspace::escapedForPromql(variables));
}

bool fixedReference(const workspace::DriftSpec& drift)
{
    return drift.referenceFile.isEmpty() && drift.referenceFrom.isValid();
}

struct Answers
{
    std::optional<metrics::Vector> current;
    std::optional<metrics::Vector> reference;
    std::optional<metrics::Matrix> currentRange;
    std::optional<metrics::Matrix> referenceRange;
    std::optional<BucketSets> referenceFile;
    std::optional<Error> error;
    QStringList warnings;
    int outstanding = 0;
};

std::vector<FeatureDrift> featureDrifts(const BucketSets& current, const BucketSets& reference)
{
    std::vector<FeatureDrift> rows;
    QStringList names = current.keys();
    for (const QString& name : reference.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString& name : std::as_const(names)) {
        FeatureDrift row{name, std::nullopt};
        const auto c = current.constFind(name);
        const auto r = reference.constFind(name);
        if (c != current.cend() && r != reference.cend())
            row.result = analytics::drift::histogramDrift(*r, *c);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FeatureDrift& a, const FeatureDrift& b) {
        if (a.result.has_value() != b.result.has_value())
            return a.result.has_value();
        return a.result && a.result->psi > b.result->psi;
    });
    return rows;
}

DriftHeatmap heatmapOf(const Answers& answers, const workspace::DriftSpec& drift, const BucketSets* fixed,
    const QDateTime& from, const QDateTime& to)
{
    DriftHeatmap heatmap;
    heatmap.windowSeconds = qint64(drift.windowMinutes) * 60;
    for (qint64 t = from.toMSecsSinceEpoch(); t <= to.toMSecsSinceEpoch(); t += heatmap.windowSeconds * 1000)
        heatmap.timesMs.push_back(t);
    QStringList features;
    for (const metrics::Series& s : *answers.currentRange) {
        const QString name = s.labels.value(drift.by);
        if (!features.contains(name))
            features.append(name);
    }
    features.sort();
    heatmap.features = features;
    heatmap.psi.assign(std::size_t(features.size()), std::vector<std::optional<double>>(heatmap.timesMs.size()));
    for (std::size_t column = 0; column < heatmap.timesMs.size(); ++column) {
        const qint64 t = heatmap.timesMs[column];
        const BucketSets current = analytics::drift::bucketsAt(*answers.currentRange, drift.by, t);
        const BucketSets reference = fixed ? *fixed : analytics::drift::bucketsAt(*answers.referenceRange, drift.by, t);
        for (qsizetype f = 0; f < features.size(); ++f) {
            const auto c = current.constFind(features[f]);
            const auto r = reference.constFind(features[f]);
            if (c == current.cend() || r == reference.cend())
                continue;
            if (const auto result = analytics::drift::histogramDrift(*r, *c))
                heatmap.psi[std::size_t(f)][column] = result->psi;
        }
    }
    return heatmap;
}

QString referenceText(const workspace::DriftSpec& drift)
{
    if (!drift.referenceFile.isEmpty())
        return u"file "_s + drift.referenceFile;
    if (drift.referenceFrom.isValid()) {
        return drift.referenceFrom.toString(u"yyyy-MM-dd HH:mm"_s) + u" to "_s
            + drift.referenceTo.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    }
    return minutes(drift.effectiveReferenceMinutes()) + u" ending "_s + minutes(drift.offsetMinutes) + u" earlier"_s;
}

} // namespace

QString driftCurrentExpr(const workspace::DriftSpec& drift, const QMap<QString, QString>& variables)
{
    return u"sum by (%1, le) (increase(%2[%3]))"_s.arg(
        drift.by, selectorOf(drift, variables), minutes(drift.windowMinutes));
}

QString driftReferenceExpr(const workspace::DriftSpec& drift, const QMap<QString, QString>& variables)
{
    if (!drift.referenceFile.isEmpty())
        return {};
    if (drift.referenceFrom.isValid()) {
        return u"sum by (%1, le) (increase(%2[%3s]))"_s.arg(
            drift.by, selectorOf(drift, variables), QString::number(drift.referenceFrom.secsTo(drift.referenceTo)));
    }
    return u"sum by (%1, le) (increase(%2[%3] offset %4))"_s.arg(drift.by, selectorOf(drift, variables),
        minutes(drift.effectiveReferenceMinutes()), minutes(drift.offsetMinutes));
}

void fetchDriftPanel(metrics::MetricsBackend& backend, const PanelRequest& request, QObject* context,
    std::function<void(PanelData)> done)
{
    const workspace::DriftSpec drift = request.panel->drift;
    auto answers = std::make_shared<Answers>();
    const qint64 step = qint64(drift.windowMinutes) * 60;
    const QDateTime to = QDateTime::fromSecsSinceEpoch(request.now.toSecsSinceEpoch() / step * step, Qt::UTC);
    const QDateTime from = to.addSecs(-qint64(drift.heatmapHours) * 3600 + step);
    const QDateTime now = request.now;

    auto finish = [answers, drift, from, to, now, done = std::move(done)] {
        if (--answers->outstanding > 0)
            return;
        PanelData data;
        data.fetchedAt = now;
        data.from = from;
        data.to = to;
        data.stepSeconds = qint64(drift.windowMinutes) * 60;
        data.warnings = answers->warnings;
        if (answers->error) {
            data.error = answers->error;
            done(std::move(data));
            return;
        }
        const BucketSets fileReference = answers->referenceFile.value_or(BucketSets{});
        const BucketSets instantReference
            = answers->referenceFile ? fileReference : analytics::drift::bucketsByLabel(*answers->reference, drift.by);
        auto report = std::make_shared<DriftReport>();
        report->features
            = featureDrifts(analytics::drift::bucketsByLabel(*answers->current, drift.by), instantReference);
        const bool fixed = answers->referenceFile || fixedReference(drift);
        report->heatmap = heatmapOf(*answers, drift, fixed ? &instantReference : nullptr, from, to);
        report->reference = referenceText(drift);
        data.drift = std::move(report);
        done(std::move(data));
    };
    auto failed = [answers](const Error& error) {
        if (!answers->error)
            answers->error = error;
    };
    // A callback that stores the answer of the expected shape in `slot`, or records the error.
    auto into = [answers, failed, finish]<typename T>(std::optional<T>& slot, const QString& expected) {
        return [answers, failed, finish, &slot, expected](Result<metrics::QueryResult> result) {
            if (!result) {
                failed(result.error());
            } else if (auto* value = std::get_if<T>(&result->data)) {
                slot = std::move(*value);
                answers->warnings += result->warnings;
            } else {
                failed(Error{ErrorCode::Parse, expected, std::nullopt, 0});
            }
            finish();
        };
    };
    const QString instant = u"expected an instant vector of buckets"_s;
    const QString range = u"expected a range of buckets"_s;

    const QString current = driftCurrentExpr(drift, request.variables);
    const QString reference = driftReferenceExpr(drift, request.variables);
    answers->outstanding = 2 + (reference.isEmpty() ? 0 : 1) + (fixedReference(drift) || reference.isEmpty() ? 0 : 1);
    if (reference.isEmpty()) {
        auto file = analytics::drift::readReferenceFile(drift.referenceFile);
        if (file)
            answers->referenceFile = std::move(*file);
        else
            failed(file.error());
    }
    backend.instantQuery({current, now}, context, into(answers->current, instant));
    if (fixedReference(drift))
        backend.instantQuery({reference, drift.referenceTo}, context, into(answers->reference, instant));
    else if (!reference.isEmpty())
        backend.instantQuery({reference, now}, context, into(answers->reference, instant));
    backend.rangeQuery({current, from, to, step, 0}, context, into(answers->currentRange, range));
    if (!reference.isEmpty() && !fixedReference(drift))
        backend.rangeQuery({reference, from, to, step, 0}, context, into(answers->referenceRange, range));
}

} // namespace wk::polling
