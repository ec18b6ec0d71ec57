#include "cli/SloOutput.h"
#include "common/TimeText.h"

#include "cli/TextTable.h"
#include "workspace/Units.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk::analytics::slo;

namespace wk::cli {

namespace {

QString windowText(Seconds window)
{
    return durationText(window.count());
}

QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString timeText(std::int64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

QString dataState(const std::optional<CounterIncrease>& increase)
{
    if (!increase)
        return u"insufficient_data"_s;
    return errorRatio(*increase) ? u"ok"_s : u"no_traffic"_s;
}

// Counters are usually whole numbers: print them as such, anything else with enough digits to check by hand.
QString countText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 10);
}

QString numberText(const std::optional<double>& value, const QString& unknown = u"-"_s)
{
    return value && std::isfinite(*value) ? QString::number(*value, 'g', 4) : unknown;
}

QString percentText(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 1) + u" %"_s;
}

bool periodComplete(const SloRun& run)
{
    return run.period && run.period->to - run.period->from == run.spec.period.count();
}

QString exhaustionText(const SloRun& run)
{
    const SloStatus& status = run.status;
    if (status.exhaustionSeconds && *status.exhaustionSeconds <= 0.0)
        return u"now (budget spent)"_s;
    if (status.exhaustionSeconds)
        return u"in "_s + workspace::formatDuration(*status.exhaustionSeconds);
    if (!status.budgetRemaining)
        return u"unknown (no traffic over the period)"_s;
    if (!status.currentBurnRate)
        return u"unknown (no burn rate over "_s + windowText(status.currentBurnWindow) + u')';
    return u"not burning"_s;
}

} // namespace

QString presetName(Preset preset)
{
    return preset == Preset::Pyrra ? u"pyrra"_s : u"sloth"_s;
}

QString severityName(Severity severity)
{
    return severity == Severity::Page ? u"page"_s : u"ticket"_s;
}

QByteArray sloJson(const SloRun& run)
{
    const SloStatus& status = run.status;
    QJsonObject root;
    root.insert(u"objective"_s, run.spec.objective);
    root.insert(u"period"_s, windowText(run.spec.period));
    root.insert(u"period_seconds"_s, qint64(run.spec.period.count()));
    root.insert(u"preset"_s, presetName(run.spec.preset));
    root.insert(u"at"_s, qint64(run.at));
    root.insert(u"at_time"_s, timeText(run.at));
    root.insert(u"interval_seconds"_s, qint64(run.interval));

    QJsonArray windows;
    for (std::size_t i = 0; i < status.windows.size(); ++i) {
        const WindowBurn& w = status.windows[i];
        const auto& grown = i < run.windowIncreases.size() ? run.windowIncreases[i] : std::nullopt;
        windows.append(QJsonObject{
            {u"window"_s, windowText(w.window)},
            {u"seconds"_s, qint64(w.window.count())},
            {u"data"_s, dataState(grown)},
            {u"total"_s, jsonNumber(grown ? std::optional(grown->total) : std::nullopt)},
            {u"errors"_s, jsonNumber(grown ? std::optional(grown->errors) : std::nullopt)},
            {u"error_ratio"_s, jsonNumber(w.errorRatio)},
            {u"burn_rate"_s, jsonNumber(w.burnRate)},
        });
    }
    root.insert(u"windows"_s, windows);

    QJsonArray alerts;
    for (const AlertState& state : status.alerts) {
        const AlertWindow& a = state.alert;
        alerts.append(QJsonObject{
            {u"severity"_s, severityName(a.severity)},
            {u"short"_s, windowText(a.shortWindow)},
            {u"long"_s, windowText(a.longWindow)},
            {u"factor"_s, a.factor},
            {u"for"_s, run.spec.preset == Preset::Pyrra ? QJsonValue(windowText(a.pendingFor)) : QJsonValue()},
            {u"short_burn_rate"_s, jsonNumber(state.shortBurn)},
            {u"long_burn_rate"_s, jsonNumber(state.longBurn)},
            {u"firing"_s, state.firing},
        });
    }
    root.insert(u"alerts"_s, alerts);
    root.insert(u"page_firing"_s, severityFiring(status, Severity::Page));
    root.insert(u"ticket_firing"_s, severityFiring(status, Severity::Ticket));

    root.insert(u"period_start"_s, run.period ? QJsonValue(qint64(run.period->from)) : QJsonValue());
    root.insert(
        u"period_covered_seconds"_s, run.period ? QJsonValue(qint64(run.period->to - run.period->from)) : QJsonValue());
    root.insert(u"period_complete"_s, periodComplete(run));
    root.insert(u"period_error_ratio"_s, jsonNumber(run.periodErrorRatio));
    root.insert(u"budget_remaining"_s, jsonNumber(status.budgetRemaining));
    root.insert(u"current_burn_window"_s, windowText(status.currentBurnWindow));
    root.insert(u"current_burn_rate"_s, jsonNumber(status.currentBurnRate));
    root.insert(u"exhaustion_seconds"_s, jsonNumber(status.exhaustionSeconds));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray sloTable(const SloRun& run)
{
    const SloStatus& status = run.status;
    QString text = u"SLO "_s + QString::number(run.spec.objective * 100.0, 'g', 12) + u" % over "_s
        + windowText(run.spec.period) + u", "_s + presetName(run.spec.preset) + u" preset, at "_s + timeText(run.at)
        + u" ("_s + QString::number(run.at) + u"), a sample every "_s + windowText(Seconds(run.interval)) + u"\n\n"_s;

    QList<QStringList> windowRows;
    for (std::size_t i = 0; i < status.windows.size(); ++i) {
        const WindowBurn& w = status.windows[i];
        const auto& grown = i < run.windowIncreases.size() ? run.windowIncreases[i] : std::nullopt;
        const QString unknown = grown ? u"no traffic"_s : u"no data"_s;
        windowRows.append(
            {windowText(w.window), grown ? countText(grown->total) : u"-"_s, grown ? countText(grown->errors) : u"-"_s,
                numberText(w.errorRatio, unknown), numberText(w.burnRate, unknown)});
    }
    text += textTable(
        {u"window"_s, u"requests"_s, u"errors"_s, u"error ratio"_s, u"burn rate"_s}, windowRows, {1, 2, 3, 4});
    text += u'\n';

    QList<QStringList> alertRows;
    for (const AlertState& state : status.alerts) {
        const AlertWindow& a = state.alert;
        QStringList row{severityName(a.severity), windowText(a.shortWindow), windowText(a.longWindow),
            QString::number(a.factor, 'g', 6), numberText(state.shortBurn), numberText(state.longBurn),
            state.firing ? u"FIRING"_s : u"no"_s};
        if (run.spec.preset == Preset::Pyrra)
            row.insert(6, windowText(a.pendingFor));
        alertRows.append(row);
    }
    QStringList alertHeader{
        u"severity"_s, u"short"_s, u"long"_s, u"factor"_s, u"short burn"_s, u"long burn"_s, u"firing"_s};
    if (run.spec.preset == Preset::Pyrra)
        alertHeader.insert(6, u"for"_s);
    text += textTable(alertHeader, alertRows, {3, 4, 5});
    text += u'\n';

    QString covered = u"no data"_s;
    if (run.period) {
        covered = windowText(Seconds(run.period->to - run.period->from)) + u" from "_s + timeText(run.period->from)
            + (periodComplete(run) ? u" (the whole period)"_s : u" (the series is shorter than the period)"_s);
    }
    const QList<QStringList> summary{
        {u"period covered:"_s, covered},
        {u"period error ratio:"_s, numberText(run.periodErrorRatio, u"no traffic"_s)},
        {u"budget remaining:"_s,
            status.budgetRemaining ? percentText(*status.budgetRemaining) : u"unknown (no traffic)"_s},
        {u"current burn ("_s + windowText(status.currentBurnWindow) + u"):"_s,
            numberText(status.currentBurnRate, u"unknown"_s)},
        {u"budget exhausted:"_s, exhaustionText(run)},
    };
    text += textTable({}, summary);
    return text.toUtf8();
}

} // namespace wk::cli
