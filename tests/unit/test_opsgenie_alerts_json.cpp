#include "analytics/incidents/OpsgenieAlertsJson.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::alerts::Priority;
using namespace wk::analytics::incidents;

namespace {

// The list-alerts sample of Opsgenie's documentation, with responders named as the alert detail gives them.
const QByteArray documentedAlert = R"([{
    "id": "70413a06-38d6-4c85-92b8-5ebc900d42e2",
    "tinyId": "1791",
    "alias": "event_573",
    "message": "Our servers are in danger",
    "status": "closed",
    "acknowledged": true,
    "isSeen": true,
    "tags": ["OverwriteQuietHours", "Critical"],
    "snoozed": false,
    "count": 79,
    "lastOccurredAt": "2017-04-12T12:40:00.000Z",
    "createdAt": "2017-03-21T20:32:52.353Z",
    "updatedAt": "2017-04-12T12:40:00.000Z",
    "source": "Isengard",
    "owner": "morpheus@opsgenie.com",
    "priority": "P4",
    "responders": [
        {"type": "team", "id": "8418d193-2dab-4490-b331-8c02cdd196b7", "name": "payments"},
        {"type": "team", "id": "0d6b9da4-6f1c-4a43-a8a5-6b4b7e6c1f3a"},
        {"type": "user", "id": "4513b7ea-3b91-438f-b7e4-e3e54af9147c", "name": "trinity@opsgenie.com"}
    ],
    "integration": {"id": "4513b7ea-3b91-438f-b7e4-e3e54af9147c", "name": "Nebuchadnezzar", "type": "API"},
    "report": {"ackTime": 15702, "closeTime": 60503, "acknowledgedBy": "agent_smith@opsgenie.com",
               "closedBy": "neo@opsgenie.com"}
}])";

AlertsFile read(const QByteArray& json)
{
    auto file = readOpsgenieAlerts(json);
    EXPECT_TRUE(file) << (file ? std::string() : file.error().detail.toStdString());
    return file.value_or(AlertsFile{});
}

IncidentRecord readOne(const QByteArray& alert)
{
    const AlertsFile file = read("[" + alert + "]");
    EXPECT_EQ(file.records.size(), 1);
    EXPECT_TRUE(file.skipped.isEmpty()) << file.skipped.value(0).reason.toStdString();
    return file.records.value(0);
}

QString skipReason(const QByteArray& alert)
{
    const AlertsFile file = read("[" + alert + "]");
    EXPECT_TRUE(file.records.isEmpty());
    return file.skipped.isEmpty() ? QString() : file.skipped.front().reason;
}

} // namespace

TEST(OpsgenieAlertsJson, ReadsTheDocumentedAlert)
{
    const AlertsFile file = read(documentedAlert);
    ASSERT_EQ(file.records.size(), 1);
    const IncidentRecord& r = file.records.front();
    EXPECT_EQ(r.key, u"1791"_s);
    EXPECT_EQ(r.createdAt, QDateTime(QDate(2017, 3, 21), QTime(20, 32, 52, 353), Qt::UTC));
    EXPECT_TRUE(r.closed);
    EXPECT_EQ(r.priority, Priority::P4);
    // report times are milliseconds after createdAt.
    EXPECT_DOUBLE_EQ(r.ackSeconds.value_or(-1), 15.702);
    EXPECT_DOUBLE_EQ(r.closeSeconds.value_or(-1), 60.503);
    // Team responders by name, else by id; a user responder is not a team.
    EXPECT_EQ(r.teams, (QStringList{u"payments"_s, u"0d6b9da4-6f1c-4a43-a8a5-6b4b7e6c1f3a"_s}));
    EXPECT_FALSE(r.escalated);
    EXPECT_TRUE(r.hasOwner);
    EXPECT_TRUE(r.closedByPerson);
    // lastOccurredAt is the latest occurrence, not when the condition began.
    EXPECT_FALSE(r.occurredAt);
}

TEST(OpsgenieAlertsJson, AcceptsASavedListAnswer)
{
    const AlertsFile file = read("{\"data\": " + documentedAlert + ", \"took\": 0.1, \"requestId\": \"x\"}");
    EXPECT_EQ(file.records.size(), 1);
}

TEST(OpsgenieAlertsJson, OpenAlertsKeepNoCloseTimeAndDefaultToP3)
{
    const IncidentRecord r = readOne(R"({"tinyId": 7, "createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "acknowledged": true, "report": {"ackTime": 5000, "closeTime": 9000}})");
    EXPECT_EQ(r.key, u"7"_s);
    EXPECT_FALSE(r.closed);
    EXPECT_EQ(r.priority, Priority::P3);
    EXPECT_DOUBLE_EQ(r.ackSeconds.value_or(-1), 5.0);
    EXPECT_FALSE(r.closeSeconds);
    EXPECT_TRUE(r.teams.isEmpty());
}

TEST(OpsgenieAlertsJson, FirstAcknowledgementCountsEvenWhenUndone)
{
    const IncidentRecord r = readOne(R"({"id": "a", "createdAt": "2026-03-02T10:00:00Z", "status": "closed",
        "acknowledged": false, "report": {"ackTime": 12000, "closeTime": 60000, "closedBy": "System"}})");
    EXPECT_DOUBLE_EQ(r.ackSeconds.value_or(-1), 12.0);
    EXPECT_FALSE(r.closedByPerson);
}

TEST(OpsgenieAlertsJson, TeamsFallBackToTheTeamsList)
{
    const IncidentRecord r = readOne(R"({"id": "a", "createdAt": 1772445600000, "status": "open",
        "teams": [{"id": "t-1"}, {"id": "t-2", "name": "platform"}, {"id": "t-1"}],
        "responders": [{"type": "user", "id": "u-1"}]})");
    EXPECT_EQ(r.teams, (QStringList{u"t-1"_s, u"platform"_s}));
    EXPECT_EQ(r.createdAt, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
}

TEST(OpsgenieAlertsJson, EscalationSignals)
{
    EXPECT_TRUE(readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "responders": [{"type": "team", "id": "t"}, {"type": "escalation", "id": "e", "name": "payments_escalation"}]})")
                    .escalated);
    EXPECT_TRUE(
        readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open", "tags": ["db", "Escalated"]})").escalated);
    EXPECT_TRUE(readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "details": {"escalated": "true"}})")
                    .escalated);
    EXPECT_FALSE(readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open", "tags": ["escalation-policy"],
        "responders": [{"type": "schedule", "id": "s"}]})")
                     .escalated);
}

TEST(OpsgenieAlertsJson, ClosedByAPersonOrByTheSystem)
{
    auto closedBy = [](const QByteArray& who) {
        return readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed",
            "integration": {"name": "Prometheus", "type": "Prometheus"},
            "report": {"closeTime": 1000, "closedBy": ")"
            + who + "\"}}")
            .closedByPerson;
    };
    EXPECT_TRUE(closedBy("neo@example.com"));
    EXPECT_FALSE(closedBy("System"));
    EXPECT_FALSE(closedBy("Prometheus"));
    EXPECT_FALSE(closedBy(""));
}

TEST(OpsgenieAlertsJson, OccurrenceTimeForDetection)
{
    const auto top = readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "firstOccurredAt": "2026-03-02T09:58:30Z", "details": {"startsAt": "2026-03-02T09:00:00Z"}})");
    EXPECT_EQ(top.occurredAt.value_or(QDateTime()), QDateTime(QDate(2026, 3, 2), QTime(9, 58, 30), Qt::UTC));
    const auto startsAt = readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "details": {"startsAt": "2026-03-02T10:59:00+01:00"}})");
    EXPECT_EQ(startsAt.occurredAt.value_or(QDateTime()), QDateTime(QDate(2026, 3, 2), QTime(9, 59), Qt::UTC));
    const auto epoch = readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "extraProperties": {"firstOccurredAt": "1772445540000"}})");
    EXPECT_EQ(epoch.occurredAt.value_or(QDateTime()), QDateTime(QDate(2026, 3, 2), QTime(9, 59), Qt::UTC));
    const auto garbage = readOne(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open",
        "details": {"startsAt": "soon"}})");
    EXPECT_FALSE(garbage.occurredAt);
}

TEST(OpsgenieAlertsJson, BadAlertsAreSkippedWithTheirReason)
{
    EXPECT_EQ(skipReason(R"({"tinyId": "1", "status": "open"})"), u"no createdAt"_s);
    EXPECT_TRUE(skipReason(R"({"createdAt": "yesterday", "status": "open"})").startsWith(u"createdAt is not a time"_s));
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z"})"), u"no status"_s);
    EXPECT_TRUE(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "resolved"})").contains(u"status"_s));
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open", "priority": "P9"})"),
        u"priority is not P1..P5"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed",
        "report": {"ackTime": -5, "closeTime": 1000}})"),
        u"report.ackTime is negative (-5)"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed",
        "report": {"ackTime": "15702", "closeTime": 60503}})"),
        u"report.ackTime is not a number"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed",
        "report": {"closeTime": "soon"}})"),
        u"report.closeTime is not a number"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed", "report": {}})"),
        u"closed, but report.closeTime is missing"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed",
        "report": {"ackTime": 5000, "closeTime": 1000}})"),
        u"report.ackTime is after report.closeTime"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "closed", "acknowledged": true,
        "report": {"closeTime": 1000}})"),
        u"acknowledged, but report.ackTime is missing"_s);
    EXPECT_EQ(skipReason(R"({"createdAt": "2026-03-02T10:00:00Z", "status": "open", "report": 3})"),
        u"report is not an object"_s);
}

TEST(OpsgenieAlertsJson, SkippedAlertsKeepTheirIndexAndKeyAndTheRestIsRead)
{
    const AlertsFile file = read(R"([
        {"tinyId": "10", "createdAt": "2026-03-02T10:00:00Z", "status": "open"},
        "not an alert",
        {"id": "uuid-11", "createdAt": "2026-03-02T10:00:00Z", "status": "closed", "report": {"ackTime": -1}},
        {"tinyId": "12", "createdAt": "2026-03-02T10:00:00Z", "status": "closed", "report": {"closeTime": 2000}}
    ])");
    ASSERT_EQ(file.records.size(), 2);
    EXPECT_EQ(file.records[0].key, u"10"_s);
    EXPECT_EQ(file.records[1].key, u"12"_s);
    ASSERT_EQ(file.skipped.size(), 2);
    EXPECT_EQ(file.skipped[0].index, 1);
    EXPECT_EQ(file.skipped[0].reason, u"not an object"_s);
    EXPECT_EQ(file.skipped[1].index, 2);
    EXPECT_EQ(file.skipped[1].key, u"uuid-11"_s);
    EXPECT_EQ(file.skipped[1].reason, u"report.ackTime is negative (-1)"_s);
}

TEST(OpsgenieAlertsJson, AFileThatIsNotAListFails)
{
    const auto notJson = readOpsgenieAlerts("[{\"createdAt\": ");
    ASSERT_FALSE(notJson);
    EXPECT_TRUE(notJson.error().detail.startsWith(u"not JSON"_s)) << notJson.error().detail.toStdString();
    const auto object = readOpsgenieAlerts(R"({"message": "hello"})");
    ASSERT_FALSE(object);
    EXPECT_TRUE(object.error().detail.startsWith(u"not an array"_s));
    EXPECT_FALSE(readOpsgenieAlerts("42"));
    const auto empty = readOpsgenieAlerts("[]");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->records.isEmpty());
}
