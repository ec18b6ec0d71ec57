#pragma once

#include "alerts/Alert.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::analytics::incidents {

// One alert as the incident metrics see it, whatever backend it came from. Times are seconds after createdAt.
struct IncidentRecord
{
    QString key;     // tinyId or id, for messages
    QString name;    // what the alert says (its message): noisy alerts are counted by it
    QString service; // the service or entity it is about; empty when unknown
    QString backend; // the alert service it came from ("opsgenie", "jsm", "demo"); empty when unknown
    QDateTime createdAt;
    bool closed = false;
    alerts::Priority priority = alerts::Priority::P3;
    QStringList teams;                   // each once; empty: the alert counts for "(no team)"
    std::optional<double> ackSeconds;    // the first acknowledgement, even one later undone
    std::optional<double> closeSeconds;  // closed alerts only
    std::optional<QDateTime> occurredAt; // when the condition began, where the alert says so (MTTD)
    bool escalated = false;
    bool hasOwner = false;       // someone took or was given the alert
    bool closedByPerson = false; // a user closed it, not an integration or the system's auto-close
};

// Mean and percentiles of a set of durations; percentiles interpolate linearly between the two closest ranks,
// as numpy.percentile's default does (rank = p * (n - 1)).
struct Distribution
{
    qsizetype count = 0;
    double mean = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double min = 0.0;
    double max = 0.0;
};

// The p-quantile (p in [0, 1]) of values sorted ascending; the list must not be empty.
double percentileOfSorted(const QList<double>& sorted, double p);
// nullopt for no values: there is no mean of nothing, and NaN must never reach a report.
std::optional<Distribution> distributionOf(QList<double> values);

// Opsgenie's global and team reports: only closed alerts count, so MTTA and MTTR share one set; the ack time is
// the first acknowledgement, and an alert closed without one uses its close time as its ack time.
double ackSecondsOf(const IncidentRecord& record); // closed records only
// Closed, never acknowledged, nobody took it, and no person closed it: it went away on its own.
bool closedWithoutAction(const IncidentRecord& record);

struct GroupMetrics
{
    qsizetype alerts = 0; // every alert of the group, open ones included
    qsizetype closed = 0; // the alerts MTTA, MTTR and the shares below are over
    std::optional<Distribution> mtta;
    std::optional<Distribution> mttr;
    std::optional<Distribution> mttd; // closed alerts whose occurrence time is known; mttd->count says how many
    qsizetype escalated = 0;
    qsizetype closedWithoutAck = 0;
    qsizetype closedWithoutAction = 0;

    std::optional<double> escalationRate() const;
    std::optional<double> closedWithoutActionShare() const;
};

// Opsgenie's daily figures: closed alerts by the UTC day they were created.
struct DayMetrics
{
    QDate day;
    std::optional<Distribution> mtta;
    std::optional<Distribution> mttr;
};

struct IncidentReport
{
    GroupMetrics overall;
    QMap<alerts::Priority, GroupMetrics> byPriority;          // always P1..P5
    QMap<QString, GroupMetrics> byTeam;                       // an alert counts once for each of its teams
    QMap<QString, QMap<QString, qsizetype>> volumeByTeamWeek; // team -> ISO week ("2026-W53") -> alerts
    QMap<QString, qsizetype> volumeByWeek;                    // every alert once
    QList<DayMetrics> daily;                                  // oldest first
};

QString noTeamName(); // "(no team)"
// The ISO 8601 week of a date: "2027-01-01" is in "2026-W53".
QString isoWeekLabel(QDate date);

IncidentReport computeIncidentReport(const QList<IncidentRecord>& records);

} // namespace wk::analytics::incidents
