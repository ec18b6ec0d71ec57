#include "postmortems/PostmortemDraft.h"
#include "unit/PostmortemTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;
using namespace wk::postmortems;
using wk::testsupport::incidentStart;
using wk::testsupport::ok;

namespace {

class PostmortemDraft : public ::testing::Test
{
protected:
    void SetUp() override { id = wk::testsupport::writeStoryIncident(store, *clock); }

    IncidentWithTimeline loaded() { return ok(store.load(id)); }
    ResponseTimes times() { return ok(store.responseTimes(id)); }

    std::shared_ptr<wk::ManualClock> clock = std::make_shared<wk::ManualClock>(incidentStart);
    IncidentStore store = ok(IncidentStore::open(u":memory:"_s, clock));
    qint64 id = 0;
};

QList<qint64> seqsOf(const QList<TimelineEntry>& entries)
{
    QList<qint64> seqs;
    for (const TimelineEntry& entry : entries)
        seqs.append(entry.seq);
    return seqs;
}

} // namespace

TEST_F(PostmortemDraft, FillsWhatTheIncidentKnows)
{
    const Postmortem draft = draftFromIncident(loaded(), times());
    EXPECT_EQ(draft.incidentId, id);
    EXPECT_EQ(draft.title, u"Checkout p99 latency above 800 ms"_s);
    EXPECT_EQ(draft.severity, u"SEV1"_s);
    EXPECT_EQ(draft.commander, u"ada"_s);
    EXPECT_EQ(draft.mttaSeconds, 4 * 60);
    EXPECT_EQ(draft.mttrSeconds, 47 * 60);
    EXPECT_EQ(draft.impact.durationSeconds, 47 * 60);
    EXPECT_FALSE(draft.impact.sloBudgetBurned);
    EXPECT_TRUE(draft.impact.sloBudget.isEmpty());
    EXPECT_TRUE(draft.summary.isEmpty());
    EXPECT_TRUE(draft.rootCause.isEmpty());
    EXPECT_TRUE(draft.actionItems.isEmpty());
    EXPECT_EQ(draft.revision, 0);
}

TEST_F(PostmortemDraft, PicksTheEventsThatTellTheStory)
{
    const Postmortem draft = draftFromIncident(loaded(), times());
    // Left out: the runbook step (4), the backend's note (5) and the edit (9), which folds into its note (8).
    EXPECT_EQ(seqsOf(draft.timeline), (QList<qint64>{1, 2, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16}));
    const TimelineEntry& note = draft.timeline.at(5);
    EXPECT_EQ(note.seq, 8);
    EXPECT_EQ(note.text, u"Note: GPU pool eu-2 at 100% | since the 11:50 deploy"_s) << "the latest edit";
    EXPECT_EQ(note.actor, u"bo"_s);
    EXPECT_EQ(note.at, incidentStart.addSecs(10 * 60)) << "the note's own time, not the edit's";
    EXPECT_EQ(draft.timeline.last().at, incidentStart.addSecs(47 * 60));
    EXPECT_EQ(draft.timeline.last().text, u"Status: identified → resolved — rolled back"_s);
}

TEST_F(PostmortemDraft, EveryEventCanBeChosenButEditsFoldIntoTheirNote)
{
    const QList<TimelineEntry> all = timelineEntries(loaded().timeline);
    EXPECT_EQ(all.size(), 15);
    EXPECT_FALSE(seqsOf(all).contains(9));
    EXPECT_TRUE(seqsOf(all).contains(4));
    EXPECT_TRUE(seqsOf(all).contains(5));
    EXPECT_FALSE(tellsTheStory(EventKind::RunbookStepDone));
    EXPECT_FALSE(tellsTheStory(EventKind::BackendNote));
    EXPECT_TRUE(tellsTheStory(EventKind::ScriptRun));
}

TEST_F(PostmortemDraft, SaysEachEventInOneHumanLine)
{
    const QList<TimelineEvent> events = loaded().timeline;
    ASSERT_EQ(events.size(), 16);
    const QStringList expected = {
        u"Opened: Checkout p99 latency above 800 ms (SEV2) — paged by the checkout SLO"_s,
        u"Alert linked: #1791"_s,
        u"Status: open → acknowledged — on it"_s,
        u"Runbook step done: check-gpu (model-serving-latency)"_s,
        u"Alert service note by System: Alert acknowledged via API"_s,
        u"Threshold crossed: checkout:latency_p99 = 0.93 (above 0.8)"_s,
        u"Status: acknowledged → investigating"_s,
        u"Note: GPU pool at 100%"_s,
        u"Note edited: GPU pool eu-2 at 100% | since the 11:50 deploy"_s,
        u"Severity: SEV2 → SEV1"_s,
        u"Scribe: lin"_s,
        u"Script run: kubectl rollout undo deploy/ranker on prod-eu → exit 0"_s,
        u"Snapshot: p99 latency"_s,
        u"Action: acknowledge on alert #1791"_s,
        u"Status: investigating → identified"_s,
        u"Status: identified → resolved — rolled back"_s,
    };
    for (qsizetype i = 0; i < events.size(); ++i)
        EXPECT_EQ(timelineLine(events.at(i)), expected.at(i)) << "seq " << events.at(i).seq;

    TimelineEvent handover;
    handover.kind = EventKind::RoleAssigned;
    handover.payload = QJsonObject{{u"role"_s, u"commander"_s}, {u"person"_s, u"bo"_s}, {u"previous"_s, u"ada"_s}};
    EXPECT_EQ(timelineLine(handover), u"Commander: bo (was ada)"_s);
    handover.payload = QJsonObject{{u"role"_s, u"scribe"_s}, {u"person"_s, u""_s}, {u"previous"_s, u"lin"_s}};
    EXPECT_EQ(timelineLine(handover), u"Scribe: unassigned (was lin)"_s);
    TimelineEvent timedOut;
    timedOut.kind = EventKind::ScriptRun;
    timedOut.payload = QJsonObject{{u"script"_s, u"df -h"_s}, {u"timed_out"_s, true}, {u"exit_code"_s, -1}};
    EXPECT_EQ(timelineLine(timedOut), u"Script run: df -h → timed out"_s);
}

TEST_F(PostmortemDraft, AnUnresolvedIncidentHasNoDurationYetAndTheSloBudgetIsTheCallers)
{
    ok(store.changeStatus(id, IncidentStatus::Monitoring, u"ada"_s, u"it came back"_s));
    const Postmortem draft = draftFromIncident(loaded(), times(), 0.1834);
    EXPECT_EQ(draft.mttaSeconds, 4 * 60);
    EXPECT_FALSE(draft.mttrSeconds);
    EXPECT_FALSE(draft.impact.durationSeconds);
    EXPECT_EQ(draft.impact.sloBudgetBurned, 0.1834);
    EXPECT_EQ(draft.impact.sloBudget, u"18.3% of the error budget"_s);
}

TEST_F(PostmortemDraft, RefreshingKeepsWhatPeopleWroteAndUpdatesWhatTheIncidentKnows)
{
    Postmortem saved = draftFromIncident(loaded(), times());
    saved.rootCause = u"A deploy doubled the batch size"_s;
    saved.timeline.removeIf([](const TimelineEntry& e) { return e.seq != 8 && e.seq != 16; });

    // After the postmortem was started: the incident came back, was resolved again, and the note was edited.
    clock->advance(13 * 60'000);
    ok(store.changeStatus(id, IncidentStatus::Investigating, u"bo"_s));
    ok(store.assignRole(id, commanderRole, u"bo"_s, u"bo"_s));
    ok(store.editNote(id, 9, u"GPU pool eu-2 saturated"_s, u"bo"_s));
    clock->advance(60'000);
    ok(store.changeStatus(id, IncidentStatus::Resolved, u"bo"_s));

    refreshFromIncident(saved, loaded(), times());
    EXPECT_EQ(saved.rootCause, u"A deploy doubled the batch size"_s);
    EXPECT_EQ(saved.commander, u"bo"_s);
    EXPECT_EQ(saved.mttrSeconds, 61 * 60);
    EXPECT_EQ(saved.impact.durationSeconds, 61 * 60);
    ASSERT_EQ(seqsOf(saved.timeline), (QList<qint64>{8, 16})) << "the choice stays; new events are not added";
    EXPECT_EQ(saved.timeline.at(0).text, u"Note: GPU pool eu-2 saturated"_s);
}
