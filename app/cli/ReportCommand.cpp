#include "cli/ReportCommand.h"

#include "cli/CliMessages.h"

#include "analytics/incidents/IncidentMetrics.h"
#include "analytics/incidents/OpsgenieAlertsJson.h"
#include "archive/AlertArchive.h"
#include "cli/ReportOutput.h"
#include "cli/ReportSlos.h"
#include "common/BoundedRead.h"
#include "common/TimeText.h"
#include "reports/ReportTables.h"
#include "store/DataLocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr qsizetype maxSkippedLines = 20; // on stderr; the JSON lists them all

ReportPdfWriter& pdfWriter()
{
    static ReportPdfWriter writer;
    return writer;
}

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
    for (const auto& [name, meaning] : reports::reportDefinitions())
        text += u"  "_s + name + u": "_s + meaning + u'\n';
    return text;
}

// Written whole or not at all: a weekly job never mails half a report.
int writeOutput(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Flushed before commit(): Qt 6.4's QSaveFile commits even when the buffered write failed (a full disk), and the
    // earlier file is lost to an empty or cut one.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        std::fprintf(
            stderr, "watchkeeper report: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

void setReportPdfWriter(ReportPdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

bool needsPainting(const QStringList& arguments)
{
    if (arguments.value(1) != u"report")
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == u"--format=pdf" || (arguments[i] == u"--format" && arguments.value(i + 1) == u"pdf"))
            return true;
    }
    return false;
}

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption input(
        u"input"_s, u"The alerts: a JSON array of Opsgenie alert objects (- for stdin)."_s, u"file"_s);
    const QCommandLineOption format(u"format"_s,
        u"table (default), json, csv (the groups table, or --table ID; every table as its own file when --output is "
        u"a folder) or pdf (the whole report with its charts; needs --output)."_s,
        u"fmt"_s, u"table"_s);
    const QCommandLineOption tableId(u"table"_s,
        u"With --format csv: the table to write: %1."_s.arg(reports::reportTableIds().join(u", "_s)), u"id"_s);
    const QCommandLineOption timeZone(u"time-zone"_s,
        u"The on-call time zone the interruptions are read in (IANA name such as Asia/Bangkok; default: this "
        u"machine's)."_s,
        u"zone"_s);
    const QCommandLineOption daily(u"daily"_s, u"The table lists daily MTTA and MTTR too (JSON always has them)."_s);
    const QCommandLineOption strict(u"strict"_s, u"Fail (exit 2) when any alert cannot be used, not just skip it."_s);
    const QCommandLineOption since(u"since"_s,
        u"Read the console's alert archive: the alerts created in this last span (30d, 7d, 12h)."_s, u"span"_s);
    const QCommandLineOption archiveFile(u"archive"_s,
        u"The archive to read with --since (default: archive.sqlite in the console's data folder)."_s, u"file"_s);
    const QCommandLineOption team(u"team"_s, u"Only the alerts of this team."_s, u"name"_s);
    const QCommandLineOption service(u"service"_s,
        u"Only the alerts of this service; with --workspace, the SLOs are read for it ($service)."_s, u"name"_s);
    const QCommandLineOption workspaceFile(u"workspace"_s,
        u"With --since: add the compliance of each SLO of this workspace over the period, asked of its source."_s,
        u"file"_s);
    const QCommandLineOption output(u"output"_s, u"Write the report to this file instead of stdout."_s, u"file"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({input, since, archiveFile, team, service, workspaceFile, timeZone, output, format, tableId,
        daily, strict, logLevel});
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
    if (fmt != u"table" && fmt != u"json" && fmt != u"csv" && fmt != u"pdf")
        return usage(u"--format is table, json, csv or pdf"_s);
    if (fmt == u"pdf" && !parser.isSet(output))
        return usage(u"--format pdf writes a file: give it with --output FILE"_s);
    if (parser.isSet(tableId) && (fmt != u"csv" || !reports::reportTableIds().contains(parser.value(tableId))))
        return usage(u"--table goes with --format csv and is one of %1"_s.arg(reports::reportTableIds().join(u", "_s)));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(timeZone)) {
        zone = QTimeZone(parser.value(timeZone).toUtf8());
        if (!zone.isValid())
            return usage(u"--time-zone: \"%1\" is not a time zone this machine knows (try Europe/Berlin)"_s.arg(
                parser.value(timeZone)));
    }
    if (parser.isSet(workspaceFile) && !parser.isSet(since))
        return usage(u"--workspace reads the SLOs over a period: it goes with --since"_s);
    reports::ReportPeriod period;
    period.zone = zone;

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
        query.service = parser.value(service);
        period.from = query.from;
        period.to = query.to;
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
        const auto bytes = readAtMost(file, maxDataFileBytes);
        if (!bytes)
            return badInput(bytes.error().code == ErrorCode::Io ? u"cannot read %1: %2"_s.arg(path, file.errorString())
                                                                : bytes.error().detail);
        const auto alerts = analytics::incidents::readOpsgenieAlerts(*bytes);
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
        if (parser.isSet(service)) {
            const QString wanted = parser.value(service);
            records.removeIf([&wanted](const auto& r) { return r.service != wanted; });
        }
    }

    view.report = reports::computeManagerReport(records, period);
    if (parser.isSet(workspaceFile)) {
        auto slos = workspaceSloCompliance(parser.value(workspaceFile), parser.value(service), period.from, period.to);
        if (!slos)
            return usage(slos.error().detail);
        view.slos = std::move(*slos);
    }
    if (fmt == u"pdf") {
        if (!pdfWriter()) {
            std::fprintf(stderr, "watchkeeper report: this build cannot draw a PDF\n");
            return 1;
        }
        QStringList filters;
        if (parser.isSet(team))
            filters.append(u"Team %1"_s.arg(parser.value(team)));
        if (parser.isSet(service))
            filters.append(u"Service %1"_s.arg(parser.value(service)));
        auto pdf = pdfWriter()(view.report, view.slos, filters.join(u", "_s));
        if (!pdf) {
            std::fprintf(stderr, "watchkeeper report: %s\n", qPrintable(pdf.error().detail));
            return 1;
        }
        return writeOutput(parser.value(output), *pdf);
    }
    if (fmt == u"csv" && parser.isSet(output) && !parser.isSet(tableId)
        && (QFileInfo(parser.value(output)).isDir() || parser.value(output).endsWith(u'/'))) {
        if (auto written = reports::writeTablesCsv(reports::reportTables(view.report, view.slos), parser.value(output));
            !written) {
            std::fprintf(stderr, "watchkeeper report: %s\n", qPrintable(written.error().detail));
            return 1;
        }
        return 0;
    }

    QByteArray out;
    if (fmt == u"json")
        out = incidentReportJson(view);
    else if (fmt == u"csv" && parser.isSet(tableId)) {
        for (const reports::ReportTable& table : reports::reportTables(view.report, view.slos)) {
            if (table.id == parser.value(tableId))
                out = reports::tableCsv(table);
        }
        if (out.isEmpty())
            return usage(u"there is no %1 table without the workspace's SLOs"_s.arg(parser.value(tableId)));
    } else if (fmt == u"csv")
        out = incidentReportCsv(view);
    else
        out = incidentReportTable(view);
    if (!parser.isSet(output)) {
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        return 0;
    }
    return writeOutput(parser.value(output), out);
}

} // namespace wk::cli
