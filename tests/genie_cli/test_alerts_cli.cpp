// `watchkeeper alerts` as a script runs it: the built binary in a child process against the fake Opsgenie and
// JSM Ops on 127.0.0.1, served from this process's event loop. The key reaches the child only through its
// environment. Exit codes: 0 everything landed, 1 a failure, 2 bad usage.
#include "GenieCliFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

using wk::testsupport::CliRun;

const QString wrongKey = u"wrong-key-5f3a9c1e"_s;

class AlertsCommandLine : public wk::testsupport::GenieCliFixture
{
protected:
    // Runs `watchkeeper alerts ...` while this event loop serves the fake; killed if it outlives the bound.
    CliRun alerts(const QStringList& arguments, std::optional<QString> key = std::nullopt, int boundMs = 90'000) const
    {
        return run(u"alerts"_s, arguments, key, boundMs);
    }

    // An open, unacknowledged alert; returns its full id.
    QString openAlert(const QString& message)
    {
        FakeAlert alert;
        alert.message = message;
        alert.priority = u"P2"_s;
        alert.createdAt = m_server->now().addSecs(-600);
        return m_server->addAlert(alert);
    }

    QList<AppliedAction> applied(const QString& kind) const
    {
        QList<AppliedAction> out;
        for (const AppliedAction& a : m_server->applied()) {
            if (a.kind == kind)
                out.append(a);
        }
        return out;
    }
};

TEST_F(AlertsCommandLine, ListReadsSeveralPagesBeyondOneHundred)
{
    FakeGenieServer& server = start();
    server.seedAlerts(250, 7);
    const QString everything = u"status:open OR status:closed"_s;
    const CliRun run = alerts(target() + QStringList{u"list"_s, u"--query"_s, everything, u"--limit"_s, u"250"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 250 + 1) << run; // header, rows, footer
    EXPECT_TRUE(lines.first().startsWith(u"ID"_s)) << run;
    for (const QString& column : {u"PRI"_s, u"STATUS"_s, u"ACKED"_s, u"OWNER"_s, u"TEAMS"_s, u"COUNT"_s, u"AGE"_s})
        EXPECT_TRUE(lines.first().contains(column)) << column.toStdString();
    EXPECT_EQ(lines.last(), u"showing 250 of 250"_s);
    for (const QString& line : lines)
        EXPECT_LE(line.size(), 120) << line.toStdString();

    QStringList offsets;
    for (const LoggedRequest& r : server.requestLog()) {
        if (r.method == "GET" && r.path == u"/v2/alerts"_s)
            offsets.append(QUrlQuery(r.query).queryItemValue(u"offset"_s));
    }
    EXPECT_EQ(offsets, (QStringList{u"0"_s, u"100"_s, u"200"_s}));

    const CliRun part = alerts(target() + QStringList{u"list"_s, u"--query"_s, everything, u"--limit"_s, u"150"_s});
    ASSERT_EQ(part.exitCode, 0) << part;
    EXPECT_THAT(part.text(), HasSubstr("showing 150 of 250 (more: --offset 150)"));
}

TEST_F(AlertsCommandLine, ListAsJsonParsesBackToTheServersAlerts)
{
    FakeGenieServer& server = start();
    server.seedAlerts(250, 11);
    const CliRun run = alerts(target()
        + QStringList{u"list"_s, u"--query"_s, u"status:open OR status:closed"_s, u"--limit"_s, u"120"_s, u"--offset"_s,
            u"100"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    const QJsonArray list = root[u"alerts"_s].toArray();
    ASSERT_EQ(list.size(), 120) << run;
    EXPECT_EQ(root[u"total"_s].toInt(), 250);
    EXPECT_TRUE(root[u"more"_s].toBool());
    QSet<QString> ids;
    for (const QJsonValue& value : list) {
        const QJsonObject a = value.toObject();
        const FakeAlert* original = server.alert(a[u"id"_s].toString());
        ASSERT_NE(original, nullptr) << a[u"id"_s].toString().toStdString();
        ids.insert(original->id);
        EXPECT_EQ(a[u"tiny_id"_s].toString(), original->tinyId);
        EXPECT_EQ(a[u"message"_s].toString(), original->message);
        EXPECT_EQ(a[u"priority"_s].toString(), original->priority);
        EXPECT_EQ(a[u"status"_s].toString() == u"closed"_s, original->status == u"closed"_s);
        EXPECT_EQ(a[u"acknowledged"_s].toBool(), original->acknowledged);
        EXPECT_EQ(a[u"count"_s].toInt(), original->count);
        const QString created = a[u"created_at"_s].toString();
        EXPECT_TRUE(created.endsWith(u'Z')) << created.toStdString();
        EXPECT_EQ(QDateTime::fromString(created, Qt::ISODateWithMs).toSecsSinceEpoch(),
            original->createdAt.toSecsSinceEpoch());
        EXPECT_TRUE(a[u"teams"_s].isArray());
    }
    EXPECT_EQ(ids.size(), 120);
}

TEST_F(AlertsCommandLine, AnAckLandsAndSaysSo)
{
    FakeGenieServer& server = start();
    const QString id = openAlert(u"fraud-scorer p99 latency above 500 ms"_s);
    const QString tiny = server.alert(id)->tinyId;
    const CliRun run = alerts(target() + QStringList{u"ack"_s, tiny, u"--user"_s, u"tester"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_THAT(run.text(),
        HasSubstr(QString(u"ack "_s + tiny + u" (fraud-scorer p99 latency above 500 ms) landed at "_s).toStdString()));
    const auto acks = applied(u"Acknowledge"_s);
    ASSERT_EQ(acks.size(), 1) << run;
    EXPECT_EQ(acks[0].alertId, id);
    EXPECT_EQ(acks[0].user, u"tester"_s);
    EXPECT_TRUE(acks[0].success);
    EXPECT_TRUE(server.alert(id)->acknowledged);
}

TEST_F(AlertsCommandLine, AnActionAsJsonSaysLandedWithItsTime)
{
    FakeGenieServer& server = start();
    const QString id = openAlert(u"churn-model accuracy below 0.85"_s);
    const CliRun run = alerts(target()
        + QStringList{
            u"note"_s, id, u"--text"_s, u"Rolled back to v41"_s, u"--user"_s, u"tester"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonArray actions = run.json()[u"actions"_s].toArray();
    ASSERT_EQ(actions.size(), 1) << run;
    const QJsonObject a = actions[0].toObject();
    EXPECT_EQ(a[u"action"_s].toString(), u"note"_s);
    EXPECT_EQ(a[u"alert_id"_s].toString(), id);
    EXPECT_EQ(a[u"state"_s].toString(), u"landed"_s);
    EXPECT_TRUE(a[u"error"_s].isNull());
    EXPECT_EQ(a[u"attempts"_s].toInt(), 1);
    EXPECT_TRUE(QDateTime::fromString(a[u"landed_at"_s].toString(), Qt::ISODateWithMs).isValid()) << run;
    ASSERT_EQ(server.alert(id)->notes.size(), 1);
    EXPECT_EQ(server.alert(id)->notes[0].note, u"Rolled back to v41"_s);
}

TEST_F(AlertsCommandLine, AnActionOnAnUnknownAlertFails)
{
    start();
    const CliRun run = alerts(target() + QStringList{u"ack"_s, u"6c1b2e4f-0000-no-such-alert"_s, u"--user"_s, u"t"_s});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_THAT(run.text(), HasSubstr("ack 6c1b2e4f-0000-no-such-alert failed: Alert does not exist")) << run;

    const CliRun tiny = alerts(target() + QStringList{u"close"_s, u"99999"_s, u"--user"_s, u"t"_s});
    EXPECT_EQ(tiny.exitCode, 1) << tiny;
    EXPECT_THAT(tiny.text(), HasSubstr("close 99999 failed: Alert does not exist")) << tiny;
}

TEST_F(AlertsCommandLine, AWrongKeyIsAClearErrorThatNeverShowsTheKey)
{
    FakeGenieServer& server = start();
    const QString id = openAlert(u"sentiment-api error rate above 5%"_s);
    for (const QStringList& command : {QStringList{u"list"_s}, QStringList{u"ack"_s, id, u"--user"_s, u"t"_s}}) {
        const CliRun run = alerts(target() + command, wrongKey);
        EXPECT_EQ(run.exitCode, 1) << run;
        EXPECT_THAT(run.errors(), HasSubstr("401")) << run;
        EXPECT_THAT(run.errors(), HasSubstr("check the API key")) << run;
        EXPECT_THAT(run.errors(), HasSubstr("WATCHKEEPER_OPSGENIE_API_KEY")) << run;
        EXPECT_THAT(run.errors() + run.text(), Not(HasSubstr(wrongKey.toStdString()))) << run;
    }
    EXPECT_TRUE(server.applied().isEmpty());
    EXPECT_FALSE(server.alert(id)->acknowledged);
}

TEST_F(AlertsCommandLine, JsmListsAndAcknowledges)
{
    FakeGenieServer& server = start(Vendor::Jsm);
    server.seedAlerts(40, 3);
    const CliRun list = alerts(
        target() + QStringList{u"list"_s, u"--query"_s, u"status:open OR status:closed"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_EQ(list.json()[u"alerts"_s].toArray().size(), 40) << list;
    EXPECT_EQ(list.json()[u"total"_s].toInt(), 40) << list;

    const QString id = openAlert(u"fraud-scorer feature drift on amount"_s);
    const CliRun ack = alerts(target() + QStringList{u"ack"_s, id, u"--user"_s, u"tester"_s});
    ASSERT_EQ(ack.exitCode, 0) << ack;
    EXPECT_THAT(ack.text(), HasSubstr("landed at")) << ack;
    const auto acks = applied(u"Acknowledge"_s);
    ASSERT_EQ(acks.size(), 1);
    EXPECT_EQ(acks[0].alertId, id);
    EXPECT_TRUE(server.alert(id)->acknowledged);
}

TEST_F(AlertsCommandLine, AKeyOnTheCommandLineIsRefused)
{
    for (const QStringList& secretFlag :
        {QStringList{u"--api-key"_s, u"s3cr3t-on-cli"_s}, QStringList{u"--token=s3cr3t-on-cli"_s}}) {
        const CliRun run
            = alerts(QStringList{u"list"_s, u"--backend"_s, u"opsgenie"_s, u"--api-url"_s, u"http://127.0.0.1:9"_s}
                + secretFlag);
        EXPECT_EQ(run.exitCode, 2) << run;
        EXPECT_THAT(run.errors(), HasSubstr("never read from the command line")) << run;
        EXPECT_THAT(run.errors(), HasSubstr("WATCHKEEPER_OPSGENIE_API_KEY")) << run;
        EXPECT_THAT(run.errors(), HasSubstr("keychain")) << run;
        EXPECT_THAT(run.errors() + run.text(), Not(HasSubstr("s3cr3t-on-cli"))) << run;
    }
}

TEST_F(AlertsCommandLine, BulkAckOfThreeAlerts)
{
    FakeGenieServer& server = start();
    QStringList ids;
    for (const QString& message :
        {u"GPU node gpu-3 not ready"_s, u"feature store stale for 20 min"_s, u"training job churn-v42 failed"_s})
        ids.append(openAlert(message));
    const QStringList tinyIds{server.alert(ids[0])->tinyId, server.alert(ids[1])->tinyId, server.alert(ids[2])->tinyId};
    const CliRun run = alerts(target() + QStringList{u"ack"_s} + tinyIds + QStringList{u"--user"_s, u"tester"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << run;
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(lines[i].startsWith(u"ack "_s + tinyIds[i] + u" ("_s)) << lines[i].toStdString();
        EXPECT_TRUE(lines[i].contains(u") landed at "_s)) << lines[i].toStdString();
        EXPECT_TRUE(server.alert(ids[i])->acknowledged);
    }
    EXPECT_EQ(applied(u"Acknowledge"_s).size(), 3);
}

TEST_F(AlertsCommandLine, ATimeoutSaysWhatIsStillPending)
{
    FakeGenieServer& server = start();
    server.setProcessingDelayMs(120'000);
    const QString id = openAlert(u"sentiment-api p99 latency above 1 s"_s);
    const QString tiny = server.alert(id)->tinyId;
    const CliRun run = alerts(target() + QStringList{u"close"_s, tiny, u"--user"_s, u"t"_s, u"--timeout"_s, u"4s"_s});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_THAT(run.text(), HasSubstr(QString(u"close "_s + tiny).toStdString())) << run;
    EXPECT_THAT(run.text(), HasSubstr("still pending after 4s (last state: accepted")) << run;
    EXPECT_THAT(run.errors(), HasSubstr("Timeout")) << run;
    EXPECT_LT(run.elapsedMs, 15'000) << run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the fake server runs on this event loop
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
