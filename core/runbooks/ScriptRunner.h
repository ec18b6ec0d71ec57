#pragma once

#include "runbooks/ScriptResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <utility>

namespace wk::runbooks {

// Runs one runbook script, once, and only when start() is called: never by itself.
//
// The script runs as `/bin/bash -euo pipefail -c SCRIPT`, so a multi-line step stops at its first failing command,
// failing pipe or unset variable instead of carrying on with a bad value, and its exit code says whether it
// worked; a "#!" first line is a comment to it. It gets no input (stdin is /dev/null) and the console's
// environment plus the job's additions.
//
// It starts in a session and process group of its own, so stopping it reaches everything it started: on timeout
// or cancel() the group gets SIGTERM, and SIGKILL `killGrace` later if anything in it is still alive. When the
// shell ends by itself, whatever it left running in its group is stopped the same way, so no work outlives the
// run that the person confirmed. (A child that starts its own session escapes this, as it would a terminal.)
class ScriptRunner : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString script;
        QString workingDirectory;                       // must exist; nothing starts otherwise
        QList<std::pair<QString, QString>> environment; // added to the console's own environment
        std::chrono::milliseconds timeout = std::chrono::seconds(120);
        std::chrono::milliseconds killGrace = std::chrono::seconds(3);
        qsizetype outputLimit = 64 * 1024; // bytes of output kept for the result: the last ones
    };

    enum class State { Ready, Running, Stopping, Finished };

    explicit ScriptRunner(Job job, QObject* parent = nullptr);
    // A run still going is killed (SIGKILL to its group) and waited for: nothing outlives its runner.
    ~ScriptRunner() override;

    ScriptRunner(const ScriptRunner&) = delete;
    ScriptRunner& operator=(const ScriptRunner&) = delete;

    // The program and arguments put before the script, for the confirmation to show.
    static QStringList shellCommand();

    const Job& job() const { return m_job; }
    ScriptPlace place() const { return m_place; }
    State state() const { return m_state; }
    // The process group (the shell's pid) once started; 0 before.
    qint64 processGroup() const { return m_group; }

    // Starts the run; false when it was started before. A run that cannot start still ends with finished().
    bool start();
    // Stops a run: SIGTERM to its group, SIGKILL after the grace. Nothing when it is not running.
    void cancel();

Q_SIGNALS:
    // Output as it arrives, decoded as UTF-8; every byte, whatever the limit kept for the result.
    void output(const QString& chunk);
    // Exactly once per started run, after the shell ended and its group was stopped; always queued.
    void finished(const wk::runbooks::ScriptResult& result);

private:
    void readOutput();
    void shellEnded(int exitCode, QProcess::ExitStatus status);
    void failedToStart(QProcess::ProcessError error);
    // SIGTERM to the group now, SIGKILL after the grace.
    void stopGroup();
    void checkGroup();
    void finish();
    void signalGroup(int signal);
    bool groupAlive() const;

    Job m_job;
    ScriptPlace m_place;
    State m_state = State::Ready;
    QProcess m_process;
    QTimer m_timeout;
    QTimer m_poll; // while stopping: is the group gone yet?
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceTerm;
    bool m_termSent = false;
    bool m_killSent = false;
    bool m_shellEnded = false;
    qint64 m_group = 0;
    QByteArray m_tail;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    ScriptResult m_result;
};

} // namespace wk::runbooks
