#include "cli/ReportCommand.h"

#include "cli/CliMessages.h"

#include "analytics/incidents/IncidentMetrics.h"
#include "analytics/incidents/OpsgenieAlertsJson.h"
#include "archive/AlertArchive.h"
#include "cli/ReportOutput.h"
#include "common/TimeText.h"
#include "store/DataLocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr qsizetype maxSkippedLines = 20; // on stderr; the JSON lists them all

int usage(const QString& message)
{
    return usageError("report", message);
}

int badInput(const QString& message)
{
    return inputError("report", message);
}

QString description()
{
    QString text = u"MTTA, MTTR and MTTD as Opsgenie's reports compute them, by priority and by team, with the "
                   u"escalation rate, the share of alerts closed without action and the alert volume per team per "
                   u"week, over a JSON array of Opsgenie alert objects (createdAt, status, priority, responders, "
                   u"report.ackTime and report.closeTime in milliseconds since creation), such as the list-alerts "
                   u"API returns, or over the alerts the console archived (--since 30d), for a weekly job. Exit codes: "
                   u"0 done, 1 the archive or the output file could not be used, 2 bad usage or no usable alert."
                   u"\n\nDefinitions:\n"_s;
    for (const auto& [name, meaning] : reportDefinitions())
        text += u"  "_s + name + u": "_s + meaning + u'\n';
    return text;
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption input(
        u"input"_s, u"The alerts: a JSON array of Opsgenie alert objects (- for stdin)."_s, u"file"_s);
    const QCommandLineOption format(u"format"_s, u"table (default), json or csv."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption daily(u"daily"_s, u"The table lists daily MTTA and MTTR too (JSON always has them)."_s);
    const QCommandLineOption strict(u"strict"_s, u"Fail (exit 2) when any alert cannot be used, not just skip it."_s);
    const QCommandLineOption since(u"since"_s,
        u"Read the console's alert archive: the alerts created in this last span (30d, 7d, 12h)."_s, u"span"_s);
    const QCommandLineOption archiveFile(u"archive"_s,
        u"The archive to read with --since (default: archive.sqlite in the console's data folder)."_s, u"file"_s);
    const QCommandLineOption team(u"team"_s, u"Only the alerts of this team."_s, u"name"_s);
    const QCommandLineOption output(u"output"_s, u"Write the report to this file instead of stdout."_s, u"file"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({input, since, archiveFile, team, output, format, daily, strict, logLevel});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(
            u"unexpected argument \"%1\"; the alerts come with --input"_s.arg(parser.positionalArguments().front()));
    if (parser.isSet(input) == parser.isSet(since))
        return usage(u"give the alerts with --input FILE, or read the console's archive with --since SPAN"_s);
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json" && fmt != u"csv")
        return usage(u"--format is table, json or csv"_s);

    IncidentReportView view;
    view.daily = parser.isSet(daily);
    QList<analytics::incidents::IncidentRecord> records;
    if (parser.isSet(since)) {
        const auto span = parseDuration(parser.value(since));
        if (!span || *span <= 0)
            return usage(u"--since takes a span such as 30d, 7d or 12h, not \"%1\""_s.arg(parser.value(since)));
        const QString path = parser.isSet(archiveFile) ? parser.value(archiveFile)
                                                       : QDir(store::defaultDataFolder()).filePath(u"archive.sqlite"_s);
        if (!QFile::exists(path)) {
            std::fprintf(stderr, "watchkeeper report: no archive at %s: the console writes it while it runs\n",
                qPrintable(path));
            return 1;
        }
        auto archive = archive::AlertArchive::open(path);
        if (!archive) {
            std::fprintf(stderr, "watchkeeper report: %s\n", qPrintable(archive.error().detail));
            return 1;
        }
        archive::ArchiveQuery query;
        query.to = QDateTime::currentDateTimeUtc();
        query.from = query.to.addSecs(-*span);
        query.team = parser.value(team);
        auto read = archive->records(query);
        if (!read) {
            std::fprintf(stderr, "watchkeeper report: %s: %s\n", qPrintable(path), qPrintable(read.error().detail));
            return 1;
        }
        records = std::move(*read);
    } else {
        const QString path = parser.value(input);
        QFile file(path);
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return badInput(u"cannot read %1: %2"_s.arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        const auto alerts = analytics::incidents::readOpsgenieAlerts(bytes);
        if (!alerts)
            return badInput(path + u": "_s + alerts.error().detail);

        view.skipped = alerts->skipped;
        for (qsizetype i = 0; i < view.skipped.size() && i < maxSkippedLines; ++i) {
            const auto& s = view.skipped[i];
            const QString which = s.key.isEmpty() ? QString() : u" (%1)"_s.arg(s.key);
            std::fprintf(stderr, "watchkeeper report: skipped alert [%lld]%s: %s\n", static_cast<long long>(s.index),
                qPrintable(which), qPrintable(s.reason));
        }
        if (view.skipped.size() > maxSkippedLines)
            std::fprintf(stderr, "watchkeeper report: ... and %lld more skipped\n",
                static_cast<long long>(view.skipped.size() - maxSkippedLines));
        if (alerts->records.isEmpty() && !view.skipped.isEmpty())
            return badInput(u"%1: no usable alert (%2 skipped)"_s.arg(path).arg(view.skipped.size()));
        if (parser.isSet(strict) && !view.skipped.isEmpty())
            return badInput(u"%1: %2 alerts cannot be used (--strict)"_s.arg(path).arg(view.skipped.size()));
        records = alerts->records;
        if (parser.isSet(team)) {
            const QString wanted = parser.value(team);
            records.removeIf([&wanted](const auto& r) { return !r.teams.contains(wanted); });
        }
    }

    view.report = analytics::incidents::computeIncidentReport(records);
    const QByteArray out = fmt == u"json" ? incidentReportJson(view)
        : fmt == u"csv"                   ? incidentReportCsv(view)
                                          : incidentReportTable(view);
    if (!parser.isSet(output)) {
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        return 0;
    }
    // Written whole or not at all: a weekly job never mails half a report.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        std::fprintf(stderr, "watchkeeper report: cannot write %s: %s\n", qPrintable(parser.value(output)),
            qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace wk::cli
