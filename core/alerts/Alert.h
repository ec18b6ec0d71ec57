#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::alerts {

enum class Priority { P1 = 1, P2, P3, P4, P5 };

enum class AlertStatus { Open, Acknowledged, Snoozed, Closed };

struct AlertNote
{
    QDateTime at;
    QString author;
    QString text;
};

// Backend-neutral alert: no Opsgenie or JSM field leaks past AlertBackend.
struct Alert
{
    QString id;     // the backend's full id: the only key (tiny ids are reused over time)
    QString tinyId; // the short number people say out loud ("1791"); display only
    QString alias;  // the dedup key; stable across occurrences of the same condition
    QString message;
    QString description;
    Priority priority = Priority::P3;
    AlertStatus status = AlertStatus::Open;
    QString team;    // the teams the alert is routed to, comma-separated for display
    QString service; // entity
    QStringList tags;
    QString source;
    QString owner;
    QString acknowledgedBy;
    QString closedBy; // who closed it: a username (an email on Opsgenie), or "System" or an integration's name
    QString runbookUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acknowledgedAt;
    QDateTime closedAt;
    QDateTime snoozedUntil;
    QDateTime lastOccurredAt; // the latest occurrence; equals createdAt until the alias fires again
    int count = 1;
    int escalationLevel = 0; // 0: primary on call; each escalation moves one level up
    QList<AlertNote> notes;
    QMap<QString, QString> details;
};

QString priorityName(Priority p); // "P1"
std::optional<Priority> priorityFromName(const QString& name);
QString statusName(AlertStatus s); // "open", "acknowledged", ...

// What one note of an alert is, the same however often it is read: "note:<alert id>:<ms>:<author>:<digest of the
// words>", so two notes with the same author and time but other words are two notes. Timelines and the archive
// key their entries with it so a note seen again is not written again.
QString noteKey(const QString& alertId, const AlertNote& note);

} // namespace wk::alerts
