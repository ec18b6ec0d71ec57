#pragma once

#include "common/Error.h"
#include "runbooks/ScriptPlace.h"

#include <QString>

#include <chrono>
#include <optional>

namespace wk::runbooks {

// How one run of a runbook script ended.
struct ScriptResult
{
    QString script; // exactly what ran
    ScriptPlace place;
    std::optional<int> exitCode; // none when it never started or a signal ended it
    bool timedOut = false;
    bool cancelled = false;                // stopped by the person who started it
    std::optional<Error> startError;       // it could not start: no such folder, no shell
    std::chrono::milliseconds duration{0}; // from start to the end of the shell
    QString output;                        // stdout and stderr merged, the last outputLimit bytes of it
    qint64 outputBytes = 0;                // how much it printed in all; more than output holds when it was cut
    bool outputCut = false;                // the start of the output was dropped to keep the last part

    // Exited by itself with code 0.
    bool succeeded() const { return exitCode == 0 && !timedOut && !cancelled && !startError; }
};

} // namespace wk::runbooks
