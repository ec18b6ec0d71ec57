#pragma once

#include "alerts/Alert.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::incidents {

// The order matters: MTTA counts the first move to Acknowledged or anything after it.
enum class IncidentStatus { Open, Acknowledged, Investigating, Identified, Monitoring, Resolved };

// Incident severity is the team's judgement of impact, separate from an alert's P1..P5 priority: SEV1 is a
// customer-facing outage, SEV4 a minor degradation.
enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };

// Stable tokens kept in the database and in event payloads: "open", "acknowledged", ..., "resolved".
QString statusToken(IncidentStatus status);
std::optional<IncidentStatus> statusFromToken(const QString& token);
// "SEV1" .. "SEV4".
QString severityToken(Severity severity);
std::optional<Severity> severityFromToken(const QString& token);
// P1 -> SEV1, P2 -> SEV2, P3 -> SEV3, P4 and P5 -> SEV4.
Severity severityForPriority(alerts::Priority priority);

// Acknowledged, investigating, identified, monitoring or resolved: someone has picked the incident up.
bool isAcknowledgedOrLater(IncidentStatus status);

inline const QString commanderRole = QStringLiteral(u"commander");

struct LinkedAlert
{
    QString alertId; // the backend's full id: the key
    QString tinyId;  // what people say out loud; display only
    friend bool operator==(const LinkedAlert&, const LinkedAlert&) = default;
};

struct Incident
{
    qint64 id = 0;
    QString title;
    IncidentStatus status = IncidentStatus::Open;
    Severity severity = Severity::Sev3;
    QMap<QString, QString> roles; // role -> person: "commander" -> "ada", "scribe" -> "lin"
    QList<LinkedAlert> alerts;    // in the order they were linked
    QStringList services;         // sorted, each once
    QDateTime createdAt;
    QDateTime updatedAt; // the time of the last event
    qint64 lastSeq = 0;  // the sequence number of the last timeline event

    QString commander() const { return roles.value(commanderRole); }
};

// What a person fills in to open an incident.
struct NewIncident
{
    QString title;
    Severity severity = Severity::Sev3;
    QString commander; // empty: nobody yet
    QList<LinkedAlert> alerts;
    QStringList services;
    QString note; // why it was opened; goes on the `created` event
};

// An incident opened from alerts: the first alert's message as title, the highest priority as severity, every
// alert linked and every service they name.
NewIncident incidentFromAlerts(const QList<alerts::Alert>& alerts);

} // namespace wk::incidents
