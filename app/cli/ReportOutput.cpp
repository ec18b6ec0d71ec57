#include "cli/ReportOutput.h"

#include "cli/TextTable.h"
#include "common/TimeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wk::cli {

using analytics::incidents::Distribution;
using analytics::incidents::GroupMetrics;

namespace {

// Opsgenie reports times in milliseconds: more digits would only be float noise.
double roundedSeconds(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0;
}

QJsonValue optionalJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject distributionJson(const std::optional<Distribution>& d)
{
    if (!d)
        return {{u"mean"_s, QJsonValue::Null}, {u"p50"_s, QJsonValue::Null}, {u"p95"_s, QJsonValue::Null}};
    return {
        {u"mean"_s, roundedSeconds(d->mean)}, {u"p50"_s, roundedSeconds(d->p50)}, {u"p95"_s, roundedSeconds(d->p95)}};
}

QJsonObject dayDistributionJson(const std::optional<Distribution>& d)
{
    if (!d)
        return {{u"mean"_s, QJsonValue::Null}, {u"min"_s, QJsonValue::Null}, {u"max"_s, QJsonValue::Null}};
    return {
        {u"mean"_s, roundedSeconds(d->mean)}, {u"min"_s, roundedSeconds(d->min)}, {u"max"_s, roundedSeconds(d->max)}};
}

QJsonObject groupJson(const GroupMetrics& g)
{
    return {
        {u"alerts"_s, qint64(g.alerts)},
        {u"count"_s, qint64(g.closed)},
        {u"mtta_seconds"_s, distributionJson(g.mtta)},
        {u"mttr_seconds"_s, distributionJson(g.mttr)},
        {u"mttd_seconds"_s, distributionJson(g.mttd)},
        {u"mttd_count"_s, qint64(g.mttd ? g.mttd->count : 0)},
        {u"escalated"_s, qint64(g.escalated)},
        {u"escalation_rate"_s, optionalJson(g.escalationRate())},
        {u"closed_without_ack"_s, qint64(g.closedWithoutAck)},
        {u"closed_without_action"_s, qint64(g.closedWithoutAction)},
        {u"closed_without_action_share"_s, optionalJson(g.closedWithoutActionShare())},
    };
}

// Every group in report order: overall, P1..P5, then the teams by name.
QList<std::tuple<QString, QString, const GroupMetrics*>> groupsOf(const analytics::incidents::IncidentReport& report)
{
    QList<std::tuple<QString, QString, const GroupMetrics*>> groups{{u"overall"_s, u"all"_s, &report.overall}};
    for (auto it = report.byPriority.cbegin(); it != report.byPriority.cend(); ++it)
        groups.append({u"priority"_s, alerts::priorityName(it.key()), &it.value()});
    for (auto it = report.byTeam.cbegin(); it != report.byTeam.cend(); ++it)
        groups.append({u"team"_s, it.key(), &it.value()});
    return groups;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString secondsCell(const std::optional<Distribution>& d, double Distribution::*field)
{
    return d ? numberText(roundedSeconds((*d).*field)) : QString();
}

QString optionalCell(std::optional<double> value)
{
    return value ? numberText(*value) : QString();
}

QString durationCell(const std::optional<Distribution>& d, double Distribution::*field)
{
    return d ? humanDuration((*d).*field) : u"-"_s;
}

QString shareCell(qsizetype part, std::optional<double> share)
{
    if (!share)
        return u"-"_s;
    return u"%1 (%2%)"_s.arg(part).arg(std::round(*share * 1000.0) / 10.0);
}

QString skippedLine(const analytics::incidents::SkippedAlert& s)
{
    const QString which = s.key.isEmpty() ? u"alert [%1]"_s.arg(s.index) : u"alert [%1] (%2)"_s.arg(s.index).arg(s.key);
    return which + u": "_s + s.reason;
}

QJsonObject interruptionsJson(const reports::InterruptionCounts& c)
{
    return {{u"business_hours"_s, qint64(c.businessHours)}, {u"evenings_and_weekends"_s, qint64(c.eveningsAndWeekends)},
        {u"sleep_hours"_s, qint64(c.sleepHours)}, {u"total"_s, qint64(c.total())}};
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// What the manager's report adds to the figures: weeks, interruptions, noisy alerts, targets and SLOs.
void addManagerSections(QJsonObject& root, const IncidentReportView& view)
{
    const reports::ManagerReport& report = view.report;
    root.insert(u"period"_s,
        QJsonObject{{u"from"_s, timeJson(report.period.from)}, {u"to"_s, timeJson(report.period.to)},
            {u"time_zone"_s, QString::fromUtf8(report.period.zone.id())}});
    QJsonArray weeks;
    for (const reports::WeekFigures& w : report.weeks) {
        weeks.append(QJsonObject{{u"week"_s, w.week}, {u"monday"_s, w.monday.toString(Qt::ISODate)},
            {u"alerts"_s, qint64(w.alerts)}, {u"closed"_s, qint64(w.closed)},
            {u"mtta_seconds"_s, distributionJson(w.mtta)}, {u"mttr_seconds"_s, distributionJson(w.mttr)}});
    }
    root.insert(u"weekly"_s, weeks);
    QJsonObject byTeam;
    for (auto it = report.interruptionsByTeam.cbegin(); it != report.interruptionsByTeam.cend(); ++it)
        byTeam.insert(it.key(), interruptionsJson(it.value()));
    root.insert(
        u"interruptions"_s, QJsonObject{{u"all"_s, interruptionsJson(report.interruptions)}, {u"by_team"_s, byTeam}});
    QJsonArray noisy;
    for (const reports::NoisyAlert& n : report.noisy) {
        noisy.append(QJsonObject{{u"message"_s, n.name}, {u"alerts"_s, qint64(n.count)},
            {u"closed_without_action"_s, qint64(n.closedWithoutAction)},
            {u"median_close_seconds"_s,
                n.medianCloseSeconds ? QJsonValue(roundedSeconds(*n.medianCloseSeconds))
                                     : QJsonValue(QJsonValue::Null)},
            {u"teams"_s, QJsonArray::fromStringList(n.teams)},
            {u"services"_s, QJsonArray::fromStringList(n.services)}});
    }
    root.insert(u"noisy"_s, noisy);
    root.insert(u"false_positive_rate"_s, optionalJson(report.falsePositiveRate()));
    root.insert(u"targets"_s,
        QJsonObject{{u"alerts_per_team_week"_s, report.targets.alertsPerTeamWeek},
            {u"escalation_rate"_s, report.targets.escalationRate},
            {u"false_positive_rate"_s, report.targets.falsePositiveRate},
            {u"teams_over_volume_target"_s, QJsonArray::fromStringList(report.teamsOverVolumeTarget())}});
    QJsonArray slos;
    for (const reports::SloCompliance& slo : view.slos) {
        slos.append(QJsonObject{{u"name"_s, slo.name}, {u"objective"_s, slo.objective},
            {u"achieved"_s, optionalJson(slo.achieved)}, {u"met"_s, slo.met()},
            {u"budget_burned"_s, optionalJson(slo.budgetBurned)},
            {u"error"_s, slo.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(slo.error)}});
    }
    root.insert(u"slo"_s, slos);
}

// A report table for a terminal: numbers right-aligned, durations and shares as people read them.
QString tableText(const reports::ReportTable& table)
{
    QList<QStringList> rows;
    QList<int> right;
    for (qsizetype i = 0; i < table.kinds.size(); ++i) {
        if (table.kinds[i] != reports::CellKind::Text)
            right.append(int(i));
    }
    for (const auto& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(reports::cellText(row[i], table.kinds.value(i)));
        rows.append(cells);
    }
    QStringList header;
    for (const QString& column : table.columns)
        header.append(column.toUpper());
    QString out = u"\n"_s + table.title + u":\n"_s + textTable(header, rows, right);
    if (!table.note.isEmpty())
        out += table.note + u'\n';
    return out;
}

} // namespace

QByteArray incidentReportJson(const IncidentReportView& view)
{
    const auto& report = view.report.figures;
    QJsonObject root;
    root.insert(u"alerts"_s, qint64(report.overall.alerts));
    root.insert(u"closed"_s, qint64(report.overall.closed));
    root.insert(u"open"_s, qint64(report.overall.alerts - report.overall.closed));
    QJsonArray skipped;
    for (const auto& s : view.skipped) {
        skipped.append(QJsonObject{{u"index"_s, qint64(s.index)},
            {u"alert"_s, s.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.key)}, {u"reason"_s, s.reason}});
    }
    root.insert(u"skipped"_s, skipped);
    root.insert(u"overall"_s, groupJson(report.overall));
    QJsonObject byPriority;
    for (auto it = report.byPriority.cbegin(); it != report.byPriority.cend(); ++it)
        byPriority.insert(alerts::priorityName(it.key()), groupJson(it.value()));
    root.insert(u"by_priority"_s, byPriority);
    QJsonObject byTeam;
    for (auto it = report.byTeam.cbegin(); it != report.byTeam.cend(); ++it)
        byTeam.insert(it.key(), groupJson(it.value()));
    root.insert(u"by_team"_s, byTeam);
    root.insert(u"mttd_seconds"_s, distributionJson(report.overall.mttd));
    root.insert(u"mttd_count"_s, qint64(report.overall.mttd ? report.overall.mttd->count : 0));
    root.insert(u"escalation_rate"_s, optionalJson(report.overall.escalationRate()));
    root.insert(u"closed_without_action_share"_s, optionalJson(report.overall.closedWithoutActionShare()));
    QJsonObject volume;
    for (auto team = report.volumeByTeamWeek.cbegin(); team != report.volumeByTeamWeek.cend(); ++team) {
        QJsonObject weeks;
        for (auto week = team.value().cbegin(); week != team.value().cend(); ++week)
            weeks.insert(week.key(), qint64(week.value()));
        volume.insert(team.key(), weeks);
    }
    root.insert(u"volume_by_team_week"_s, volume);
    QJsonObject weeks;
    for (auto week = report.volumeByWeek.cbegin(); week != report.volumeByWeek.cend(); ++week)
        weeks.insert(week.key(), qint64(week.value()));
    root.insert(u"volume_by_week"_s, weeks);
    QJsonArray daily;
    for (const auto& day : report.daily) {
        daily.append(QJsonObject{{u"date"_s, day.day.toString(Qt::ISODate)},
            {u"count"_s, qint64(day.mtta ? day.mtta->count : 0)}, {u"mtta_seconds"_s, dayDistributionJson(day.mtta)},
            {u"mttr_seconds"_s, dayDistributionJson(day.mttr)}});
    }
    root.insert(u"daily"_s, daily);
    addManagerSections(root, view);
    QJsonObject definitions;
    for (const auto& [name, text] : reports::reportDefinitions())
        definitions.insert(name, text);
    root.insert(u"definitions"_s, definitions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray incidentReportCsv(const IncidentReportView& view)
{
    const QStringList header{u"group"_s, u"name"_s, u"count"_s, u"mtta_mean_seconds"_s, u"mtta_p50_seconds"_s,
        u"mtta_p95_seconds"_s, u"mttr_mean_seconds"_s, u"mttr_p50_seconds"_s, u"mttr_p95_seconds"_s, u"alerts"_s,
        u"mttd_count"_s, u"mttd_mean_seconds"_s, u"mttd_p50_seconds"_s, u"mttd_p95_seconds"_s, u"escalated"_s,
        u"escalation_rate"_s, u"closed_without_action"_s, u"closed_without_action_share"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (const auto& [kind, name, g] : groupsOf(view.report.figures)) {
        const QStringList row{kind, name, QString::number(g->closed), secondsCell(g->mtta, &Distribution::mean),
            secondsCell(g->mtta, &Distribution::p50), secondsCell(g->mtta, &Distribution::p95),
            secondsCell(g->mttr, &Distribution::mean), secondsCell(g->mttr, &Distribution::p50),
            secondsCell(g->mttr, &Distribution::p95), QString::number(g->alerts),
            QString::number(g->mttd ? g->mttd->count : 0), secondsCell(g->mttd, &Distribution::mean),
            secondsCell(g->mttd, &Distribution::p50), secondsCell(g->mttd, &Distribution::p95),
            QString::number(g->escalated), optionalCell(g->escalationRate()), QString::number(g->closedWithoutAction),
            optionalCell(g->closedWithoutActionShare())};
        QStringList fields;
        for (const QString& cell : row)
            fields.append(reports::csvField(cell));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray incidentReportTable(const IncidentReportView& view)
{
    const auto& report = view.report.figures;
    const GroupMetrics& overall = report.overall;
    QString out = u"Alerts: %1 read, %2 closed, %3 open"_s.arg(overall.alerts)
                      .arg(overall.closed)
                      .arg(overall.alerts - overall.closed);
    if (!view.skipped.isEmpty())
        out += u", %1 skipped"_s.arg(view.skipped.size());
    out += u'\n';
    if (overall.alerts == 0)
        out += u"No alerts in the file.\n"_s;
    else if (overall.closed == 0)
        out += u"No closed alerts: MTTA and MTTR are over closed alerts only.\n"_s;
    out += u'\n';

    const QStringList header{u"GROUP"_s, u"ALERTS"_s, u"CLOSED"_s, u"MTTA MEAN"_s, u"MTTA P50"_s, u"MTTA P95"_s,
        u"MTTR MEAN"_s, u"MTTR P50"_s, u"MTTR P95"_s, u"ESCALATED"_s, u"NO ACTION"_s};
    QList<QStringList> rows;
    for (const auto& [kind, name, g] : groupsOf(report)) {
        const QString label = kind == u"overall" ? kind : QString(kind + u' ' + name);
        rows.append(
            {label, QString::number(g->alerts), QString::number(g->closed), durationCell(g->mtta, &Distribution::mean),
                durationCell(g->mtta, &Distribution::p50), durationCell(g->mtta, &Distribution::p95),
                durationCell(g->mttr, &Distribution::mean), durationCell(g->mttr, &Distribution::p50),
                durationCell(g->mttr, &Distribution::p95), shareCell(g->escalated, g->escalationRate()),
                shareCell(g->closedWithoutAction, g->closedWithoutActionShare())});
    }
    out += textTable(header, rows, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    for (const reports::ReportTable& table : reports::reportTables(view.report, view.slos)) {
        if (table.id != u"groups" && table.id != u"team_volume")
            out += tableText(table);
    }

    out += u'\n';
    if (overall.mttd) {
        out += u"MTTD: %1 of %2 closed alerts give an occurrence time: mean %3, p50 %4, p95 %5\n"_s
                   .arg(overall.mttd->count)
                   .arg(overall.closed)
                   .arg(humanDuration(overall.mttd->mean), humanDuration(overall.mttd->p50),
                       humanDuration(overall.mttd->p95));
    } else {
        out += u"MTTD: no closed alert gives an occurrence time (firstOccurredAt, details.startsAt, ...)\n"_s;
    }

    if (!report.volumeByTeamWeek.isEmpty()) {
        out += u"\nAlert volume per team per ISO week (every alert, by createdAt in UTC):\n"_s;
        QList<QStringList> volume;
        for (auto team = report.volumeByTeamWeek.cbegin(); team != report.volumeByTeamWeek.cend(); ++team) {
            for (auto week = team.value().cbegin(); week != team.value().cend(); ++week)
                volume.append({team.key(), week.key(), QString::number(week.value())});
        }
        out += textTable({u"TEAM"_s, u"WEEK"_s, u"ALERTS"_s}, volume, {2});
    }

    if (view.daily && !report.daily.isEmpty()) {
        out += u"\nDaily, closed alerts by the UTC day they were created:\n"_s;
        QList<QStringList> days;
        for (const auto& day : report.daily) {
            days.append({day.day.toString(Qt::ISODate), QString::number(day.mtta ? day.mtta->count : 0),
                durationCell(day.mtta, &Distribution::mean), durationCell(day.mtta, &Distribution::min),
                durationCell(day.mtta, &Distribution::max), durationCell(day.mttr, &Distribution::mean),
                durationCell(day.mttr, &Distribution::min), durationCell(day.mttr, &Distribution::max)});
        }
        out += textTable({u"DAY"_s, u"CLOSED"_s, u"MTTA MEAN"_s, u"MTTA MIN"_s, u"MTTA MAX"_s, u"MTTR MEAN"_s,
                             u"MTTR MIN"_s, u"MTTR MAX"_s},
            days, {1, 2, 3, 4, 5, 6, 7});
    }

    if (!view.skipped.isEmpty()) {
        out += u"\nSkipped:\n"_s;
        for (const auto& s : view.skipped)
            out += u"  "_s + skippedLine(s) + u'\n';
    }

    out += u"\nDefinitions:\n"_s;
    for (const auto& [name, text] : reports::reportDefinitions())
        out += u"  "_s + name + u": "_s + text + u'\n';
    return out.toUtf8();
}

} // namespace wk::cli
