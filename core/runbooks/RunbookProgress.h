#pragma once

#include "incidents/TimelineEvent.h"
#include "runbooks/Runbook.h"
#include "runbooks/ScriptResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wk::runbooks {

// How far an incident got through one runbook, read from its timeline. A tick is a `runbook_step_done` event
// (payload: runbook_id, step_id, done; done absent means true) and unticking is another one with done false, so
// the latest event of a step wins. Script runs are `script_run` events; the latest one of each step is kept too.
class RunbookProgress
{
public:
    struct StepState
    {
        bool done = false;
        QString by; // who ticked (or unticked) it last
        QDateTime at;
        qint64 seq = 0; // of that event
    };

    struct ScriptRunState
    {
        std::optional<int> exitCode;
        bool timedOut = false;
        bool cancelled = false;
        QString by;
        QDateTime at;
        qint64 seq = 0;
    };

    explicit RunbookProgress(QString runbookId = QString());

    // Folds events in, whatever their order; an event no newer (by seq) than what a step already has is skipped,
    // so feeding the same events again, or the whole timeline after some of it, changes nothing. Returns the ids
    // of the steps whose state changed.
    QList<QString> apply(const QList<incidents::TimelineEvent>& events);

    const QString& runbookId() const { return m_runbookId; }
    StepState step(const QString& stepId) const { return m_steps.value(stepId); }
    bool isDone(const QString& stepId) const { return m_steps.value(stepId).done; }
    std::optional<ScriptRunState> lastRun(const QString& stepId) const;
    // Done steps that the runbook still has: ticks of steps since removed from the file do not count.
    int doneCount(const Runbook& runbook) const;

private:
    bool applyOne(const incidents::TimelineEvent& event);

    QString m_runbookId;
    QHash<QString, StepState> m_steps;
    QHash<QString, ScriptRunState> m_runs;
};

// The event that ticks (done) or unticks a step, for IncidentService::append. The step's description, when given,
// goes into the payload too, so the timeline reads on its own after the runbook has changed.
incidents::TimelineEvent stepEvent(qint64 incidentId, const QString& runbookId, const QString& stepId, bool done,
    const QString& actor, const QString& description = QString());

// The event that records a script run: payload runbook_id, step_id, script, where, exit_code (null when none),
// timed_out, cancelled, duration_ms, output (its last 64 KiB at most), output_bytes, output_cut, and start_error
// when it never started.
incidents::TimelineEvent scriptRunEvent(qint64 incidentId, const QString& runbookId, const QString& stepId,
    const ScriptResult& result, const QString& actor);

// The most output a script_run event keeps: the end, where the error usually is.
inline constexpr qsizetype maxEventOutputBytes = 64 * 1024;

} // namespace wk::runbooks
