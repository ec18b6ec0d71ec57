#include "cli/QueryCommand.h"

#include "cli/CliSources.h"
#include "cli/QueryOutput.h"
#include "common/TimeText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

int usage(const QString& message)
{
    std::fprintf(stderr, "watchkeeper query: %s (see --help)\n", qPrintable(message));
    return 2;
}

} // namespace

int runQuery(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs one PromQL query through the client and parser the dashboards use."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"expr"_s, u"The PromQL expression."_s);
    const QCommandLineOption url(
        u"url"_s, u"Prometheus-compatible base URL (token from $WATCHKEEPER_PROMETHEUS_TOKEN)."_s, u"url"_s);
    const QCommandLineOption source(u"source"_s, u"A data source of the workspace, by name."_s, u"name"_s);
    const QCommandLineOption workspace(u"workspace"_s, u"The workspace file that declares --source."_s, u"file"_s);
    const QCommandLineOption time(u"time"_s, u"Instant query at T (RFC 3339, Unix seconds, now, now-1h)."_s, u"T"_s);
    const QCommandLineOption start(u"start"_s, u"Range query from T."_s, u"T"_s);
    const QCommandLineOption end(u"end"_s, u"Range query to T (default now)."_s, u"T"_s);
    const QCommandLineOption step(u"step"_s, u"Range query resolution (15s, 1m, or seconds)."_s, u"S"_s);
    const QCommandLineOption format(u"format"_s, u"table (default) or json."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up after this long (default 30s)."_s, u"S"_s, u"30s"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({url, source, workspace, time, start, end, step, format, timeout, logLevel});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(u"give exactly one PromQL expression"_s);
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json")
        return usage(u"--format is table or json"_s);
    if (parser.isSet(url) == parser.isSet(source))
        return usage(u"give either --url or --source"_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto timeOf = [&](const QCommandLineOption& option, const QString& fallback) {
        return parseTimeArgument(parser.isSet(option) ? parser.value(option) : fallback, now);
    };
    const auto timeoutSeconds = parseDuration(parser.value(timeout));
    if (!timeoutSeconds || *timeoutSeconds <= 0)
        return usage(u"--timeout must be a duration such as 30s"_s);
    const bool range = parser.isSet(start);
    if (range && parser.isSet(time))
        return usage(u"--time is for instant queries, --start/--end/--step for ranges"_s);
    std::optional<QDateTime> at = timeOf(time, u"now"_s);
    std::optional<QDateTime> from = timeOf(start, u"now-1h"_s);
    std::optional<QDateTime> to = timeOf(end, u"now"_s);
    if (!at || !from || !to)
        return usage(u"cannot read a time; use RFC 3339, Unix seconds, now or now-1h"_s);
    qint64 stepSeconds = 0;
    if (range) {
        if (!parser.isSet(step))
            return usage(u"a range query needs --step"_s);
        bool plain = false;
        stepSeconds = parser.value(step).toLongLong(&plain);
        if (!plain)
            stepSeconds = parseDuration(parser.value(step)).value_or(0);
        if (stepSeconds <= 0)
            return usage(u"--step must be a positive duration such as 15s"_s);
    }

    SourceRequest request;
    request.url = parser.value(url);
    request.sourceName = parser.value(source);
    request.workspaceFile = parser.value(workspace);
    request.timeoutSeconds = int(*timeoutSeconds);
    int exitCode = 1;
    QObject context;
    std::optional<ConnectedSource> connection; // the HTTP service must outlive the query
    connectSource(request, &context, [&](Result<ConnectedSource> connected) {
        if (!connected) {
            std::fprintf(stderr, "watchkeeper query: %s\n", qPrintable(connected.error().detail));
            exitCode = connected.error().code == ErrorCode::BadQuery ? 2 : 1;
            // This may run before exec(): quit from the event loop, not now.
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
            return;
        }
        connection = *connected;
        auto answer = [&](Result<metrics::QueryResult> result) {
            if (!result) {
                std::fprintf(stderr, "watchkeeper query: %s\n", qPrintable(describe(result.error())));
                exitCode = 1;
            } else {
                const QByteArray out = fmt == u"json" ? queryResultJson(*result) : queryResultTable(*result);
                std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
                exitCode = 0;
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        };
        if (range)
            connection->backend->rangeQuery({positional.front(), *from, *to, stepSeconds}, &context, answer);
        else
            connection->backend->instantQuery({positional.front(), *at}, &context, answer);
    });
    // --timeout bounds the whole command, retries included, not just one attempt.
    QTimer::singleShot(std::chrono::seconds(*timeoutSeconds), &context, [&] {
        std::fprintf(stderr, "watchkeeper query: Timeout: no answer within %s\n", qPrintable(parser.value(timeout)));
        exitCode = 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace wk::cli
