#include "ChaosRun.h"

#include "FakeGenieServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::chaos {

DriverRunner::DriverRunner(QString program, QStringList arguments, QString logPath, QString apiKey)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_logPath(std::move(logPath))
    , m_apiKey(std::move(apiKey))
{ }

DriverRun DriverRunner::run(std::optional<int> killAfterMs)
{
    ++m_runs;
    DriverRun result;
    QFile log(m_logPath);
    if (log.open(QIODevice::Append)) {
        log.write("--- run " + QByteArray::number(m_runs)
            + (killAfterMs ? ", to be killed after " + QByteArray::number(*killAfterMs) + " ms" : QByteArray()) + '\n');
        log.close();
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"WATCHKEEPER_OPSGENIE_API_KEY"_s, m_apiKey);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(m_logPath, QIODevice::Append);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &loop, [&] {
        if (process.state() == QProcess::Running) {
            result.killed = true;
            process.kill(); // SIGKILL: no cleanup, no flush, like a crash or a power cut of the process
        }
    });
    process.start(m_program, m_arguments);
    if (!process.waitForStarted(10'000)) {
        result.problem = u"%1 did not start: %2"_s.arg(m_program, process.errorString());
        return result;
    }
    result.started = true;
    killer.start(killAfterMs.value_or(maxRunMs));
    if (process.state() == QProcess::Running)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10'000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void waitForProcessing(fakegenie::FakeGenieServer& server)
{
    QElapsedTimer waited;
    waited.start();
    while (server.pendingCount() > 0 && waited.elapsed() < 10'000) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace wk::chaos
