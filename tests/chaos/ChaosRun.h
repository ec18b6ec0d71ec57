#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wk::fakegenie {
class FakeGenieServer;
}

namespace wk::chaos {

struct DriverRun
{
    bool started = false;
    bool killed = false; // SIGKILLed: at the planned moment, or because it overran its time
    int exitCode = -1;
    QString problem;
};

// Starts wk_outbox_driver again and again with the same arguments, its output appended to one log file. While
// it runs, this process's event loop turns, so a fake server living here keeps answering.
class DriverRunner
{
public:
    DriverRunner(QString program, QStringList arguments, QString logPath, QString apiKey);

    // Runs until the driver exits, or SIGKILLs it after killAfterMs; without a kill time it gets at most
    // maxRunMs before it is killed.
    DriverRun run(std::optional<int> killAfterMs);
    int runs() const { return m_runs; }

    static constexpr int maxRunMs = 600'000;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_logPath;
    QString m_apiKey;
    int m_runs = 0;
};

// Turns the event loop until the fake has processed every write it accepted.
void waitForProcessing(fakegenie::FakeGenieServer& server);

} // namespace wk::chaos
