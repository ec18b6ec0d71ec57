#include "runbooks/RunbookProgress.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

using incidents::EventKind;
using incidents::TimelineEvent;

namespace {

// Events not yet stored (seq 0) count as the newest.
bool isNewer(const TimelineEvent& event, qint64 knownSeq)
{
    return event.seq == 0 || event.seq > knownSeq;
}

QString payloadText(const TimelineEvent& event, QStringView key)
{
    return event.payload.value(key).toString();
}

// The last `limit` bytes of the text's UTF-8, starting on a whole character.
QByteArray lastBytes(const QString& text, qsizetype limit)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= limit)
        return bytes;
    bytes.remove(0, bytes.size() - limit);
    qsizetype skip = 0;
    while (skip < bytes.size() && skip < 3 && (static_cast<unsigned char>(bytes.at(skip)) & 0xC0) == 0x80)
        ++skip;
    return bytes.remove(0, skip);
}

} // namespace

RunbookProgress::RunbookProgress(QString runbookId)
    : m_runbookId(std::move(runbookId))
{ }

QList<QString> RunbookProgress::apply(const QList<TimelineEvent>& events)
{
    QList<const TimelineEvent*> ordered;
    ordered.reserve(events.size());
    for (const TimelineEvent& event : events)
        ordered.append(&event);
    // Stored events first, by seq; unstored ones after them in the order given.
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const TimelineEvent* a, const TimelineEvent* b) { return a->seq != 0 && (b->seq == 0 || a->seq < b->seq); });
    QList<QString> changed;
    for (const TimelineEvent* event : ordered) {
        if (applyOne(*event)) {
            const QString stepId = payloadText(*event, u"step_id");
            if (!changed.contains(stepId))
                changed.append(stepId);
        }
    }
    return changed;
}

bool RunbookProgress::applyOne(const TimelineEvent& event)
{
    if (event.kind != EventKind::RunbookStepDone && event.kind != EventKind::ScriptRun)
        return false;
    if (payloadText(event, u"runbook_id") != m_runbookId)
        return false;
    const QString stepId = payloadText(event, u"step_id");
    if (stepId.isEmpty())
        return false;

    if (event.kind == EventKind::ScriptRun) {
        if (!isNewer(event, m_runs.value(stepId).seq))
            return false;
        ScriptRunState run;
        const QJsonValue exitCode = event.payload.value(u"exit_code");
        if (exitCode.isDouble())
            run.exitCode = exitCode.toInt();
        run.timedOut = event.payload.value(u"timed_out").toBool();
        run.cancelled = event.payload.value(u"cancelled").toBool();
        run.by = event.actor;
        run.at = event.at;
        run.seq = event.seq;
        m_runs.insert(stepId, run);
        return true;
    }

    if (!isNewer(event, m_steps.value(stepId).seq))
        return false;
    m_steps.insert(stepId, StepState{event.payload.value(u"done").toBool(true), event.actor, event.at, event.seq});
    return true;
}

std::optional<RunbookProgress::ScriptRunState> RunbookProgress::lastRun(const QString& stepId) const
{
    const auto it = m_runs.constFind(stepId);
    if (it == m_runs.cend())
        return std::nullopt;
    return *it;
}

int RunbookProgress::doneCount(const Runbook& runbook) const
{
    return static_cast<int>(std::count_if(
        runbook.steps.cbegin(), runbook.steps.cend(), [this](const RunbookStep& step) { return isDone(step.id); }));
}

TimelineEvent stepEvent(qint64 incidentId, const QString& runbookId, const QString& stepId, bool done,
    const QString& actor, const QString& description)
{
    TimelineEvent event;
    event.incidentId = incidentId;
    event.actor = actor;
    event.kind = EventKind::RunbookStepDone;
    event.payload = {{u"runbook_id"_s, runbookId}, {u"step_id"_s, stepId}, {u"done"_s, done}};
    if (!description.isEmpty())
        event.payload.insert(u"description"_s, description);
    return event;
}

TimelineEvent scriptRunEvent(qint64 incidentId, const QString& runbookId, const QString& stepId,
    const ScriptResult& result, const QString& actor)
{
    const QByteArray output = lastBytes(result.output, maxEventOutputBytes);
    const qint64 printed = std::max<qint64>(result.outputBytes, result.output.toUtf8().size());
    TimelineEvent event;
    event.incidentId = incidentId;
    event.actor = actor;
    event.kind = EventKind::ScriptRun;
    event.payload = {
        {u"runbook_id"_s, runbookId},
        {u"step_id"_s, stepId},
        {u"script"_s, result.script},
        {u"where"_s, result.place.text()},
        {u"exit_code"_s, result.exitCode ? QJsonValue(*result.exitCode) : QJsonValue(QJsonValue::Null)},
        {u"timed_out"_s, result.timedOut},
        {u"cancelled"_s, result.cancelled},
        {u"duration_ms"_s, static_cast<qint64>(result.duration.count())},
        {u"output"_s, QString::fromUtf8(output)},
        {u"output_bytes"_s, printed},
        {u"output_cut"_s, result.outputCut || output.size() < printed},
    };
    if (result.startError)
        event.payload.insert(u"start_error"_s, describe(*result.startError));
    return event;
}

} // namespace wk::runbooks
