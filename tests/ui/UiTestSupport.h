#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>

#include <functional>

namespace wk::uitest {

// Spins the event loop (and whatever else `step` does) until `done` holds or the time is up.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10'000, const std::function<void()>& step = {})
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        if (step)
            step();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// The words of a PDF as pdftotext reads them, ligatures ("ﬁ") written as their letters; an explanation in angle
// brackets when pdftotext fails.
inline QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QStringLiteral("\uFB01"), QStringLiteral("fi"))
        .replace(QStringLiteral("\uFB02"), QStringLiteral("fl"));
}

} // namespace wk::uitest
