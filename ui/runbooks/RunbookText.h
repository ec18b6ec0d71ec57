#pragma once

#include "runbooks/RunbookProgress.h"
#include "runbooks/ScriptResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace wk::ui {

// The words for runbooks and their scripts, shared by the checklist, the panel and the confirmation.
class RunbookText
{
    Q_DECLARE_TR_FUNCTIONS(RunbookText)

public:
    static QString time(const QDateTime& at);                   // "10:42" today, a short date and time before; local
    static QString seconds(std::chrono::milliseconds duration); // "120 s", "2.5 s", "40 ms"
    // How a run ended: "Exited with code 0", "Timed out after 120 s", "Stopped by ada", "Could not start: …".
    static QString outcome(
        const runbooks::ScriptResult& result, std::chrono::milliseconds timeout, const QString& stoppedBy);
    // The last run of a step, short, for its checklist row: "script exited with 0", "script timed out".
    static QString lastRun(const runbooks::RunbookProgress::ScriptRunState& run);
};

} // namespace wk::ui
