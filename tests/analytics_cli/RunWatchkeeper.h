#pragma once

// Runs the built `watchkeeper` binary with arguments, as a script would, capturing stdout, stderr and the exit
// code. Plain std::system with redirections: no QCoreApplication or event loop needed.

#include "CliRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/wait.h>

#include <cstdlib>

namespace wk::testsupport {

inline QString shellQuoted(const QString& word)
{
    QString quoted = word;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return QStringLiteral("'") + quoted + QStringLiteral("'");
}

inline CliRun runWatchkeeper(const QStringList& arguments)
{
    CliRun run;
    QTemporaryDir dir;
    QString command = shellQuoted(QStringLiteral(WK_WATCHKEEPER_BIN));
    for (const QString& argument : arguments)
        command += QStringLiteral(" ") + shellQuoted(argument);
    command += QStringLiteral(" >") + shellQuoted(dir.filePath(QStringLiteral("out"))) + QStringLiteral(" 2>")
        + shellQuoted(dir.filePath(QStringLiteral("err"))) + QStringLiteral(" </dev/null");
    QElapsedTimer timer;
    timer.start();
    const int status = std::system(command.toLocal8Bit().constData());
    run.elapsedMs = timer.elapsed();
    run.exitCode = (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
    QFile out(dir.filePath(QStringLiteral("out")));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(dir.filePath(QStringLiteral("err")));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

// Writes `content` to `name` inside `dir` and returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace wk::testsupport
