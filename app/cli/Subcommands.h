#pragma once

#include <QStringList>

class QCoreApplication;

namespace wk::cli {

// The headless side of the binary: these link only watchkeeper_core, which also keeps the core GUI-free.
bool isSubcommand(const QString& word);

// Runs `watchkeeper <subcommand> ...` with its own QCoreApplication; returns the exit code
// (0 success, 1 the check or action failed, 2 bad usage or bad input).
int runSubcommand(int argc, char** argv);
// The same in an application the caller made (a QApplication, for a report drawn as a PDF).
int runSubcommandIn(QCoreApplication& app);

} // namespace wk::cli
