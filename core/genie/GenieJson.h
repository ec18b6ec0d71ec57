#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertBackend.h"
#include "common/Error.h"
#include "genie/GenieEndpoint.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wk::genie {

// Reading the vendors' answers. Both dialects are accepted wherever they differ only in names
// (`data` or `values`, `paging` or `links`, `count` or `totalCount`), since JSM Ops kept some Opsgenie
// envelopes and renamed others.

// A 2xx answer's JSON object, or the error the answer stands for: 401 and JSM's "scope does not match" are
// Auth, 402 is Unsupported (not in the plan), 404 NotFound, 400/422 BadQuery with the vendor's message,
// 429 RateLimited, 5xx Http; an HTML page or malformed JSON is Parse with what arrived.
Result<QJsonObject> readAnswer(const net::HttpResponse& response, Vendor vendor);

struct ListPage
{
    QList<alerts::Alert> alerts;
    bool more = false;
    int total = -1;      // JSM's `count`; Opsgenie lists carry none (see readCount)
    QStringList teamIds; // the teams the listed alerts are routed to, each once (JSM reads heartbeats per team)
};

// `teamNames` maps team ids to names where known; unknown ids are shown as they are.
Result<ListPage> readAlertList(const QJsonObject& answer, const QHash<QString, QString>& teamNames);
alerts::Alert readAlert(const QJsonObject& object, const QHash<QString, QString>& teamNames);
// A single alert: Opsgenie wraps it in `data`, JSM Ops answers it bare.
Result<alerts::Alert> readAlertAnswer(const QJsonObject& answer, const QHash<QString, QString>& teamNames);
// GET /v2/alerts/count: {data: {count}}.
Result<int> readCount(const QJsonObject& answer);

// 202 {result, requestId}.
Result<alerts::ActionReceipt> readReceipt(const QJsonObject& answer);
// GET .../requests/{id}: 404 with X-Opsgenie-Errortype: RequestNotProcessed is "not yet".
Result<alerts::ActionStatus> readActionStatus(const net::HttpResponse& response, Vendor vendor);

struct NotePage
{
    QList<alerts::AlertNote> notes;
    QString next; // the opaque cursor of the next page (Opsgenie `offset`, JSM `after`); empty when none
};
Result<NotePage> readNotes(const QJsonObject& answer);
// Activity log lines share the note shape (`log` instead of `note`).
Result<NotePage> readLogs(const QJsonObject& answer);

// One line of an alert's activity log with its `type` ("system", "alertNote", "alertEscalation", "alertRecipient").
struct LogLine
{
    QDateTime at;
    QString owner;
    QString log;
    QString type;
};
struct LogPage
{
    QList<LogLine> lines;
    QString next; // as NotePage::next
};
Result<LogPage> readLogLines(const QJsonObject& answer);

// Schedules: flat on-calls now or next. Opsgenie: usernames under `data.onCallRecipients` /
// `nextOnCallRecipients`; JSM Ops: account ids under `onCallUsers` / `nextOnCallUsers`, no envelope. Participant
// lists (flat=false) are read too: their names, or their ids where JSM gives no name.
Result<QStringList> readOnCallRecipients(const QJsonObject& answer, bool next);

// A schedule's id by its name, from a schedule list (JSM Ops takes ids only in its schedule paths).
std::optional<QString> readScheduleId(const QJsonObject& answer, const QString& name);

struct Heartbeat
{
    QString name;
    QString description;
    QString team;
    bool enabled = true;
    bool expired = false;
    qint64 intervalSeconds = 0;
    QDateTime lastPing;
    QString alertMessage;
    alerts::Priority alertPriority = alerts::Priority::P3;
    QStringList alertTags;
};
Result<QList<Heartbeat>> readHeartbeats(const QJsonObject& answer);

// An expired heartbeat as the alert the console shows: a silent pipeline is an incident.
alerts::Alert heartbeatAlert(const Heartbeat& heartbeat, const QDateTime& now);
QString heartbeatAlertId(const QString& name); // "heartbeat:<name>"
bool isHeartbeatAlertId(const QString& id);

// {id, name} lists: teams, escalation policies.
Result<QHash<QString, QString>> readIdNames(const QJsonObject& answer);

QDateTime readTime(const QJsonValue& value);

} // namespace wk::genie
