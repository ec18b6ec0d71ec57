#include "reports/ManagerReport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::reports {

namespace {

using namespace analytics::incidents;

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

struct WeekSamples
{
    qsizetype alerts = 0;
    QList<double> ack;
    QList<double> close;
};

struct NoisySamples
{
    qsizetype count = 0;
    qsizetype closedWithoutAction = 0;
    QSet<QString> teams;
    QSet<QString> services;
    QList<double> close;
};

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QList<WeekFigures> weeksOf(const QList<IncidentRecord>& records, const ReportPeriod& period)
{
    QMap<QDate, WeekSamples> byMonday;
    for (const IncidentRecord& record : records) {
        WeekSamples& week = byMonday[mondayOf(record.createdAt.toUTC().date())];
        ++week.alerts;
        if (record.closed) {
            week.ack.append(ackSecondsOf(record));
            week.close.append(record.closeSeconds.value_or(0.0));
        }
    }
    // Quiet weeks are part of the story: a line that skips them would hide a good week.
    QDate first = period.from.isValid() ? mondayOf(period.from.toUTC().date()) : QDate();
    QDate last = period.to.isValid() ? mondayOf(period.to.toUTC().addMSecs(-1).date()) : QDate();
    if (!byMonday.isEmpty()) {
        if (!first.isValid() || byMonday.firstKey() < first)
            first = byMonday.firstKey();
        if (!last.isValid() || byMonday.lastKey() > last)
            last = byMonday.lastKey();
    }
    QList<WeekFigures> weeks;
    if (!first.isValid() || !last.isValid())
        return weeks;
    for (QDate monday = first; monday <= last; monday = monday.addDays(7)) {
        const WeekSamples samples = byMonday.value(monday);
        WeekFigures week;
        week.week = isoWeekLabel(monday);
        week.monday = monday;
        week.alerts = samples.alerts;
        week.closed = samples.close.size();
        week.mtta = distributionOf(samples.ack);
        week.mttr = distributionOf(samples.close);
        weeks.append(week);
    }
    return weeks;
}

QList<NoisyAlert> noisyOf(const QList<IncidentRecord>& records, qsizetype count)
{
    QHash<QString, NoisySamples> byName;
    for (const IncidentRecord& record : records) {
        const QString name = record.name.trimmed().isEmpty() ? u"(no message)"_s : record.name.trimmed();
        NoisySamples& samples = byName[name];
        ++samples.count;
        if (closedWithoutAction(record))
            ++samples.closedWithoutAction;
        for (const QString& team : record.teams)
            samples.teams.insert(team);
        if (!record.service.isEmpty())
            samples.services.insert(record.service);
        if (record.closed)
            samples.close.append(record.closeSeconds.value_or(0.0));
    }
    QList<NoisyAlert> noisy;
    noisy.reserve(byName.size());
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        NoisyAlert alert;
        alert.name = it.key();
        alert.count = it->count;
        alert.closedWithoutAction = it->closedWithoutAction;
        alert.teams = sorted(it->teams);
        alert.services = sorted(it->services);
        if (const auto close = distributionOf(it->close))
            alert.medianCloseSeconds = close->p50;
        noisy.append(alert);
    }
    // Most frequent first; ties by name so the same archive always gives the same table.
    std::sort(noisy.begin(), noisy.end(), [](const NoisyAlert& a, const NoisyAlert& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    if (count >= 0 && noisy.size() > count)
        noisy.resize(count);
    return noisy;
}

} // namespace

qsizetype ManagerReport::teamWeekVolume(const QString& team, const QString& week) const
{
    return figures.volumeByTeamWeek.value(team).value(week, 0);
}

qsizetype ManagerReport::busiestTeamWeek() const
{
    qsizetype busiest = 0;
    for (const auto& weeks : figures.volumeByTeamWeek) {
        for (qsizetype n : weeks)
            busiest = std::max(busiest, n);
    }
    return busiest;
}

QStringList ManagerReport::teamsOverVolumeTarget() const
{
    QStringList over;
    for (auto it = figures.volumeByTeamWeek.cbegin(); it != figures.volumeByTeamWeek.cend(); ++it) {
        const auto& weeks = it.value();
        if (std::any_of(
                weeks.cbegin(), weeks.cend(), [this](qsizetype n) { return double(n) >= targets.alertsPerTeamWeek; }))
            over.append(it.key());
    }
    return over;
}

ManagerReport computeManagerReport(const QList<IncidentRecord>& records, const ReportPeriod& period,
    qsizetype noisyCount, const ReportTargets& targets)
{
    ManagerReport report;
    report.period = period;
    report.targets = targets;
    report.figures = computeIncidentReport(records);
    report.weeks = weeksOf(records, period);
    report.noisy = noisyOf(records, noisyCount);
    InterruptionClock clock(period.zone);
    for (const IncidentRecord& record : records) {
        const InterruptionTime time = clock.of(record.createdAt);
        report.interruptions.add(time);
        const QStringList teams = record.teams.isEmpty() ? QStringList{noTeamName()} : record.teams;
        for (const QString& team : teams)
            report.interruptionsByTeam[team].add(time);
    }
    return report;
}

} // namespace wk::reports
