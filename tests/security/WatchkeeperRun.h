#pragma once

#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// The built `watchkeeper` binary in a child process with a home of its own: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME,
// XDG_CACHE_HOME and WATCHKEEPER_DATA_DIR all point into one fresh folder, the windows are offscreen, and no
// secret comes from this process's environment unless a test adds it. The test's event loop keeps running while
// the child does, so servers hosted by the test answer it.
namespace wk::security {

class IsolatedHome
{
public:
    IsolatedHome();
    bool isValid() const { return m_root.isValid(); }

    QString root() const { return m_root.path(); }
    QString home() const;
    QString config() const;
    QString data() const;
    QString cache() const;
    QString dataDir() const;   // WATCHKEEPER_DATA_DIR
    QString logs() const;      // where the console writes its log file
    QString workspace() const; // a folder for the test's workspace and runbooks
    QStringList everyFolder() const { return {root()}; }

    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_root;
};

// Spins this thread's event loop until `done` or the timeout; says which.
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

// Runs `watchkeeper arguments...` to the end (killed after boundMs) with nothing on its standard input. With
// addressSpaceKiB, under `ulimit -v`: a command that tried to hold more memory would fail, not just be slow.
testsupport::CliRun runWatchkeeper(const QStringList& arguments, const QProcessEnvironment& environment,
    int boundMs = 90'000, qint64 addressSpaceKiB = 0);

// Starts the console; the caller waits on it (spinUntil) and reads its output.
std::unique_ptr<QProcess> startConsole(
    const QStringList& arguments, const QProcessEnvironment& environment, qint64 addressSpaceKiB = 0);

// Waits for a started process to end (killed after boundMs) and collects what it printed.
testsupport::CliRun finish(QProcess& process, int boundMs);

} // namespace wk::security
