#include "polling/PanelFetcher.h"

#include "metrics/MatrixDecimation.h"
#include "workspace/Variables.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace wk::polling {

namespace {

constexpr qint64 minStepSeconds = 15;
constexpr qint64 maxPointsPerSeries = 11'000; // Prometheus refuses finer range queries

void appendResult(PanelData& data, int target, const QString& legend, metrics::QueryResult& result, int columns)
{
    // Backends decimate where they parse; this catches one that did not, so the chart never walks more than
    // about two points per pixel column.
    metrics::decimateMatrix(result, columns);
    data.warnings += result.warnings;
    if (auto* matrix = std::get_if<metrics::Matrix>(&result.data)) {
        for (auto& s : *matrix)
            data.series.push_back(
                {target, expandLegend(legend, s.labels), s.labels, std::move(s.timestampsMs), std::move(s.values)});
    } else if (const auto* vector = std::get_if<metrics::Vector>(&result.data)) {
        for (const auto& s : *vector)
            data.series.push_back({target, expandLegend(legend, s.labels), s.labels, {s.timestampMs}, {s.value}});
    } else if (const auto* scalar = std::get_if<metrics::Scalar>(&result.data)) {
        data.series.push_back({target, legend, {}, {scalar->timestampMs}, {scalar->value}});
    }
}

} // namespace

qint64 rangeStepSeconds(int rangeMinutes, int plotWidthPx)
{
    const qint64 rangeSeconds = qint64(rangeMinutes) * 60;
    const qint64 perPixel = (rangeSeconds + std::max(plotWidthPx, 1) - 1) / std::max(plotWidthPx, 1);
    const qint64 finest = (rangeSeconds + maxPointsPerSeries - 1) / maxPointsPerSeries;
    return std::max({perPixel, minStepSeconds, finest});
}

QString expandLegend(const QString& legendTemplate, const metrics::Labels& labels)
{
    if (legendTemplate.isEmpty()) {
        QStringList parts;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key() != u"__name__")
                parts.append(it.key() + u"=\""_s + it.value() + u'"');
        }
        const QString name = labels.value(u"__name__"_s);
        return parts.isEmpty() ? (name.isEmpty() ? u"value"_s : name) : name + u'{' + parts.join(u", "_s) + u'}';
    }
    static const QRegularExpression placeholder(uR"(\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\})"_s);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(legendTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(legendTemplate).mid(last, m.capturedStart() - last);
        out += labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(legendTemplate).mid(last);
    return out;
}

void fetchPanel(metrics::MetricsBackend& backend, const PanelRequest& request, QObject* context,
    std::function<void(PanelData)> done)
{
    const workspace::Panel& panel = *request.panel;
    struct Pending
    {
        PanelData data;
        std::vector<std::optional<metrics::QueryResult>> results;
        std::vector<std::optional<Error>> errors;
        int outstanding = 0;
        std::function<void(PanelData)> done;
        std::vector<QString> legends;
        int columns = 600;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->columns = std::max(request.plotWidthPx, 50);
    pending->data.fetchedAt = request.now;
    const int targetCount = int(panel.targets.size());
    pending->results.resize(targetCount);
    pending->errors.resize(targetCount);
    pending->outstanding = targetCount;

    const bool range = panel.kind == workspace::PanelKind::TimeSeries;
    if (range) {
        const qint64 step = rangeStepSeconds(panel.rangeMinutes, request.plotWidthPx);
        // Align to the step so successive polls ask for the same grid and lines do not shimmer.
        const qint64 endS = request.now.toSecsSinceEpoch() / step * step;
        pending->data.to = QDateTime::fromSecsSinceEpoch(endS, Qt::UTC);
        pending->data.from = pending->data.to.addSecs(-qint64(panel.rangeMinutes) * 60);
        pending->data.stepSeconds = step;
    } else {
        pending->data.from = request.now;
        pending->data.to = request.now;
    }

    auto finishOne = [pending](int index, Result<metrics::QueryResult> result) {
        if (result)
            pending->results[index] = std::move(*result);
        else
            pending->errors[index] = result.error();
        if (--pending->outstanding > 0)
            return;
        for (int i = 0; i < int(pending->results.size()); ++i) {
            if (pending->results[i])
                appendResult(pending->data, i, pending->legends[i], *pending->results[i], pending->columns);
            else if (!pending->data.error && pending->errors[i])
                pending->data.error = pending->errors[i];
        }
        pending->done(std::move(pending->data));
    };

    if (targetCount == 0) {
        pending->done(std::move(pending->data));
        return;
    }
    for (int i = 0; i < targetCount; ++i) {
        const auto& target = panel.targets[i];
        pending->legends.push_back(workspace::expandVariables(target.legend, request.variables));
        const QString expr = workspace::expandVariables(target.expr, workspace::escapedForPromql(request.variables));
        auto callback = [finishOne, i](Result<metrics::QueryResult> r) { finishOne(i, std::move(r)); };
        if (range) {
            metrics::RangeQuery q{
                expr, pending->data.from, pending->data.to, pending->data.stepSeconds, pending->columns};
            backend.rangeQuery(q, context, callback);
        } else {
            backend.instantQuery({expr, request.now}, context, callback);
        }
    }
}

} // namespace wk::polling
