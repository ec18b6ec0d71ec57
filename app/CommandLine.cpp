#include "CommandLine.h"

#include "common/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::app {

bool wantsTextOnly(const QStringList& arguments)
{
    for (const QString& a : arguments) {
        if (a == u"--help" || a == u"-h" || a == u"--version" || a == u"-v" || a == u"--help-all")
            return true;
    }
    return false;
}

std::optional<int> parseCommandLine(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Watchkeeper: the on-call console for machine-learning services.\n"
        "With nothing configured it opens on the embedded demo fleet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Use the embedded demo fleet, whatever is configured."));
    const QCommandLineOption workspace(u"workspace"_s,
        QCoreApplication::translate(
            "main", "Read dashboards from <file> instead of the configured or built-in workspace."),
        u"file"_s);
    const QCommandLineOption logLevel(u"log-level"_s,
        QCoreApplication::translate(
            "main", "Log levels, e.g. \"info\" or \"info,net=debug\" (trace, debug, info, warn, error, off)."),
        u"levels"_s, u"info"_s);
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("main", "User interface language (en, th)."), u"code"_s);
    const QCommandLineOption user(
        u"user"_s, QCoreApplication::translate("main", "Name recorded on your actions (default: $USER)."), u"name"_s);
    const QCommandLineOption quitAfter(u"quit-after"_s,
        QCoreApplication::translate("main", "Quit after <seconds> (scripted runs and measurements)."), u"seconds"_s);
    parser.addOptions({demo, workspace, logLevel, lang, user, quitAfter});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    // Bad usage is reported before anything else, --version included.
    if (const auto levels = logging::parseLevelSpec(parser.value(logLevel)); !levels) {
        std::fprintf(stderr, "--log-level: %s\n", qPrintable(levels.error()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::fprintf(stdout, "watchkeeper %s\n", WATCHKEEPER_VERSION);
        return 0;
    }
    options.demo = parser.isSet(demo);
    options.workspaceFile = parser.value(workspace);
    options.logLevel = parser.value(logLevel);
    options.language = parser.value(lang);
    options.user = parser.value(user);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterSeconds = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterSeconds <= 0) {
            std::fprintf(stderr, "--quit-after needs a positive number of seconds\n");
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "unknown command: %s (see --help)\n", qPrintable(parser.positionalArguments().join(u' ')));
        return 2;
    }
    return std::nullopt;
}

} // namespace wk::app
