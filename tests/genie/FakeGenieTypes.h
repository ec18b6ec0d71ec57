#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wk::fakegenie {

enum class Vendor { Opsgenie, Jsm };

// Rate-limit domains, as Opsgenie names them (docs.opsgenie.com/docs/api-rate-limiting).
enum class Domain { Search, Alert, ScheduleOncalls, Heartbeat, Configuration };
QByteArray domainName(Domain domain);

struct FakeNote
{
    QString note;
    QString owner;
    QDateTime createdAt;
};

struct FakeLogEntry
{
    QString log;
    QString type; // "system", "alertNote", "alertEscalation"
    QString owner;
    QDateTime createdAt;
};

struct FakeResponder
{
    QString type; // user | team | escalation | schedule
    QString id;
};

struct FakeIntegration
{
    QString id;
    QString name;
    QString type;
};

struct FakeAlert
{
    QString id; // Opsgenie: a uuid; JSM: uuid + "-" + createdAt in epoch ms (the "full id")
    QString tinyId;
    QString alias;
    QString message;
    QString description;
    QString entity;
    QString source;
    QString owner;
    QString status = QStringLiteral("open");
    QString priority = QStringLiteral("P3");
    bool acknowledged = false;
    bool isSeen = false;
    bool snoozed = false;
    QDateTime snoozedUntil;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastOccurredAt;
    QStringList tags;
    int count = 1;
    QStringList teamIds;
    QList<FakeResponder> responders;
    FakeIntegration integration;
    QJsonObject details;
    QStringList actions;
    qint64 ackTime = -1;   // report.ackTime: ms from createdAt to the first ack; -1 until then
    qint64 closeTime = -1; // report.closeTime: ms from createdAt to the close; -1 until then
    QString acknowledgedBy;
    QString closedBy;
    QList<FakeNote> notes;
    QList<FakeLogEntry> logs;

    bool isOpen() const { return status == QStringLiteral("open"); }
};

// One asynchronous write after the server processed it.
struct AppliedAction
{
    QString kind; // "Create", "Acknowledge", "UnAcknowledge", "Close", "AddNote", "Escalate", ...
    QString requestId;
    QString alertId; // empty when the alert did not exist
    QString user;
    QString note;
    QString source;
    QJsonObject body;
    QDateTime at;
    bool success = false;
    QString status; // the request status text ("Acknowledged alert", "Alert does not exist", ...)
};

// Every request the server read, whatever it answered.
struct LoggedRequest
{
    QByteArray method;
    QString path;
    QString query;
    bool hasAuthorization = false;
    int status = 0;       // 0 when the connection was reset instead
    bool dropped = false; // reset instead of answered
};

struct FakeTeam
{
    QString id;
    QString name;
};

struct FakeEscalation
{
    QString id;
    QString name;
    QString ownerTeamId;
};

struct FakeSchedule
{
    QString id;
    QString name;
    bool enabled = true;
    QStringList onCallNow; // usernames
    QStringList onCallNext;
};

struct FakeHeartbeat
{
    QString name;
    QString description;
    int interval = 10;
    QString intervalUnit = QStringLiteral("minutes"); // minutes | hours | days
    bool enabled = true;
    bool expired = false;
    QString ownerTeamName;
    QString alertMessage;
    QStringList alertTags;
    QString alertPriority = QStringLiteral("P3");
    QDateTime lastPingTime;
};

} // namespace wk::fakegenie
