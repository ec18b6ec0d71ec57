#include "cli/Subcommands.h"

#include "cli/AlertsCommand.h"
#include "cli/ArchiveCommand.h"
#include "cli/DriftCommand.h"
#include "cli/PreflightCommand.h"
#include "cli/QueryCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RunbookCommand.h"
#include "cli/SloCommand.h"
#include "common/Logging.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

bool isSubcommand(const QString& word)
{
    return word == u"query" || word == u"preflight" || word == u"alerts" || word == u"drift" || word == u"report"
        || word == u"slo" || word == u"runbook" || word == u"archive";
}

int runSubcommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return runSubcommandIn(app);
}

int runSubcommandIn(QCoreApplication& app)
{
    QCoreApplication::setOrganizationDomain(u"watchkeeper.dev"_s);
    QCoreApplication::setApplicationName(u"watchkeeper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WATCHKEEPER_VERSION));
    QStringList args = app.arguments();
    const QString command = args.value(1);
    args.removeAt(1); // the rest parses like a program of its own: "watchkeeper query EXPR"
    args[0] = args[0] + u' ' + command;

    // Logs go to stderr at warn by default so stdout stays clean for scripts; --log-level still works.
    logging::Options log;
    log.levels.defaultLevel = spdlog::level::warn;
    for (int i = 1; i < args.size(); ++i) {
        const QString value = args[i].startsWith(u"--log-level="_s) ? args[i].mid(12)
            : args[i] == u"--log-level" && i + 1 < args.size()      ? args[i + 1]
                                                                    : QString();
        if (value.isEmpty())
            continue;
        const auto levels = logging::parseLevelSpec(value);
        if (!levels) {
            std::fprintf(stderr, "--log-level: %s\n", qPrintable(levels.error()));
            return 2;
        }
        log.levels = *levels;
    }
    logging::init(log);

    int code = 2;
    if (command == u"query")
        code = runQuery(args);
    else if (command == u"preflight")
        code = runPreflight(args);
    else if (command == u"alerts")
        code = runAlerts(args);
    else if (command == u"drift")
        code = runDrift(args);
    else if (command == u"report")
        code = runReport(args);
    else if (command == u"slo")
        code = runSlo(args);
    else if (command == u"runbook")
        code = runRunbook(args);
    else if (command == u"archive")
        code = runArchive(args);
    logging::shutdown();
    return code;
}

} // namespace wk::cli
