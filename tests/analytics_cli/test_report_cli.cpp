#include "RunWatchkeeper.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::testsupport::runWatchkeeper;
using wk::testsupport::writeFile;

namespace {

// A week of alerts across the turn of the year, as the list-alerts API returns them. Hand-checked figures over the
// five closed ones (101, 102, 103, 104, 106):
//   MTTA 60, 240, 120 (closed unacked), 30, 5 (closed unacked) -> mean 91, p50 60, p95 120 + 0.8 * 120 = 216
//   MTTR 600, 1800, 120, 90, 5 -> mean 523, p50 120, p95 600 + 0.8 * 1200 = 1560
const QByteArray alertsFile = R"([
  {"id": "a1", "tinyId": "101", "message": "checkout 5xx", "status": "closed", "acknowledged": true,
   "createdAt": "2026-12-30T08:00:00.000Z", "priority": "P1", "owner": "ana@example.com",
   "responders": [{"type": "team", "id": "t-pay", "name": "payments"}],
   "report": {"ackTime": 60000, "closeTime": 600000, "acknowledgedBy": "ana@example.com", "closedBy": "ana@example.com"}},
  {"id": "a2", "tinyId": "102", "message": "checkout latency", "status": "closed", "acknowledged": true,
   "createdAt": "2026-12-31T22:15:00.000Z", "priority": "P1", "owner": "bo@example.com",
   "responders": [{"type": "team", "id": "t-pay", "name": "payments"},
                  {"type": "escalation", "id": "e-pay", "name": "payments_escalation"}],
   "report": {"ackTime": 240000, "closeTime": 1800000, "acknowledgedBy": "bo@example.com", "closedBy": "bo@example.com"}},
  {"id": "a3", "tinyId": "103", "message": "disk 90%", "status": "closed", "acknowledged": false,
   "createdAt": "2027-01-01T03:00:00.000Z", "priority": "P3",
   "responders": [{"type": "team", "id": "t-plat", "name": "platform"}],
   "details": {"startsAt": "2027-01-01T02:58:00Z"},
   "integration": {"id": "i1", "name": "Prometheus", "type": "Prometheus"},
   "report": {"closeTime": 120000, "closedBy": "Prometheus"}},
  {"id": "a4", "tinyId": "104", "message": "queue backlog", "status": "closed", "acknowledged": true,
   "createdAt": "2027-01-04T09:00:00.000Z", "priority": "P3", "owner": "cy@example.com",
   "responders": [{"type": "team", "id": "t-pay", "name": "payments"}, {"type": "team", "id": "t-plat", "name": "platform"}],
   "report": {"ackTime": 30000, "closeTime": 90000, "acknowledgedBy": "cy@example.com", "closedBy": "System"}},
  {"id": "a5", "tinyId": "105", "message": "card declines", "status": "open", "acknowledged": true,
   "createdAt": "2027-01-05T10:00:00.000Z", "priority": "P2",
   "responders": [{"type": "team", "id": "t-pay", "name": "payments"}],
   "report": {"ackTime": 10000, "acknowledgedBy": "ana@example.com"}},
  {"id": "a6", "tinyId": "106", "message": "cert expires soon", "status": "closed", "acknowledged": false,
   "createdAt": "2027-01-05T11:00:00.000Z", "firstOccurredAt": "2027-01-05T10:59:00.000Z", "priority": "P5",
   "responders": [],
   "report": {"closeTime": 5000, "closedBy": "System"}},
  {"id": "a7", "tinyId": "107", "message": "lost its createdAt", "status": "closed", "priority": "P2",
   "report": {"closeTime": 5000}},
  {"id": "a8", "tinyId": "108", "message": "replica lag", "status": "open", "acknowledged": false,
   "createdAt": "2027-01-06T12:00:00.000Z", "priority": "P4",
   "responders": [{"type": "team", "id": "t-db", "name": "db, \"core\""}]}
])";

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && record.isEmpty()) << "the last record does not end with CRLF";
    return records;
}

class ReportCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString alerts = writeFile(dir, u"alerts.json"_s, alertsFile);
};

} // namespace

TEST_F(ReportCli, JsonHasTheSchemaAndHandCheckedFigures)
{
    const auto run = runWatchkeeper({u"report"_s, u"--input"_s, alerts, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject json = run.json();
    ASSERT_FALSE(json.isEmpty()) << run;
    EXPECT_EQ(json[u"alerts"_s].toInt(), 7);
    EXPECT_EQ(json[u"closed"_s].toInt(), 5);
    EXPECT_EQ(json[u"open"_s].toInt(), 2);

    const QJsonObject overall = json[u"overall"_s].toObject();
    EXPECT_EQ(overall[u"count"_s].toInt(), 5);
    const QJsonObject mtta = overall[u"mtta_seconds"_s].toObject();
    EXPECT_DOUBLE_EQ(mtta[u"mean"_s].toDouble(), 91.0);
    EXPECT_DOUBLE_EQ(mtta[u"p50"_s].toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(mtta[u"p95"_s].toDouble(), 216.0);
    const QJsonObject mttr = overall[u"mttr_seconds"_s].toObject();
    EXPECT_DOUBLE_EQ(mttr[u"mean"_s].toDouble(), 523.0);
    EXPECT_DOUBLE_EQ(mttr[u"p50"_s].toDouble(), 120.0);
    EXPECT_DOUBLE_EQ(mttr[u"p95"_s].toDouble(), 1560.0);

    const QJsonObject byPriority = json[u"by_priority"_s].toObject();
    EXPECT_EQ(byPriority.keys(), (QStringList{u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s}));
    const QJsonObject p1 = byPriority[u"P1"_s].toObject();
    EXPECT_EQ(p1[u"count"_s].toInt(), 2);
    EXPECT_DOUBLE_EQ(p1[u"mtta_seconds"_s].toObject()[u"mean"_s].toDouble(), 150.0);
    EXPECT_DOUBLE_EQ(p1[u"mtta_seconds"_s].toObject()[u"p95"_s].toDouble(), 231.0); // 60 + 0.95 * 180
    EXPECT_DOUBLE_EQ(p1[u"mttr_seconds"_s].toObject()[u"p95"_s].toDouble(), 1740.0);
    // P2's only usable alert is open: no figures, and null rather than NaN.
    const QJsonObject p2 = byPriority[u"P2"_s].toObject();
    EXPECT_EQ(p2[u"count"_s].toInt(), 0);
    EXPECT_EQ(p2[u"alerts"_s].toInt(), 1);
    EXPECT_TRUE(p2[u"mtta_seconds"_s].toObject()[u"mean"_s].isNull());
    EXPECT_TRUE(p2[u"escalation_rate"_s].isNull());
    EXPECT_DOUBLE_EQ(byPriority[u"P3"_s].toObject()[u"mttr_seconds"_s].toObject()[u"mean"_s].toDouble(), 105.0);

    const QJsonObject byTeam = json[u"by_team"_s].toObject();
    EXPECT_EQ(byTeam.keys(), (QStringList{u"(no team)"_s, u"db, \"core\""_s, u"payments"_s, u"platform"_s}));
    const QJsonObject payments = byTeam[u"payments"_s].toObject();
    EXPECT_EQ(payments[u"alerts"_s].toInt(), 4);
    EXPECT_EQ(payments[u"count"_s].toInt(), 3);
    EXPECT_DOUBLE_EQ(payments[u"mtta_seconds"_s].toObject()[u"mean"_s].toDouble(), 110.0);
    EXPECT_DOUBLE_EQ(payments[u"mttr_seconds"_s].toObject()[u"mean"_s].toDouble(), 830.0);
    EXPECT_EQ(byTeam[u"platform"_s].toObject()[u"count"_s].toInt(), 2); // 104 counts for both of its teams
    EXPECT_DOUBLE_EQ(byTeam[u"platform"_s].toObject()[u"mtta_seconds"_s].toObject()[u"mean"_s].toDouble(), 75.0);

    EXPECT_DOUBLE_EQ(json[u"escalation_rate"_s].toDouble(), 0.2);             // 102 of five
    EXPECT_DOUBLE_EQ(json[u"closed_without_action_share"_s].toDouble(), 0.4); // 103 and 106
    EXPECT_EQ(overall[u"closed_without_ack"_s].toInt(), 2);
    EXPECT_EQ(json[u"mttd_count"_s].toInt(), 2);
    EXPECT_DOUBLE_EQ(json[u"mttd_seconds"_s].toObject()[u"mean"_s].toDouble(), 90.0); // 120 and 60

    const QJsonObject volume = json[u"volume_by_team_week"_s].toObject();
    EXPECT_EQ(volume[u"payments"_s].toObject()[u"2026-W53"_s].toInt(), 2);
    EXPECT_EQ(volume[u"payments"_s].toObject()[u"2027-W01"_s].toInt(), 2);
    EXPECT_EQ(volume[u"platform"_s].toObject()[u"2026-W53"_s].toInt(), 1); // 1 January 2027 is in 2026-W53
    EXPECT_EQ(volume[u"(no team)"_s].toObject()[u"2027-W01"_s].toInt(), 1);

    const QJsonArray skipped = json[u"skipped"_s].toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped[0].toObject()[u"index"_s].toInt(), 6);
    EXPECT_EQ(skipped[0].toObject()[u"alert"_s].toString(), u"107"_s);
    EXPECT_EQ(skipped[0].toObject()[u"reason"_s].toString(), u"no createdAt"_s);
    EXPECT_TRUE(run.err.contains("skipped alert [6] (107): no createdAt")) << run;

    EXPECT_TRUE(json[u"definitions"_s].toObject().contains(u"closed_without_action"_s));
    EXPECT_FALSE(json[u"daily"_s].toArray().isEmpty());
    EXPECT_FALSE(run.out.toLower().contains("nan"));
}

TEST_F(ReportCli, CsvParsesWithOneRowPerGroup)
{
    const auto run = runWatchkeeper({u"report"_s, u"--input"_s, alerts, u"--format"_s, u"csv"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(run.out));
    ASSERT_EQ(rows.size(), 11) << run; // header, overall, P1..P5, four teams
    const QStringList header = rows[0];
    EXPECT_EQ(header.mid(0, 9),
        (QStringList{u"group"_s, u"name"_s, u"count"_s, u"mtta_mean_seconds"_s, u"mtta_p50_seconds"_s,
            u"mtta_p95_seconds"_s, u"mttr_mean_seconds"_s, u"mttr_p50_seconds"_s, u"mttr_p95_seconds"_s}));
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), header.size()) << row.join(u'|').toStdString();
    EXPECT_EQ(rows[1].mid(0, 9),
        (QStringList{u"overall"_s, u"all"_s, u"5"_s, u"91"_s, u"60"_s, u"216"_s, u"523"_s, u"120"_s, u"1560"_s}));
    EXPECT_EQ(rows[2][0], u"priority"_s);
    EXPECT_EQ(rows[2][1], u"P1"_s);
    // No closed P2 alert: empty cells, not NaN.
    EXPECT_EQ(rows[3].mid(0, 9),
        (QStringList{
            u"priority"_s, u"P2"_s, u"0"_s, QString(), QString(), QString(), QString(), QString(), QString()}));
    EXPECT_EQ(rows[8][0], u"team"_s);
    EXPECT_EQ(rows[8][1], u"db, \"core\""_s); // quoted in the file, whole again after parsing
    EXPECT_TRUE(run.out.contains("\"db, \"\"core\"\"\""));
    EXPECT_EQ(rows[9][1], u"payments"_s);
    EXPECT_EQ(rows[9][2], u"3"_s);
}

TEST_F(ReportCli, TableIsReadable)
{
    const auto run = runWatchkeeper({u"report"_s, u"--input"_s, alerts, u"--daily"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.startsWith(u"Alerts: 7 read, 5 closed, 2 open, 1 skipped\n"_s)) << run;
    const QStringList lines = out.split(u'\n');
    auto lineStarting = [&](const QString& start) {
        for (const QString& line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    const QString overall = lineStarting(u"overall "_s);
    // MTTA mean 91 s, p50 60 s, p95 216 s; MTTR mean 523 s, p50 120 s, p95 1560 s.
    EXPECT_EQ(overall.simplified(), u"overall 7 5 1m 31s 1m 0s 3m 36s 8m 43s 2m 0s 26m 0s 1 (20%) 2 (40%)"_s)
        << out.toStdString();
    EXPECT_TRUE(lineStarting(u"priority P2 "_s).contains(u"-"_s));
    EXPECT_FALSE(lineStarting(u"team payments "_s).isEmpty());
    EXPECT_TRUE(out.contains(u"MTTD: 2 of 5 closed alerts give an occurrence time: mean 1m 30s"_s)) << run;
    EXPECT_FALSE(lineStarting(u"platform    2026-W53"_s).isEmpty()) << run;
    EXPECT_FALSE(lineStarting(u"2027-01-05 "_s).isEmpty()) << run; // --daily
    EXPECT_TRUE(out.contains(u"alert [6] (107): no createdAt"_s));
    EXPECT_TRUE(out.contains(u"Definitions:"_s));
    EXPECT_FALSE(out.contains(u"nan"_s, Qt::CaseInsensitive));
}

TEST_F(ReportCli, NoClosedAlertsSaySoWithoutNaN)
{
    const QString open = writeFile(dir, u"open.json"_s,
        R"([{"tinyId": "1", "createdAt": "2027-01-05T10:00:00Z", "status": "open", "priority": "P1"}])");
    const auto json = runWatchkeeper({u"report"_s, u"--input"_s, open, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(json.json()[u"overall"_s].toObject()[u"count"_s].toInt(), 0);
    EXPECT_TRUE(json.json()[u"overall"_s].toObject()[u"mtta_seconds"_s].toObject()[u"p95"_s].isNull()) << json;
    EXPECT_TRUE(json.json()[u"escalation_rate"_s].isNull());
    EXPECT_FALSE(json.out.toLower().contains("nan"));
    const auto table = runWatchkeeper({u"report"_s, u"--input"_s, open});
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains("No closed alerts")) << table;
    EXPECT_FALSE(table.out.toLower().contains("nan"));

    const auto empty
        = runWatchkeeper({u"report"_s, u"--input"_s, writeFile(dir, u"empty.json"_s, "[]"), u"--format"_s, u"csv"_s});
    EXPECT_EQ(empty.exitCode, 0) << empty;
    EXPECT_TRUE(empty.out.startsWith("group,name,count,")) << empty;
}

TEST_F(ReportCli, BadInputExitsTwoWithAMessage)
{
    struct Case
    {
        QByteArray content;
        const char* message;
    };
    const Case cases[]{
        {"this is not json", "not JSON"},
        {R"({"alerts": []})", "not an array"},
        {R"([{"tinyId": "9", "status": "closed"}])", "no usable alert (1 skipped)"},
        {R"([{"tinyId": "9", "createdAt": "2027-01-05T10:00:00Z", "status": "closed", "report": {"ackTime": -3,
            "closeTime": 100}}])",
            "report.ackTime is negative"},
        {R"([{"tinyId": "9", "createdAt": "2027-01-05T10:00:00Z", "status": "closed", "report": {"ackTime": "fast",
            "closeTime": 100}}])",
            "report.ackTime is not a number"},
    };
    for (const Case& c : cases) {
        const QString path = writeFile(dir, u"bad.json"_s, c.content);
        const auto run = runWatchkeeper({u"report"_s, u"--input"_s, path, u"--format"_s, u"json"_s});
        EXPECT_EQ(run.exitCode, 2) << run;
        EXPECT_TRUE(run.err.contains(c.message)) << c.message << "\n" << run;
        EXPECT_TRUE(run.out.isEmpty()) << run;
    }

    const auto strict = runWatchkeeper({u"report"_s, u"--input"_s, alerts, u"--strict"_s});
    EXPECT_EQ(strict.exitCode, 2) << strict;
    EXPECT_TRUE(strict.err.contains("--strict")) << strict;

    const auto missing = runWatchkeeper({u"report"_s, u"--input"_s, dir.filePath(u"nope.json"_s)});
    EXPECT_EQ(missing.exitCode, 2) << missing;
    EXPECT_TRUE(missing.err.contains("cannot read")) << missing;
    EXPECT_EQ(runWatchkeeper({u"report"_s}).exitCode, 2);
    EXPECT_EQ(runWatchkeeper({u"report"_s, u"--input"_s, alerts, u"--format"_s, u"xml"_s}).exitCode, 2);
}

TEST_F(ReportCli, HelpDefinesTheFigures)
{
    const auto run = runWatchkeeper({u"report"_s, u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains("--input")) << run;
    EXPECT_TRUE(run.out.contains("closed_without_action: closed alerts never acknowledged")) << run;
    EXPECT_TRUE(run.out.contains("escalation_rate")) << run;
}
