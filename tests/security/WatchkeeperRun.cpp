#include "WatchkeeperRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::security {

IsolatedHome::IsolatedHome()
{
    for (const QString& folder : {home(), config(), data(), cache(), dataDir(), workspace()})
        QDir().mkpath(folder);
}

QString IsolatedHome::home() const
{
    return m_root.filePath(u"home"_s);
}

QString IsolatedHome::config() const
{
    return m_root.filePath(u"home/.config"_s);
}

QString IsolatedHome::data() const
{
    return m_root.filePath(u"home/.local/share"_s);
}

QString IsolatedHome::cache() const
{
    return m_root.filePath(u"home/.cache"_s);
}

QString IsolatedHome::dataDir() const
{
    return m_root.filePath(u"watchkeeper-data"_s);
}

QString IsolatedHome::logs() const
{
    return data() + u"/watchkeeper/logs"_s;
}

QString IsolatedHome::workspace() const
{
    return m_root.filePath(u"workspace"_s);
}

QProcessEnvironment IsolatedHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(u"WATCHKEEPER_"_s))
            env.remove(name); // no secret, data folder or setting from the caller's environment
    }
    env.insert(u"HOME"_s, home());
    env.insert(u"XDG_CONFIG_HOME"_s, config());
    env.insert(u"XDG_DATA_HOME"_s, data());
    env.insert(u"XDG_CACHE_HOME"_s, cache());
    env.insert(u"WATCHKEEPER_DATA_DIR"_s, dataDir());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"COLUMNS"_s, u"160"_s);
    return env;
}

bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::unique_ptr<QProcess> startConsole(
    const QStringList& arguments, const QProcessEnvironment& environment, qint64 addressSpaceKiB)
{
    auto process = std::make_unique<QProcess>();
    const QString program = QString::fromUtf8(WK_WATCHKEEPER_BIN);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of address space for its shadow and cannot start under `ulimit -v`; its
    // own resident-memory bound stands in for it (a command over it is killed, which the tests see as a failure).
    if (addressSpaceKiB > 0) {
        QProcessEnvironment bounded = environment;
        bounded.insert(u"ASAN_OPTIONS"_s,
            bounded.value(u"ASAN_OPTIONS"_s) + u":hard_rss_limit_mb=%1"_s.arg(addressSpaceKiB / 1024));
        process->setProcessEnvironment(bounded);
        process->start(program, arguments);
        return process;
    }
#endif
    process->setProcessEnvironment(environment);
    if (addressSpaceKiB > 0)
        process->start(u"/bin/bash"_s,
            QStringList{u"-c"_s, u"ulimit -v %1 && exec \"$0\" \"$@\""_s.arg(addressSpaceKiB), program} + arguments);
    else
        process->start(program, arguments);
    return process;
}

testsupport::CliRun finish(QProcess& process, int boundMs)
{
    QElapsedTimer timer;
    timer.start();
    testsupport::CliRun result;
    // Output is drained as it comes, so a chatty child never blocks on a full pipe.
    spinUntil(
        [&] {
            result.out += process.readAllStandardOutput();
            result.err += process.readAllStandardError();
            return process.state() == QProcess::NotRunning;
        },
        boundMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.elapsedMs = timer.elapsed();
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart)
        result.exitCode = process.exitCode();
    return result;
}

testsupport::CliRun runWatchkeeper(
    const QStringList& arguments, const QProcessEnvironment& environment, int boundMs, qint64 addressSpaceKiB)
{
    auto process = startConsole(arguments, environment, addressSpaceKiB);
    process->closeWriteChannel();
    return finish(*process, boundMs);
}

} // namespace wk::security
