#include "cli/DriftCommand.h"

#include "cli/CliMessages.h"

#include "analytics/drift/CsvTable.h"
#include "analytics/drift/DatasetDrift.h"
#include "cli/DriftOutput.h"
#include "common/BoundedRead.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <variant>

using namespace Qt::StringLiterals;
using namespace wk::analytics::drift;

namespace wk::cli {

namespace {

int usage(const QString& message)
{
    return usageError("drift", message);
}

int badInput(const QString& message)
{
    return inputError("drift", message);
}

QStringList listOption(const QString& value)
{
    QStringList names;
    for (const QString& name : value.split(u',', Qt::SkipEmptyParts)) {
        if (!names.contains(name.trimmed()))
            names.append(name.trimmed());
    }
    return names;
}

// The file's table, or the exit code after saying why not.
std::variant<CsvTable, int> readTable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(
            stderr, "watchkeeper drift: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    const auto bytes = readAtMost(file, maxDataFileBytes);
    if (!bytes && bytes.error().code == ErrorCode::Io) {
        std::fprintf(
            stderr, "watchkeeper drift: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    if (!bytes)
        return badInput(bytes.error().detail);
    auto table = parseCsv(*bytes);
    if (!table)
        return badInput(path + u": "_s + table.error().detail);
    return std::move(*table);
}

const char* const description
    = R"(Compares every column of two CSV files (a header row, then one row per sample) and says for
each whether its distribution drifted, with the statistics Evidently uses:

  numerical columns    KS (two-sample, scipy's ks_2samp), PSI, normed Wasserstein (W1 / std of the
                       reference), Jensen-Shannon distance
  categorical columns  chi-square against the reference shares, PSI, Jensen-Shannon distance

The verdict rests on Evidently's default test: with up to 1,000 reference values, KS (p < 0.05) for
numerical columns and chi-square (p < 0.05) for categorical ones; with more, normed Wasserstein
(>= 0.1) or Jensen-Shannon (>= 0.1). A numerical column with at most 5 distinct values is analysed as
categorical. --test forces one test for every column it applies to; the others keep their default
and say so in a warning.

A column is numerical when most of its non-empty reference cells are numbers (C locale); empty cells
and non-numbers are counted, reported and left out, never guessed. A category of the current file that
the reference never has makes the chi-square statistic infinite (null in JSON) and its p-value 0.

Exit code: 0 whether or not drift is found (read "drift" in the output), 2 for bad input (a malformed
CSV, a missing or unknown column, fewer than 2 usable values), 1 when a file cannot be read.)";

} // namespace

int runDrift(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description));
    parser.addHelpOption();
    const QCommandLineOption reference(u"reference"_s, u"The reference CSV file (e.g. training data)."_s, u"file"_s);
    const QCommandLineOption current(u"current"_s, u"The current CSV file (e.g. production data)."_s, u"file"_s);
    const QCommandLineOption columns(
        u"columns"_s, u"Compare only these columns, comma-separated (default: every column)."_s, u"a,b"_s);
    const QCommandLineOption categorical(
        u"categorical"_s, u"Treat these columns as categorical even when they hold numbers."_s, u"a,b"_s);
    const QCommandLineOption test(u"test"_s,
        u"The test the verdict rests on: auto (default), ks, chisquare, wasserstein or jensenshannon."_s, u"name"_s,
        u"auto"_s);
    const QCommandLineOption format(u"format"_s, u"table (default) or json."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({reference, current, columns, categorical, test, format, logLevel});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().front()));
    if (!parser.isSet(reference) || !parser.isSet(current))
        return usage(u"give both --reference and --current"_s);
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(u"--format is table or json"_s);

    DatasetOptions options;
    options.referenceName = parser.value(reference);
    options.currentName = parser.value(current);
    options.columns = listOption(parser.value(columns));
    options.categorical = listOption(parser.value(categorical));
    if (parser.isSet(columns) && options.columns.isEmpty())
        return usage(u"--columns needs at least one column name"_s);
    if (parser.value(test) != u"auto") {
        options.drift.test = driftTestFromName(parser.value(test));
        if (!options.drift.test)
            return usage(u"--test is auto, ks, chisquare, wasserstein or jensenshannon"_s);
    }

    auto referenceTable = readTable(options.referenceName);
    if (const int* code = std::get_if<int>(&referenceTable))
        return *code;
    auto currentTable = readTable(options.currentName);
    if (const int* code = std::get_if<int>(&currentTable))
        return *code;
    const auto reports = datasetDrift(std::get<CsvTable>(referenceTable), std::get<CsvTable>(currentTable), options);
    if (!reports)
        return badInput(reports.error().detail);

    const QByteArray out = fmt == u"json" ? driftJson(options.referenceName, options.currentName, *reports)
                                          : driftTable(options.referenceName, options.currentName, *reports);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

} // namespace wk::cli
