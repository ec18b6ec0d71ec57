#pragma once

#include "analytics/incidents/IncidentMetrics.h"
#include "analytics/incidents/Interruptions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace wk::reports {

using analytics::incidents::Distribution;
using analytics::incidents::IncidentRecord;
using analytics::incidents::InterruptionCounts;

// The targets the on-call seed sets: under 20 alerts per team per week, under 10 % escalated, under 5 % false
// positives.
struct ReportTargets
{
    double alertsPerTeamWeek = 20.0;
    double escalationRate = 0.10;
    double falsePositiveRate = 0.05;
};

// What the report covers: alerts created in [from, to); interruptions are read on `zone`'s wall clock.
struct ReportPeriod
{
    QDateTime from;
    QDateTime to;
    QTimeZone zone = QTimeZone::utc();
};

// One ISO week (Monday to Sunday, UTC) of the period.
struct WeekFigures
{
    QString week; // "2026-W47"
    QDate monday;
    qsizetype alerts = 0; // created that week, open ones included
    qsizetype closed = 0; // the closed ones, which MTTA and MTTR are over
    std::optional<Distribution> mtta;
    std::optional<Distribution> mttr;
};

// An alert that fires again and again: alerts grouped by what they say.
struct NoisyAlert
{
    QString name;
    qsizetype count = 0;
    qsizetype closedWithoutAction = 0;
    QStringList teams;    // every team it reached, sorted
    QStringList services; // sorted
    std::optional<double> medianCloseSeconds;
};

struct ManagerReport
{
    ReportPeriod period;
    ReportTargets targets;
    analytics::incidents::IncidentReport figures;
    QList<WeekFigures> weeks; // every week the period touches, oldest first, quiet ones included
    InterruptionCounts interruptions;
    QMap<QString, InterruptionCounts> interruptionsByTeam;
    QList<NoisyAlert> noisy; // the most frequent first

    // The weekly alert count of a team, 0 for a quiet week.
    qsizetype teamWeekVolume(const QString& team, const QString& week) const;
    // The most alerts one team had in one week: what the volume target is about.
    qsizetype busiestTeamWeek() const;
    // Teams with at least one week over the volume target.
    QStringList teamsOverVolumeTarget() const;
    std::optional<double> escalationRate() const { return figures.overall.escalationRate(); }
    // Alerts that went away on their own (closed without action) over closed alerts.
    std::optional<double> falsePositiveRate() const { return figures.overall.closedWithoutActionShare(); }
};

inline constexpr qsizetype defaultNoisyCount = 10;

// The report over `records` (the caller has chosen them: see archive::ArchiveQuery). Weeks run from the period's
// first to its last; an invalid `from` starts at the oldest record, an invalid `to` ends at the newest.
ManagerReport computeManagerReport(const QList<IncidentRecord>& records, const ReportPeriod& period,
    qsizetype noisyCount = defaultNoisyCount, const ReportTargets& targets = {});

} // namespace wk::reports
