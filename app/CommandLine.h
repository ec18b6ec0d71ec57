#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wk::app {

struct Options
{
    bool demo = false;
    QString workspaceFile;
    QString logLevel = QStringLiteral("info");
    QString language; // "th"; empty: the system's
    QString user;
    int quitAfterSeconds = 0; // scripted runs: screenshots, memory soak
};

// Whether argv asks only for text (--help, --version): then no display is needed.
bool wantsTextOnly(const QStringList& arguments);

// Parses argv with QCommandLineParser; prints help/version/errors itself. Returns the exit code when the
// program should stop here (0 after --help, 2 for bad usage).
std::optional<int> parseCommandLine(const QStringList& arguments, Options& options);

} // namespace wk::app
