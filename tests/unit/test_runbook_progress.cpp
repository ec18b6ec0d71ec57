// A runbook's progress folded out of an incident's timeline, and the events that record ticks and script runs.
#include "common/Clock.h"
#include "incidents/IncidentStore.h"
#include "runbooks/RunbookProgress.h"

#include <QJsonValue>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::runbooks;
using wk::incidents::EventKind;
using wk::incidents::TimelineEvent;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

TimelineEvent tick(qint64 seq, const QString& stepId, std::optional<bool> done, const QString& actor,
    const QString& runbookId = u"accuracy"_s)
{
    TimelineEvent event;
    event.incidentId = 7;
    event.seq = seq;
    event.at = start.addSecs(seq * 60);
    event.actor = actor;
    event.kind = EventKind::RunbookStepDone;
    event.payload = {{u"runbook_id"_s, runbookId}, {u"step_id"_s, stepId}};
    if (done)
        event.payload.insert(u"done"_s, *done);
    return event;
}

Runbook threeSteps()
{
    Runbook runbook;
    runbook.id = u"accuracy"_s;
    for (const QString& id : {u"s1"_s, u"s2"_s, u"s3"_s})
        runbook.steps.append(RunbookStep{id, u"Step "_s + id, {}, {}, {}, {}, {}, 0});
    return runbook;
}

ScriptResult finishedRun(const QString& output)
{
    ScriptResult result;
    result.script = u"kubectl get pods\n"_s;
    result.place = ScriptPlace{u"oncall-laptop"_s, u"ada"_s, u"/home/ada"_s};
    result.exitCode = 0;
    result.duration = std::chrono::milliseconds(1234);
    result.output = output;
    result.outputBytes = output.toUtf8().size();
    return result;
}

} // namespace

TEST(RunbookProgress, TheLatestEventOfAStepWinsAndKeepsWhoAndWhen)
{
    RunbookProgress progress(u"accuracy"_s);
    const auto changed = progress.apply(
        {tick(3, u"s1"_s, true, u"ada"_s), tick(4, u"s2"_s, std::nullopt, u"bob"_s), tick(5, u"s1"_s, false, u"cy"_s)});

    EXPECT_EQ(changed, (QList<QString>{u"s1"_s, u"s2"_s}));
    EXPECT_FALSE(progress.isDone(u"s1"_s)); // unticked by a later event
    EXPECT_EQ(progress.step(u"s1"_s).by, u"cy"_s);
    // No "done" in the payload means done: the events written before unticking existed.
    EXPECT_TRUE(progress.isDone(u"s2"_s));
    EXPECT_EQ(progress.step(u"s2"_s).by, u"bob"_s);
    EXPECT_EQ(progress.step(u"s2"_s).at, start.addSecs(4 * 60));
    EXPECT_EQ(progress.step(u"s2"_s).seq, 4);
    EXPECT_FALSE(progress.isDone(u"s3"_s));
}

TEST(RunbookProgress, OrderAndRepetitionDoNotMatter)
{
    const QList<TimelineEvent> timeline{
        tick(3, u"s1"_s, true, u"ada"_s), tick(5, u"s1"_s, false, u"cy"_s), tick(6, u"s1"_s, true, u"dee"_s)};
    RunbookProgress progress(u"accuracy"_s);
    progress.apply({timeline.at(2), timeline.at(0)});
    progress.apply({timeline.at(1)}); // older than what s1 has: skipped
    EXPECT_TRUE(progress.isDone(u"s1"_s));
    EXPECT_EQ(progress.step(u"s1"_s).by, u"dee"_s);

    // The whole timeline again, as a reload feeds it: nothing changes.
    EXPECT_TRUE(progress.apply(timeline).isEmpty());
    EXPECT_EQ(progress.step(u"s1"_s).seq, 6);
}

TEST(RunbookProgress, IgnoresOtherRunbooksOtherKindsAndBrokenPayloads)
{
    TimelineEvent note;
    note.seq = 2;
    note.kind = EventKind::Note;
    note.payload = {{u"runbook_id"_s, u"accuracy"_s}, {u"step_id"_s, u"s1"_s}};
    TimelineEvent noStep = tick(4, QString(), true, u"ada"_s);

    RunbookProgress progress(u"accuracy"_s);
    EXPECT_TRUE(progress.apply({note, tick(3, u"s1"_s, true, u"ada"_s, u"latency"_s), noStep}).isEmpty());
    EXPECT_FALSE(progress.isDone(u"s1"_s));
    EXPECT_EQ(progress.doneCount(threeSteps()), 0);
}

TEST(RunbookProgress, CountsOnlyStepsTheRunbookStillHas)
{
    RunbookProgress progress(u"accuracy"_s);
    progress.apply({tick(3, u"s1"_s, true, u"ada"_s), tick(4, u"s3"_s, true, u"ada"_s),
        tick(5, u"removed-step"_s, true, u"ada"_s)});
    EXPECT_EQ(progress.doneCount(threeSteps()), 2);
}

TEST(RunbookProgress, KeepsTheLastScriptRunOfEachStep)
{
    RunbookProgress progress(u"accuracy"_s);
    ScriptResult failed = finishedRun(u"boom\n"_s);
    failed.exitCode = 3;
    ScriptResult timedOut = finishedRun(QString());
    timedOut.exitCode.reset();
    timedOut.timedOut = true;
    TimelineEvent first = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, failed, u"ada"_s);
    first.seq = 8;
    TimelineEvent second = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, timedOut, u"bob"_s);
    second.seq = 9;

    EXPECT_FALSE(progress.lastRun(u"s1"_s).has_value());
    progress.apply({second, first});
    const auto run = progress.lastRun(u"s1"_s);
    ASSERT_TRUE(run.has_value());
    EXPECT_TRUE(run->timedOut);
    EXPECT_FALSE(run->exitCode.has_value());
    EXPECT_EQ(run->by, u"bob"_s);
    EXPECT_FALSE(progress.isDone(u"s1"_s)); // running a script is not ticking the step
}

TEST(RunbookProgress, StepEventsRoundTripThroughTheIncidentStore)
{
    auto store = wk::incidents::IncidentStore::open(u":memory:"_s, std::make_shared<wk::ManualClock>(start));
    ASSERT_TRUE(store) << store.error().detail.toStdString();
    wk::incidents::NewIncident draft;
    draft.title = u"Accuracy dropped"_s;
    auto incident = store->create(draft, u"ada"_s);
    ASSERT_TRUE(incident);

    const TimelineEvent ticked = stepEvent(incident->id, u"accuracy"_s, u"s2"_s, true, u"ada"_s, u"Step s2"_s);
    EXPECT_EQ(ticked.kind, EventKind::RunbookStepDone);
    EXPECT_EQ(ticked.payload.value(u"description"_s).toString(), u"Step s2"_s);
    ASSERT_TRUE(store->append(ticked));
    ASSERT_TRUE(store->append(stepEvent(incident->id, u"accuracy"_s, u"s1"_s, true, u"bob"_s)));
    ASSERT_TRUE(store->append(stepEvent(incident->id, u"accuracy"_s, u"s1"_s, false, u"bob"_s)));

    const auto timeline = store->timeline(incident->id);
    ASSERT_TRUE(timeline);
    RunbookProgress progress(u"accuracy"_s);
    progress.apply(*timeline);
    EXPECT_TRUE(progress.isDone(u"s2"_s));
    EXPECT_EQ(progress.step(u"s2"_s).by, u"ada"_s);
    EXPECT_EQ(progress.step(u"s2"_s).at, start);
    EXPECT_FALSE(progress.isDone(u"s1"_s));
    EXPECT_EQ(progress.doneCount(threeSteps()), 1);
}

TEST(ScriptRunEvent, RecordsWhatRanWhereAndHowItEnded)
{
    ScriptResult result = finishedRun(u"NAME READY\nranker-0 1/1\n"_s);
    result.exitCode = 2;
    const TimelineEvent event = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, result, u"ada"_s);

    EXPECT_EQ(event.kind, EventKind::ScriptRun);
    EXPECT_EQ(event.incidentId, 7);
    EXPECT_EQ(event.actor, u"ada"_s);
    const QJsonObject& p = event.payload;
    EXPECT_EQ(p.value(u"runbook_id"_s).toString(), u"accuracy"_s);
    EXPECT_EQ(p.value(u"step_id"_s).toString(), u"s1"_s);
    EXPECT_EQ(p.value(u"script"_s).toString(), u"kubectl get pods\n"_s);
    EXPECT_EQ(p.value(u"where"_s).toString(), u"on oncall-laptop as ada in /home/ada"_s);
    EXPECT_EQ(p.value(u"exit_code"_s).toInt(-1), 2);
    EXPECT_FALSE(p.value(u"timed_out"_s).toBool(true));
    EXPECT_FALSE(p.value(u"cancelled"_s).toBool(true));
    EXPECT_EQ(p.value(u"duration_ms"_s).toInteger(), 1234);
    EXPECT_EQ(p.value(u"output"_s).toString(), u"NAME READY\nranker-0 1/1\n"_s);
    EXPECT_FALSE(p.value(u"output_cut"_s).toBool(true));
    EXPECT_FALSE(p.contains(u"start_error"_s));

    ScriptResult stopped = result;
    stopped.exitCode.reset();
    stopped.cancelled = true;
    const QJsonObject s = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, stopped, u"ada"_s).payload;
    EXPECT_TRUE(s.value(u"exit_code"_s).isNull());
    EXPECT_TRUE(s.value(u"cancelled"_s).toBool());

    ScriptResult neverRan = result;
    neverRan.exitCode.reset();
    neverRan.startError = wk::Error{wk::ErrorCode::NotFound, u"no folder /nope to run in"_s, std::nullopt, 0};
    const QJsonObject n = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, neverRan, u"ada"_s).payload;
    EXPECT_TRUE(n.value(u"start_error"_s).toString().contains(u"no folder /nope"_s));
}

TEST(ScriptRunEvent, KeepsTheLastPartOfALongOutputAndSaysItWasCut)
{
    // 100 KiB of three-byte characters, then the line that matters.
    const QString longOutput = QString(100 * 1024 / 3, u'€') + u"\nError: connection refused\n"_s;
    const TimelineEvent event = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, finishedRun(longOutput), u"ada"_s);

    const QString kept = event.payload.value(u"output"_s).toString();
    EXPECT_LE(kept.toUtf8().size(), maxEventOutputBytes);
    EXPECT_GT(kept.toUtf8().size(), maxEventOutputBytes - 3);
    EXPECT_TRUE(kept.endsWith(u"Error: connection refused\n"_s));
    EXPECT_FALSE(kept.contains(QChar::ReplacementCharacter)); // cut between characters, never inside one
    EXPECT_TRUE(event.payload.value(u"output_cut"_s).toBool());
    EXPECT_EQ(event.payload.value(u"output_bytes"_s).toInteger(), longOutput.toUtf8().size());

    // A runner that already cut its output says so, and the event keeps saying it.
    ScriptResult cutByRunner = finishedRun(u"tail\n"_s);
    cutByRunner.outputBytes = 1'000'000;
    cutByRunner.outputCut = true;
    const QJsonObject p = scriptRunEvent(7, u"accuracy"_s, u"s1"_s, cutByRunner, u"ada"_s).payload;
    EXPECT_TRUE(p.value(u"output_cut"_s).toBool());
    EXPECT_EQ(p.value(u"output_bytes"_s).toInteger(), 1'000'000);
}
