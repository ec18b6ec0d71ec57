#include "analytics/incidents/IncidentMetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace wk::analytics::incidents {

namespace {

// The durations of one group, gathered before they are summarised.
struct GroupSamples
{
    GroupMetrics metrics;
    QList<double> ack;
    QList<double> close;
    QList<double> detect;
};

void add(GroupSamples& group, const IncidentRecord& record)
{
    ++group.metrics.alerts;
    if (!record.closed)
        return;
    ++group.metrics.closed;
    group.ack.append(ackSecondsOf(record));
    group.close.append(record.closeSeconds.value_or(0.0));
    if (record.occurredAt && record.occurredAt->isValid()) {
        // An occurrence after creation is clock skew between the monitor and the alerting service: detected at once.
        const double seconds = double(record.occurredAt->msecsTo(record.createdAt)) / 1000.0;
        group.detect.append(std::max(0.0, seconds));
    }
    if (record.escalated)
        ++group.metrics.escalated;
    if (!record.ackSeconds)
        ++group.metrics.closedWithoutAck;
    if (closedWithoutAction(record))
        ++group.metrics.closedWithoutAction;
}

GroupMetrics finish(GroupSamples group)
{
    group.metrics.mtta = distributionOf(std::move(group.ack));
    group.metrics.mttr = distributionOf(std::move(group.close));
    group.metrics.mttd = distributionOf(std::move(group.detect));
    return group.metrics;
}

std::optional<double> share(qsizetype part, qsizetype whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

double percentileOfSorted(const QList<double>& sorted, double p)
{
    const double rank = std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

std::optional<Distribution> distributionOf(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    Distribution d;
    d.count = values.size();
    d.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    d.p50 = percentileOfSorted(values, 0.50);
    d.p95 = percentileOfSorted(values, 0.95);
    d.min = values.front();
    d.max = values.back();
    return d;
}

double ackSecondsOf(const IncidentRecord& record)
{
    if (record.ackSeconds)
        return record.ackSeconds.value();
    return record.closeSeconds.value_or(0.0);
}

bool closedWithoutAction(const IncidentRecord& record)
{
    return record.closed && !record.ackSeconds && !record.hasOwner && !record.closedByPerson;
}

std::optional<double> GroupMetrics::escalationRate() const
{
    return share(escalated, closed);
}

std::optional<double> GroupMetrics::closedWithoutActionShare() const
{
    return share(closedWithoutAction, closed);
}

QString noTeamName()
{
    return u"(no team)"_s;
}

QString isoWeekLabel(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return u"%1-W%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

IncidentReport computeIncidentReport(const QList<IncidentRecord>& records)
{
    GroupSamples overall;
    QMap<alerts::Priority, GroupSamples> byPriority;
    for (int p = int(alerts::Priority::P1); p <= int(alerts::Priority::P5); ++p)
        byPriority.insert(alerts::Priority(p), GroupSamples{});
    QMap<QString, GroupSamples> byTeam;
    QMap<QDate, GroupSamples> byDay;
    IncidentReport report;

    for (const IncidentRecord& record : records) {
        const QDateTime created = record.createdAt.toUTC();
        const QString week = isoWeekLabel(created.date());
        add(overall, record);
        add(byPriority[record.priority], record);
        ++report.volumeByWeek[week];
        const QStringList teams = record.teams.isEmpty() ? QStringList{noTeamName()} : record.teams;
        for (const QString& team : teams) {
            add(byTeam[team], record);
            ++report.volumeByTeamWeek[team][week];
        }
        if (record.closed)
            add(byDay[created.date()], record);
    }

    report.overall = finish(std::move(overall));
    for (auto it = byPriority.begin(); it != byPriority.end(); ++it)
        report.byPriority.insert(it.key(), finish(std::move(it.value())));
    for (auto it = byTeam.begin(); it != byTeam.end(); ++it)
        report.byTeam.insert(it.key(), finish(std::move(it.value())));
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        const GroupMetrics day = finish(std::move(it.value()));
        report.daily.append(DayMetrics{it.key(), day.mtta, day.mttr});
    }
    return report;
}

} // namespace wk::analytics::incidents
