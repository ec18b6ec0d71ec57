#include "genie/ActionRequests.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using alerts::ActionKind;

namespace {

const QDateTime asked = QDateTime::fromString(u"2026-11-21T03:00:00Z"_s, Qt::ISODate);

alerts::AlertAction action(ActionKind kind)
{
    alerts::AlertAction a;
    a.kind = kind;
    a.alertId = u"9b251e07/x"_s;
    a.user = u"sam"_s;
    a.requestedAt = asked;
    return a;
}

genie::GenieEndpoint opsgenie()
{
    genie::GenieEndpoint e;
    e.baseUrl = genie::opsgenieBaseUrl(true);
    return e;
}

} // namespace

TEST(GenieActionRequests, EachActionBecomesTheVendorsRequestAttributedToTheEngineer)
{
    auto snooze = action(ActionKind::Snooze);
    snooze.snoozeUntil = asked.addSecs(3600);
    const auto call = genie::actionCall(snooze, opsgenie());
    ASSERT_TRUE(call) << call.error().detail.toStdString();
    EXPECT_EQ(call->path, u"alerts/9b251e07%2Fx/snooze"_s) << "ids are escaped, never trusted as a path";
    EXPECT_EQ(call->query.queryItemValue(u"identifierType"_s), u"id"_s);
    EXPECT_EQ(call->body->value(u"endTime"_s).toString(), u"2026-11-21T04:00:00.000Z"_s);
    EXPECT_EQ(call->body->value(u"user"_s).toString(), u"sam"_s);
    EXPECT_EQ(call->body->value(u"source"_s).toString(), u"Watchkeeper"_s);
    EXPECT_EQ(call->domain, genie::Domain::Alert);

    auto escalate = action(ActionKind::Escalate);
    escalate.escalation = u"ml-platform_escalation"_s;
    EXPECT_EQ(genie::actionCall(escalate, opsgenie())->body->value(u"escalation"_s).toObject().value(u"name"_s),
        u"ml-platform_escalation"_s);
    auto tags = action(ActionKind::AddTags);
    tags.tags = {u"drift"_s, u" "_s, u"gpu"_s};
    EXPECT_EQ(genie::actionCall(tags, opsgenie())->body->value(u"tags"_s).toArray().size(), 2);

    genie::GenieEndpoint jsm;
    jsm.vendor = genie::Vendor::Jsm;
    jsm.baseUrl = genie::jsmBaseUrl();
    jsm.cloudId = u"cloud"_s;
    EXPECT_FALSE(genie::actionCall(action(ActionKind::Acknowledge), jsm)->query.hasQueryItem(u"identifierType"_s))
        << "JSM takes full ids only";
}

TEST(GenieActionRequests, IncompleteActionsAreRefusedBeforeAnythingIsSent)
{
    EXPECT_FALSE(genie::actionCall(action(ActionKind::AddNote), opsgenie()));
    EXPECT_FALSE(genie::actionCall(action(ActionKind::Snooze), opsgenie()));
    EXPECT_FALSE(genie::actionCall(action(ActionKind::Escalate), opsgenie()));
    EXPECT_FALSE(genie::actionCall(action(ActionKind::Assign), opsgenie()));
    EXPECT_FALSE(genie::actionCall(action(ActionKind::AddTags), opsgenie()));
}

TEST(GenieActionRequests, TheAlertShowsWhetherAStateActionLanded)
{
    alerts::Alert alert;
    EXPECT_FALSE(genie::landedInAlert(action(ActionKind::Acknowledge), alert));
    EXPECT_TRUE(genie::landedInAlert(action(ActionKind::Unacknowledge), alert));
    alert.status = alerts::AlertStatus::Acknowledged;
    EXPECT_TRUE(genie::landedInAlert(action(ActionKind::Acknowledge), alert));
    EXPECT_FALSE(genie::landedInAlert(action(ActionKind::Close), alert));
    auto assign = action(ActionKind::Assign);
    assign.assignee = u"ada"_s;
    EXPECT_FALSE(genie::landedInAlert(assign, alert));
    alert.owner = u"ada"_s;
    EXPECT_TRUE(genie::landedInAlert(assign, alert));
    EXPECT_FALSE(genie::landedInAlert(action(ActionKind::AddNote), alert)) << "notes need the notes list";
}

TEST(GenieActionRequests, OnlyThisEscalationOrNoteCountsAsLanded)
{
    auto escalate = action(ActionKind::Escalate);
    escalate.escalation = u"ml-platform_escalation"_s;
    const alerts::AlertNote mine{asked.addSecs(2), u"sam"_s, u"Escalated to ml-platform_escalation by sam"_s};
    const alerts::AlertNote someoneElse{asked.addSecs(2), u"ada"_s, u"Escalated to ml-platform_escalation by ada"_s};
    const alerts::AlertNote earlier{asked.addSecs(-120), u"sam"_s, u"Escalated to ml-platform_escalation by sam"_s};
    const alerts::AlertNote otherPolicy{asked.addSecs(2), u"sam"_s, u"Escalated to payments by sam"_s};
    EXPECT_TRUE(genie::landedInEntries(escalate, {mine}));
    EXPECT_FALSE(genie::landedInEntries(escalate, {someoneElse}));
    EXPECT_FALSE(genie::landedInEntries(escalate, {earlier})) << "an earlier, separate escalation is not this one";
    EXPECT_FALSE(genie::landedInEntries(escalate, {otherPolicy}));

    auto note = action(ActionKind::AddNote);
    note.note = u"Drained gpu-node-7"_s;
    EXPECT_TRUE(genie::landedInEntries(note, {{asked.addSecs(1), u"sam"_s, u"Drained gpu-node-7"_s}}));
    EXPECT_FALSE(genie::landedInEntries(note, {{asked.addSecs(1), u"sam"_s, u"Drained gpu-node-8"_s}}));
    EXPECT_FALSE(genie::landedInEntries(note, {{asked.addSecs(-600), u"sam"_s, u"Drained gpu-node-7"_s}}));
}
