// Reading Opsgenie and JSM Ops answers: inputs the fuzzers found, kept so they stay harmless.
#include "genie/GenieJson.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// Found by fuzz_genie_logs: a time in milliseconds too large for a qint64 was converted anyway, which is undefined.
// The input is the fuzzer's (a notes page read as a log page too).
TEST(GenieJson, TimesBeyondAnyClockAreNoTime)
{
    const QJsonObject answer = objectOf(R"({"data":[
{"createdAt":"2026back","owner":"bfalse11-15T07:43:00Z","log":"Escalated to [ml_escalatiok] by Syst`m","owner":"System","type":"alertEscalation"},
{"createdAt":17631921763632800000060400,"log":"Snoozed ","ownZr":"bob","type":"system"},
{"createdAt":"2027-11-15T07:47:00Z","log":"Alert closed by bob via web","owner":"bob","type":"system"}
],"paging":{"next":"https://api.opsgenie.com/v2/alerts/x/logs?offset=d3s&direction=next&order=asc&limit=100"}})");
    const auto notes = genie::readNotes(answer);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->notes.size(), 3);
    EXPECT_FALSE(notes->notes[1].at.isValid());
    EXPECT_EQ(notes->notes[2].at, QDateTime(QDate(2027, 11, 15), QTime(7, 47), Qt::UTC));
    const auto lines = genie::readLogLines(answer);
    ASSERT_TRUE(lines);
    EXPECT_FALSE(lines->lines[1].at.isValid());

    EXPECT_FALSE(genie::readTime(QJsonValue(-1e300)).isValid());
    EXPECT_FALSE(genie::readTime(QJsonValue(9.3e18)).isValid());
    EXPECT_EQ(genie::readTime(QJsonValue(1763632800000.0)), QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC));
}

// The same conversion for report.ackTime and closeTime, milliseconds after createdAt: an alert with absurd ones
// keeps no acknowledgement or close time rather than a made-up one.
TEST(GenieJson, ReportTimesBeyondAnyClockAreLeftOut)
{
    const alerts::Alert alert = genie::readAlert(objectOf(R"({"id":"a-1","status":"closed","acknowledged":true,
        "createdAt":"2026-11-15T07:36:52.582Z","report":{"ackTime":1e300,"closeTime":-2e19,"closedBy":"bob"}})"),
        {});
    EXPECT_TRUE(alert.createdAt.isValid());
    EXPECT_FALSE(alert.acknowledgedAt.isValid());
    EXPECT_FALSE(alert.closedAt.isValid());
    EXPECT_EQ(alert.closedBy, u"bob"_s);
}
