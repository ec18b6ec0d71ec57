#include "../support/SkipWhenMissing.h"
#include "FakeGenieServer.h"
#include "GenieTestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using namespace wk::fakegenie::testing;

// A real Prometheus Alertmanager (Debian's prometheus-alertmanager 0.25) notifies the fake through its
// opsgenie_configs receiver: what it sends must be accepted as it is.
namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray configFor(const FakeGenieServer& genie)
{
    return QByteArray(R"(route:
  receiver: genie
  group_by: [alertname, service]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: genie
    opsgenie_configs:
      - api_key: test-genie-key
        api_url: )")
        + genie.url().toString().toUtf8() + R"(/
        message: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.service }}'
        description: '{{ .CommonAnnotations.summary }}'
        source: alertmanager
        priority: P2
        tags: 'ml,{{ .CommonLabels.service }}'
        entity: '{{ .CommonLabels.service }}'
        note: routed by alertmanager
        actions: 'Restart,Rollback model'
        update_alerts: true
        details:
          runbook: 'https://runbooks.example.com/{{ .CommonLabels.alertname }}'
        responders:
          - name: ml-platform
            type: team
          - name: ml-platform_escalation
            type: escalation
)";
}

// Posts one alert to Alertmanager's API v2; `endsAt` in the past resolves it.
int postAlert(QNetworkAccessManager& nam, quint16 port, const QDateTime& startsAt, const QDateTime& endsAt)
{
    const QJsonArray alerts{QJsonObject{
        {u"labels"_s,
            QJsonObject{{u"alertname"_s, u"HighP99Latency"_s}, {u"service"_s, u"fraud-scorer"_s},
                {u"severity"_s, u"critical"_s}}},
        {u"annotations"_s, QJsonObject{{u"summary"_s, u"p99 latency above 500 ms for 10 minutes"_s}}},
        {u"startsAt"_s, startsAt.toString(Qt::ISODateWithMs)},
        {u"endsAt"_s, endsAt.toString(Qt::ISODateWithMs)},
    }};
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v2/alerts"_s.arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = nam.post(request, QJsonDocument(alerts).toJson());
    waitUntil([reply] { return reply->isFinished(); }, 10'000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool ready(QNetworkAccessManager& nam, quint16 port)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(port))));
    waitUntil([reply] { return reply->isFinished(); }, 2000);
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

const AppliedAction* lastOf(const QList<AppliedAction>& applied, const QString& kind)
{
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        if (it->kind == kind)
            return &*it;
    }
    return nullptr;
}

} // namespace

TEST(AlertmanagerToFakeOpsgenie, CreatesUpdatesAndClosesThroughTheOpsgenieReceiver)
{
    QString binary = QStandardPaths::findExecutable(u"prometheus-alertmanager"_s);
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(u"alertmanager"_s);
    if (binary.isEmpty())
        WK_SKIP_WHEN_MISSING("prometheus-alertmanager is not installed");

    FakeGenieServer genie;
    genie.setProcessingDelayMs(20);
    ASSERT_TRUE(genie.listen());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile config(dir.filePath(u"alertmanager.yml"_s));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(configFor(genie));
    config.close();
    const quint16 port = freeLoopbackPort();
    ASSERT_NE(port, 0);

    QProcess alertmanager;
    alertmanager.setProcessChannelMode(QProcess::MergedChannels);
    alertmanager.setStandardOutputFile(dir.filePath(u"alertmanager.log"_s));
    alertmanager.start(binary,
        {u"--config.file="_s + config.fileName(), u"--storage.path="_s + dir.filePath(u"data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--cluster.listen-address="_s, u"--log.level=debug"_s});
    ASSERT_TRUE(alertmanager.waitForStarted(10'000));
    const auto dumpLog = [&] {
        QFile log(dir.filePath(u"alertmanager.log"_s));
        if (log.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "--- alertmanager log ---\n%s\n", log.readAll().constData());
    };
    QNetworkAccessManager nam;
    const bool up = waitUntil([&] { return ready(nam, port); }, 30'000);
    if (!up)
        dumpLog();
    ASSERT_TRUE(up) << "Alertmanager did not become ready";

    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(postAlert(nam, port, now.addSecs(-60), now.addSecs(3600)), 200);
    const bool updated = waitUntil([&] { return lastOf(genie.applied(), u"UpdateDescription"_s) != nullptr; }, 30'000);
    if (!updated)
        dumpLog();
    ASSERT_TRUE(updated) << "no create + updates arrived from Alertmanager";

    ASSERT_EQ(genie.alertCount(), 1);
    const FakeAlert* alert = genie.alerts().first();
    EXPECT_EQ(alert->message, u"HighP99Latency on fraud-scorer"_s);
    EXPECT_EQ(alert->description, u"p99 latency above 500 ms for 10 minutes"_s);
    EXPECT_EQ(alert->priority, u"P2"_s);
    EXPECT_EQ(alert->source, u"alertmanager"_s);
    EXPECT_EQ(alert->entity, u"fraud-scorer"_s);
    EXPECT_EQ(alert->tags, QStringList({u"ml"_s, u"fraud-scorer"_s}));
    EXPECT_EQ(alert->actions, QStringList({u"Restart"_s, u"Rollback model"_s}));
    EXPECT_EQ(alert->alias.size(), 64) << "the alias is the sha256 of the group key";
    EXPECT_EQ(alert->details.value(u"runbook"_s).toString(), u"https://runbooks.example.com/HighP99Latency"_s);
    EXPECT_EQ(alert->details.value(u"severity"_s).toString(), u"critical"_s); // common labels become details
    EXPECT_EQ(alert->teamIds, QStringList({genie.teams()[0].id}));
    EXPECT_EQ(alert->responders.size(), 2);
    ASSERT_FALSE(alert->notes.isEmpty());
    EXPECT_EQ(alert->notes.first().note, u"routed by alertmanager"_s);
    for (const QString& kind : {u"Create"_s, u"UpdateMessage"_s, u"UpdateDescription"_s}) {
        const AppliedAction* action = lastOf(genie.applied(), kind);
        ASSERT_NE(action, nullptr) << kind.toStdString();
        EXPECT_TRUE(action->success) << kind.toStdString() << ": " << action->status.toStdString();
    }

    ASSERT_EQ(postAlert(nam, port, now.addSecs(-60), QDateTime::currentDateTimeUtc().addSecs(-1)), 200);
    const bool closed = waitUntil([&] { return alert->status == u"closed"; }, 30'000);
    if (!closed)
        dumpLog();
    ASSERT_TRUE(closed) << "the resolved notification did not close the alert";
    const AppliedAction* close = lastOf(genie.applied(), u"Close"_s);
    ASSERT_NE(close, nullptr);
    EXPECT_TRUE(close->success);
    EXPECT_EQ(close->source, u"alertmanager"_s);

    for (const LoggedRequest& request : genie.requestLog()) {
        EXPECT_TRUE(request.hasAuthorization);
        EXPECT_EQ(request.status, 202) << request.method.toStdString() << ' ' << request.path.toStdString() << '?'
                                       << request.query.toStdString();
        if (request.method != "POST" || request.path != u"/v2/alerts") {
            EXPECT_EQ(request.query, u"identifierType=alias"_s) << request.path.toStdString();
        }
    }

    alertmanager.terminate();
    if (!alertmanager.waitForFinished(5000)) {
        alertmanager.kill();
        alertmanager.waitForFinished(5000);
    }
}
