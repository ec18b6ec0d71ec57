#include "cli/SloCommand.h"

#include "cli/CliMessages.h"

#include "analytics/slo/CounterCsv.h"
#include "analytics/slo/CounterSeries.h"
#include "cli/SloOutput.h"
#include "common/BoundedRead.h"
#include "common/TimeText.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk::analytics::slo;

namespace wk::cli {

namespace {

int usage(const QString& message)
{
    return usageError("slo", message);
}

int badInput(const QString& message)
{
    return inputError("slo", message);
}

QString seriesProblemText(const SeriesProblem& problem, const CounterCsv& csv, const QString& file)
{
    using Kind = SeriesProblem::Kind;
    const auto lineOf = [&](std::size_t index) {
        return index < csv.lines.size() ? file + u" line "_s + QString::number(csv.lines[index]) : file;
    };
    const QString interval = durationText(problem.interval);
    switch (problem.kind) {
    case Kind::TooFewSamples:
        return problem.index == 0 ? file + u" has no samples: expected rows timestamp,total,errors"_s
                                  : file + u" has a single sample: a window needs at least two"_s;
    case Kind::NotFinite:
    case Kind::Negative:
        return lineOf(problem.index) + u": counters must be finite numbers >= 0"_s;
    case Kind::NotIncreasing:
        return lineOf(problem.index) + u": timestamps must increase (this one is not after the previous row)"_s;
    case Kind::IrregularInterval: {
        const std::int64_t step = csv.samples[problem.index].time - csv.samples[problem.index - 1].time;
        return lineOf(problem.index) + u": the interval must be regular: "_s + durationText(step)
            + u" after the previous sample, not "_s + interval + u" as between the first two"_s;
    }
    }
    return file;
}

} // namespace

int runSlo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Burn rates, multi-window burn-rate alerts and error budget of one SLO, from a CSV of cumulative counters "
        "(rows timestamp,total,errors: Unix seconds at a regular interval, an optional header). A window is measured "
        "from the samples exactly at its two ends; one that reaches before the first sample has no data."_s);
    parser.addHelpOption();
    const QCommandLineOption objective(
        u"objective"_s, u"The objective as a ratio in (0, 1), e.g. 0.999."_s, u"ratio"_s);
    const QCommandLineOption period(
        u"period"_s, u"The SLO period (default 30d): 28d, 30d, 4w, ..."_s, u"D"_s, u"30d"_s);
    const QCommandLineOption preset(
        u"preset"_s, u"Alert windows: sloth (default; Google SRE workbook) or pyrra."_s, u"name"_s, u"sloth"_s);
    const QCommandLineOption input(u"input"_s, u"The CSV of counter samples."_s, u"file"_s);
    const QCommandLineOption at(u"at"_s,
        u"Evaluate at this sample (Unix seconds, RFC 3339, or now-1h counted from the last sample; default: the "
        "last sample)."_s,
        u"T"_s);
    const QCommandLineOption format(u"format"_s, u"table (default) or json."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({objective, period, preset, input, at, format, logLevel});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(u"unexpected argument "_s + parser.positionalArguments().front());
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(u"--format is table or json"_s);

    SloRun run;
    if (!parser.isSet(objective))
        return usage(u"give --objective, e.g. 0.999 for 99.9 %"_s);
    bool number = false;
    run.spec.objective = parser.value(objective).trimmed().toDouble(&number);
    if (!number || !std::isfinite(run.spec.objective) || run.spec.objective <= 0.0 || run.spec.objective >= 1.0) {
        return usage(u"--objective must be a ratio strictly between 0 and 1 (0.999 for 99.9 %), not "_s
            + parser.value(objective));
    }
    const auto periodSeconds = parseDuration(parser.value(period));
    if (!periodSeconds || *periodSeconds <= 0)
        return usage(u"--period must be a positive duration such as 28d or 30d, not "_s + parser.value(period));
    run.spec.period = Seconds(*periodSeconds);
    const QString presetText = parser.value(preset);
    if (presetText != u"sloth" && presetText != u"pyrra")
        return usage(u"--preset is sloth or pyrra, not "_s + presetText);
    run.spec.preset = presetText == u"pyrra" ? Preset::Pyrra : Preset::Sloth;
    const std::vector<AlertWindow> alerts = alertWindows(run.spec.preset, run.spec.period);
    for (const AlertWindow& alert : alerts) {
        if (alert.shortWindow.count() <= 0) {
            return usage(u"--period "_s + parser.value(period) + u" is too short for the "_s + presetText
                + u" preset: its shortest window rounds to 0 (Pyrra needs at least 2.8 days)"_s);
        }
    }

    if (!parser.isSet(input))
        return usage(u"give --input, a CSV of timestamp,total,errors"_s);
    const QString file = parser.value(input);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return badInput(u"cannot read "_s + file + u": "_s + in.errorString());
    const auto read = readAtMost(in, maxDataFileBytes);
    if (!read)
        return badInput(read.error().code == ErrorCode::Io ? u"cannot read "_s + file + u": "_s + in.errorString()
                                                           : read.error().detail);
    const QByteArray& bytes = *read;
    const auto csv = parseCounterCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!csv) {
        return badInput(file + u" line "_s + QString::number(csv.error().line) + u": "_s
            + QString::fromStdString(csv.error().message));
    }
    const auto series = CounterSeries::fromSamples(csv->samples);
    if (!series)
        return badInput(seriesProblemText(series.error(), *csv, file));
    run.interval = series->interval();

    run.at = series->lastTime();
    if (parser.isSet(at)) {
        // "now" is the last sample: the file is a snapshot, and its end is the present it describes.
        const QDateTime last = QDateTime::fromSecsSinceEpoch(series->lastTime(), Qt::UTC);
        const auto when = parseTimeArgument(parser.value(at), last);
        if (!when)
            return usage(u"cannot read --at "_s + parser.value(at) + u"; use Unix seconds, RFC 3339 or now-1h"_s);
        const qint64 ms = when->toMSecsSinceEpoch();
        if (ms % 1000 != 0 || !series->hasSampleAt(ms / 1000)) {
            return badInput(u"--at "_s + parser.value(at) + u" is not a sample time in "_s + file
                + u" (samples every "_s + durationText(series->interval()) + u" from "_s
                + QString::number(series->firstTime()) + u" to "_s + QString::number(series->lastTime()) + u')');
        }
        run.at = ms / 1000;
    }

    std::vector<WindowRatio> ratios;
    for (Seconds window : distinctWindows(alerts)) {
        const auto grown = series->increase(run.at, window);
        run.windowIncreases.push_back(grown);
        ratios.push_back({window, grown ? errorRatio(*grown) : std::nullopt});
    }
    run.period = series->periodIncrease(run.at, run.spec.period);
    run.periodErrorRatio = run.period ? errorRatio(*run.period) : std::nullopt;
    run.status = evaluate(run.spec, ratios, run.periodErrorRatio);

    const QByteArray out = fmt == u"json" ? sloJson(run) : sloTable(run);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

} // namespace wk::cli
