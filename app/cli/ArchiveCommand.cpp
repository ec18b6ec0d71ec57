#include "cli/ArchiveCommand.h"

#include "archive/AlertArchive.h"
#include "archive/HistoryImport.h"
#include "cli/AlertsConnection.h"
#include "cli/CliMessages.h"
#include "common/TimeText.h"
#include "genie/GenieSetup.h"
#include "store/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <array>
#include <cstdio>
#include <expected>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

const QString description
    = u"Keeps the console's alert archive.\n"
      "\n"
      "  import    reads the alert service's history of a date range into the archive: every alert created in\n"
      "            it (Opsgenie or JSM Ops), with its report times and its activity log and notes, so reports\n"
      "            cover periods the console was not running and outlive the vendor account\n"
      "\n"
      "The range is --since SPAN (90d, 12h: up to now), or --from DATE with --to DATE (default now); DATE is\n"
      "2026-08-01 (midnight UTC), 2026-08-01T06:00:00Z or Unix seconds; --to is not included. An alert the\n"
      "console archived live stays one alert: the import adds what the console did not see and erases nothing.\n"
      "--query keeps the alerts a query matches, in the service's own syntax (\"teams:payments-ml\").\n"
      "Importing the same range again adds only what is new, so an import that stopped is finished by running\n"
      "it again. The service comes from the workspace's \"alerts:\" section; the flags override it. The API key\n"
      "is read from WATCHKEEPER_OPSGENIE_API_KEY (JSM: WATCHKEEPER_JSM_API_TOKEN) or the keychain, never from a\n"
      "flag.\n"
      "Exit codes: 0 imported; 1 the service or the archive failed (what was imported before stays);\n"
      "2 bad usage."_s;

int usage(const QString& message)
{
    return usageError("archive", message);
}

QString count(qsizetype n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(n));
}

// "2026-08-01" for a midnight, else the full time: the summary repeats the range as it was probably typed.
QString rangeEnd(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    return utc.time() == QTime(0, 0) ? utc.date().toString(Qt::ISODate) : utc.toString(Qt::ISODate);
}

std::optional<QDateTime> parseDate(const QString& text, const QDateTime& now)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (day.isValid() && text.trimmed().size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    return parseTimeArgument(text, now);
}

struct ImportRun
{
    AlertsFlags flags;
    archive::ImportSettings settings;
    QString archivePath;
    bool quiet = false;
};

std::expected<std::optional<ImportRun>, QString> parseArguments(const QStringList& arguments, const QDateTime& now)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(u"verb"_s, u"import"_s);
    const QCommandLineOption since(u"since"_s, u"import: the last span, up to now (90d, 12h)."_s, u"span"_s);
    const QCommandLineOption from(u"from"_s, u"import: the first day or time of the range."_s, u"date"_s);
    const QCommandLineOption to(u"to"_s, u"import: the end of the range, not included (default now)."_s, u"date"_s);
    const QCommandLineOption archiveFile(
        u"archive"_s, u"The archive (default: archive.sqlite in the console's data folder)."_s, u"file"_s);
    const QCommandLineOption query(u"query"_s,
        u"import: only the alerts this query matches, in the service's syntax (default: every alert)."_s, u"Q"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No progress lines on stderr."_s);
    const AlertsFlagOptions serviceOptions;
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({since, from, to, query, archiveFile, quiet});
    parser.addOptions(serviceOptions.all());
    parser.addOption(logLevel);
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return std::unexpected(u"say what to do: import"_s);
    if (positional.constFirst() != u"import")
        return std::unexpected(u"unknown verb \"%1\" (expected import)"_s.arg(positional.constFirst()));
    if (positional.size() > 1)
        return std::unexpected(u"unexpected argument \"%1\""_s.arg(positional.at(1)));

    ImportRun run;
    if (parser.isSet(since) == parser.isSet(from))
        return std::unexpected(u"give the range with --since SPAN, or with --from DATE [--to DATE]"_s);
    if (parser.isSet(since)) {
        if (parser.isSet(to))
            return std::unexpected(u"--since runs up to now: give --from DATE --to DATE for another end"_s);
        const auto span = parseDuration(parser.value(since));
        if (!span || *span <= 0)
            return std::unexpected(
                u"--since takes a span such as 90d, 7d or 12h, not \"%1\""_s.arg(parser.value(since)));
        run.settings.to = now;
        run.settings.from = now.addSecs(-*span);
    } else {
        const auto start = parseDate(parser.value(from), now);
        const auto end = parser.isSet(to) ? parseDate(parser.value(to), now) : std::optional<QDateTime>(now);
        if (!start)
            return std::unexpected(
                u"--from takes 2026-08-01, 2026-08-01T06:00:00Z or Unix seconds, not \"%1\""_s.arg(parser.value(from)));
        if (!end)
            return std::unexpected(
                u"--to takes 2026-11-21, 2026-11-21T06:00:00Z or Unix seconds, not \"%1\""_s.arg(parser.value(to)));
        if (*start >= *end)
            return std::unexpected(u"--from must come before --to"_s);
        run.settings.from = start->toUTC();
        run.settings.to = end->toUTC();
    }
    run.archivePath = parser.isSet(archiveFile) ? parser.value(archiveFile)
                                                : QDir(store::defaultDataFolder()).filePath(u"archive.sqlite"_s);
    run.quiet = parser.isSet(quiet);
    run.settings.query = parser.value(query).trimmed();
    run.flags = serviceOptions.read(parser);
    return run;
}

QString summary(const archive::ImportProgress& p, const archive::ImportSettings& settings)
{
    return u"imported %1 alerts (%2 new), %3 history entries, from %4 to %5\n"_s.arg(
        count(p.alertsRead), count(p.newAlerts), count(p.newEntries), rangeEnd(settings.from), rangeEnd(settings.to));
}

void progressLine(const archive::ImportProgress& p)
{
    const QString of = p.total >= 0 ? u" of "_s + count(p.total) : QString();
    std::fprintf(stderr, "watchkeeper archive: %s%s alerts read, %s history entries added, up to %s\n",
        qPrintable(count(p.alertsRead)), qPrintable(of), qPrintable(count(p.newEntries)),
        qPrintable(p.reached.isValid() ? p.reached.toUTC().toString(Qt::ISODate) : u"-"_s));
}

} // namespace

int runArchive(const QStringList& arguments)
{
    auto parsed = parseArguments(arguments, QDateTime::currentDateTimeUtc());
    if (!parsed)
        return usage(parsed.error());
    if (!*parsed)
        return 0; // --help
    ImportRun in = std::move(**parsed);
    auto service = resolveAlertService(in.flags);
    if (!service)
        return usage(service.error().detail);

    if (const QString folder = QFileInfo(in.archivePath).absolutePath(); !QDir().mkpath(folder)) {
        std::fprintf(stderr, "watchkeeper archive: cannot create the folder %s\n", qPrintable(folder));
        return 1;
    }
    auto archive = archive::AlertArchive::open(in.archivePath);
    if (!archive) {
        std::fprintf(
            stderr, "watchkeeper archive: %s: %s\n", qPrintable(in.archivePath), qPrintable(describe(archive.error())));
        return 1;
    }

    int exitCode = 1;
    QObject context;
    std::optional<AlertsConnection> connection;
    std::unique_ptr<archive::HistoryImport> importer;
    const auto quit = [] {
        // This may run before exec(): quit from the event loop, not now.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    };
    connectAlerts(*service, genie::optionsFor(*service), &context, [&](Result<AlertsConnection> connected) {
        if (!connected) {
            // A setup problem (no key, no cloud id) is a usage error; it says what to set.
            std::fprintf(stderr, "watchkeeper archive: %s\n", qPrintable(connected.error().detail));
            exitCode = connected.error().code == ErrorCode::BadQuery ? 2 : 1;
            quit();
            return;
        }
        connection = std::move(*connected);
        importer
            = std::make_unique<archive::HistoryImport>(*connection->backend, *archive, *connection->clock, in.settings);
        importer->start(
            [&in](const archive::ImportProgress& p) {
                if (!in.quiet)
                    progressLine(p);
            },
            [&](const archive::ImportProgress& p, std::optional<archive::ImportFailure> failure) {
                const QByteArray out = summary(p, in.settings).toUtf8();
                std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
                std::fflush(stdout);
                exitCode = 0;
                if (failure) {
                    QString text = describe(failure->error);
                    if (failure->error.code == ErrorCode::Auth)
                        text += u" (the key was read from "_s + connection->secretOrigin + u')';
                    // Running again adds only what is new; from where it stopped, it reads less again.
                    QString next = u"run the same import again to finish it"_s;
                    if (p.reached.isValid()) {
                        const QString at = p.reached.toUTC().toString(Qt::ISODate);
                        next
                            = u"the alerts created up to %1 are in the archive; to finish, run it again with --from %1"_s
                                  .arg(at);
                        if (!in.settings.to.isNull())
                            next += u" --to "_s + in.settings.to.toUTC().toString(Qt::ISODate);
                    }
                    std::fprintf(stderr, "watchkeeper archive: stopped while %s: %s; %s\n", qPrintable(failure->step),
                        qPrintable(text), qPrintable(next));
                    exitCode = 1;
                }
                quit();
            });
    });
    QCoreApplication::exec();
    importer.reset(); // before the backend it reads
    return exitCode;
}

} // namespace wk::cli
