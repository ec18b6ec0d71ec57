#include "ChaosVerdict.h"

#include "FakeGenieServer.h"
#include "outbox/ActionOutbox.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wk::chaos {

namespace {

using alerts::ActionKind;

// The fake's name for what each action does.
QString appliedKind(ActionKind kind)
{
    static const QHash<ActionKind, QString> names{{ActionKind::Acknowledge, u"Acknowledge"_s},
        {ActionKind::Unacknowledge, u"UnAcknowledge"_s}, {ActionKind::Close, u"Close"_s},
        {ActionKind::Escalate, u"Escalate"_s}, {ActionKind::AddNote, u"AddNote"_s}, {ActionKind::Snooze, u"Snooze"_s},
        {ActionKind::Assign, u"Assign"_s}, {ActionKind::AddTags, u"AddTags"_s}};
    return names.value(kind);
}

struct Applications
{
    QList<fakegenie::AppliedAction> succeeded;
    QList<fakegenie::AppliedAction> refused;
};

// What each alert must look like once the plan has run, starting from the fake's alert as it was seeded.
struct Expected
{
    std::optional<bool> acknowledged;
    bool closed = false;
    QString owner;
    QStringList tags;
    QStringList notes;
};

void judgeAction(
    const PlannedAction& planned, const outbox::ActionOutbox& outbox, const Applications& applied, Verdict& verdict)
{
    const alerts::AlertAction& action = planned.action;
    const QString id = action.actionId;
    const auto found = outbox.find(id);
    if (!found || !*found) {
        verdict.problems.append(u"%1: not in the outbox"_s.arg(id));
        return;
    }
    const outbox::OutboxRecord& record = **found;
    verdict.attempts += record.attempts;
    if (!planned.refusal.isEmpty()) {
        ++verdict.refusals;
        if (record.state != outbox::OutboxState::Failed || !record.error.contains(planned.refusal))
            verdict.problems.append(u"%1: %2 (%3) where the refusal \"%4\" was expected"_s.arg(
                id, outbox::stateName(record.state), record.error, planned.refusal));
        if (!applied.succeeded.isEmpty())
            verdict.problems.append(u"%1: applied although the service refuses it"_s.arg(id));
        if (applied.refused.isEmpty())
            verdict.problems.append(u"%1: never reached the service"_s.arg(id));
        return;
    }
    if (record.state != outbox::OutboxState::Landed)
        verdict.problems.append(u"%1 %2: %3 (%4) where Landed was expected"_s.arg(
            id, alerts::actionToken(action.kind), outbox::stateName(record.state), record.error));
    const int times = int(applied.succeeded.size());
    if (times == 0) {
        ++verdict.losses;
        verdict.problems.append(u"%1 %2: never applied"_s.arg(id, alerts::actionToken(action.kind)));
    } else if (times > 1) {
        verdict.duplicates += times - 1;
        verdict.problems.append(
            u"%1 %2: applied %3 times, after %4 attempt(s)"_s.arg(id, alerts::actionToken(action.kind))
                .arg(times)
                .arg(record.attempts));
    }
    for (const fakegenie::AppliedAction& a : applied.succeeded) {
        if (a.kind != appliedKind(action.kind) || a.alertId != action.alertId || a.user != action.user)
            verdict.problems.append(u"%1: applied as %2 on %3 by %4"_s.arg(id, a.kind, a.alertId, a.user));
    }
}

void judgeAlert(const QString& id, const Expected& expected, const fakegenie::FakeAlert& alert, Verdict& verdict)
{
    if (expected.acknowledged && alert.acknowledged != *expected.acknowledged)
        verdict.problems.append(u"alert %1: acknowledged is %2"_s.arg(id).arg(alert.acknowledged));
    if (expected.closed && alert.isOpen())
        verdict.problems.append(u"alert %1: still open"_s.arg(id));
    if (!expected.owner.isEmpty() && alert.owner != expected.owner)
        verdict.problems.append(u"alert %1: owner %2, not %3"_s.arg(id, alert.owner, expected.owner));
    for (const QString& tag : expected.tags) {
        if (!alert.tags.contains(tag))
            verdict.problems.append(u"alert %1: tag %2 missing"_s.arg(id, tag));
    }
    QHash<QString, int> noteCounts;
    for (const fakegenie::FakeNote& note : alert.notes)
        ++noteCounts[note.note];
    for (const QString& note : expected.notes) {
        if (noteCounts.value(note) != 1)
            verdict.problems.append(
                u"alert %1: note \"%2\" shows %3 times"_s.arg(id, note).arg(noteCounts.value(note)));
    }
}

} // namespace

Verdict judge(
    const QList<PlannedAction>& plan, const outbox::ActionOutbox& outbox, const fakegenie::FakeGenieServer& server)
{
    QHash<QString, Applications> byNote;
    for (const fakegenie::AppliedAction& a : server.applied()) {
        Applications& entry = byNote[a.note];
        (a.success ? entry.succeeded : entry.refused).append(a);
    }
    Verdict verdict;
    QHash<QString, Expected> expectedAlerts;
    QSet<QString> planned;
    for (const PlannedAction& p : plan) {
        const alerts::AlertAction& action = p.action;
        planned.insert(action.note);
        judgeAction(p, outbox, byNote.value(action.note), verdict);
        if (!p.refusal.isEmpty())
            continue;
        Expected& expected = expectedAlerts[action.alertId];
        expected.notes.append(action.note);
        if (action.kind == ActionKind::Acknowledge || action.kind == ActionKind::Unacknowledge)
            expected.acknowledged = action.kind == ActionKind::Acknowledge;
        expected.closed = expected.closed || action.kind == ActionKind::Close;
        if (action.kind == ActionKind::Assign)
            expected.owner = action.assignee;
        expected.tags.append(action.tags);
    }
    for (auto it = byNote.cbegin(); it != byNote.cend(); ++it) {
        if (!planned.contains(it.key()))
            verdict.problems.append(u"applied but never planned: %1 \"%2\""_s.arg(
                it->succeeded.value(0, it->refused.value(0)).kind, it.key()));
    }
    for (auto it = expectedAlerts.cbegin(); it != expectedAlerts.cend(); ++it) {
        if (const fakegenie::FakeAlert* alert = server.alert(it.key()))
            judgeAlert(it.key(), *it, *alert, verdict);
        else
            verdict.problems.append(u"alert %1: gone"_s.arg(it.key()));
    }
    return verdict;
}

} // namespace wk::chaos
