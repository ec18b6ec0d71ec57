#include "runbooks/ScriptRunner.h"

#include "common/Logging.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wk::runbooks {

namespace {

constexpr auto pollInterval = 50ms;

// Drops UTF-8 continuation bytes at the front, left over when the output was cut inside a character.
void trimToCharacter(QByteArray& bytes)
{
    qsizetype skip = 0;
    while (skip < bytes.size() && skip < 3 && (static_cast<unsigned char>(bytes.at(skip)) & 0xC0) == 0x80)
        ++skip;
    bytes.remove(0, skip);
}

} // namespace

ScriptRunner::ScriptRunner(Job job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_place(ScriptPlace::here(m_job.workingDirectory))
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: 6 s on the default 120 s
    m_poll.setInterval(pollInterval);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ScriptRunner::readOutput);
    connect(&m_process, &QProcess::finished, this, &ScriptRunner::shellEnded);
    connect(&m_process, &QProcess::errorOccurred, this, &ScriptRunner::failedToStart);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        m_state = State::Stopping;
        stopGroup();
    });
    connect(&m_poll, &QTimer::timeout, this, &ScriptRunner::checkGroup);
}

ScriptRunner::~ScriptRunner()
{
    // Its signals must not reach this half-destroyed object.
    m_process.disconnect(this);
    if (m_state == State::Running || m_state == State::Stopping) {
        signalGroup(SIGKILL);
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(3000);
    }
}

QStringList ScriptRunner::shellCommand()
{
    return {u"/bin/bash"_s, u"-euo"_s, u"pipefail"_s, u"-c"_s};
}

bool ScriptRunner::start()
{
    if (m_state != State::Ready)
        return false;
    m_state = State::Running;
    m_result.script = m_job.script;
    m_result.place = m_place;
    if (!QFileInfo(m_place.directory).isDir()) {
        m_result.startError
            = Error{ErrorCode::NotFound, u"no folder %1 to run in"_s.arg(m_place.directory), std::nullopt, 0};
        finish();
        return true;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"BASH_ENV"_s); // would run a file before the script, unseen by the person confirming it
    for (const auto& [name, value] : m_job.environment)
        environment.insert(name, value);

    QStringList arguments = shellCommand();
    const QString program = arguments.takeFirst();
    arguments.append(m_job.script);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setWorkingDirectory(m_place.directory);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // In the child, before exec: a session of its own makes its pid the group every descendant joins.
    m_process.setChildProcessModifier([] { ::setsid(); });

    logging::get("runbooks")->info("running a runbook script {}", m_place.text());
    m_clock.start();
    m_process.start();
    m_group = m_process.processId();
    if (m_state == State::Running)
        m_timeout.start(m_job.timeout);
    return true;
}

void ScriptRunner::cancel()
{
    if (m_state != State::Running)
        return;
    m_result.cancelled = true;
    m_state = State::Stopping;
    stopGroup();
}

void ScriptRunner::readOutput()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    m_result.outputBytes += bytes.size();
    m_tail.append(bytes);
    // Trimmed in steps, not on every chunk, so a chatty script does not cost a copy per read.
    if (m_tail.size() > 2 * m_job.outputLimit)
        m_tail.remove(0, m_tail.size() - m_job.outputLimit);
    Q_EMIT output(m_decoder(bytes));
}

void ScriptRunner::shellEnded(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    m_shellEnded = true;
    m_result.duration = std::chrono::milliseconds(m_clock.elapsed());
    if (status == QProcess::NormalExit)
        m_result.exitCode = exitCode;
    m_timeout.stop();
    if (m_killSent || !groupAlive()) {
        finish();
        return;
    }
    // The shell is gone but something it started is not: stop that too.
    if (m_state == State::Running) {
        logging::get("runbooks")->info("stopping what the runbook script left running in group {}", m_group);
        m_state = State::Stopping;
    }
    stopGroup();
}

void ScriptRunner::failedToStart(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_state == State::Finished)
        return;
    m_result.startError = Error{ErrorCode::Io, m_process.errorString(), std::nullopt, 0};
    m_shellEnded = true;
    finish();
}

void ScriptRunner::stopGroup()
{
    if (m_termSent)
        return;
    m_termSent = true;
    signalGroup(SIGTERM);
    m_sinceTerm.start();
    m_poll.start();
}

void ScriptRunner::checkGroup()
{
    if (!m_killSent && m_sinceTerm.elapsed() >= m_job.killGrace.count()) {
        logging::get("runbooks")->warn("a runbook script outlived SIGTERM; sending SIGKILL to group {}", m_group);
        signalGroup(SIGKILL);
        m_killSent = true;
    }
    // After SIGKILL only zombies can be left, waiting for whoever adopted them.
    if (m_shellEnded && (m_killSent || !groupAlive()))
        finish();
}

void ScriptRunner::signalGroup(int signal)
{
    if (m_group <= 0)
        return;
    // Until the child has called setsid() there is no such group yet; the shell alone gets the signal then.
    if (::kill(static_cast<pid_t>(-m_group), signal) != 0 && errno == ESRCH && !m_shellEnded)
        ::kill(static_cast<pid_t>(m_group), signal);
}

bool ScriptRunner::groupAlive() const
{
    return m_group > 0 && (::kill(static_cast<pid_t>(-m_group), 0) == 0 || errno == EPERM);
}

void ScriptRunner::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timeout.stop();
    m_poll.stop();
    if (m_tail.size() > m_job.outputLimit)
        m_tail.remove(0, m_tail.size() - m_job.outputLimit);
    m_result.outputCut = m_result.outputBytes > m_tail.size();
    if (m_result.outputCut)
        trimToCharacter(m_tail);
    m_result.output = QString::fromUtf8(m_tail);
    logging::get("runbooks")
        ->info("the runbook script ended: exit code {}, timed out {}, cancelled {}",
            m_result.exitCode ? QString::number(*m_result.exitCode) : u"none"_s, m_result.timedOut, m_result.cancelled);
    QMetaObject::invokeMethod(
        this, [this, result = m_result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

} // namespace wk::runbooks
