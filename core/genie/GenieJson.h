#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertBackend.h"
#include "common/Error.h"
#include "genie/GenieEndpoint.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QJsonObject>

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
    int total = -1;
};

// `teamNames` maps team ids to names where known; unknown ids are shown as they are.
Result<ListPage> readAlertList(const QJsonObject& answer, const QHash<QString, QString>& teamNames);
alerts::Alert readAlert(const QJsonObject& object, const QHash<QString, QString>& teamNames);

// 202 {result, requestId}.
Result<alerts::ActionReceipt> readReceipt(const QJsonObject& answer);
// GET .../requests/{id}: 404 with X-Opsgenie-Errortype: RequestNotProcessed is "not yet".
Result<alerts::ActionStatus> readActionStatus(const net::HttpResponse& response, Vendor vendor);

struct NotePage
{
    QList<alerts::AlertNote> notes;
    QString next; // the opaque offset of the next page; empty when none
};
Result<NotePage> readNotes(const QJsonObject& answer);
// Activity log lines share the note shape (`log` instead of `note`).
Result<NotePage> readLogs(const QJsonObject& answer);

// Schedules: flat on-calls (usernames) now or next.
Result<QStringList> readOnCallRecipients(const QJsonObject& answer, bool next);

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
