#include "cli/ReportOutput.h"

#include "cli/TextTable.h"

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

} // namespace

QList<std::pair<QString, QString>> reportDefinitions()
{
    return {
        {u"mtta"_s,
            u"time from creation to the first acknowledgement (report.ackTime), over closed alerts only, as "
            u"Opsgenie's reports compute it; an alert closed without an acknowledgement uses its close time"_s},
        {u"mttr"_s, u"time from creation to close (report.closeTime), over the same closed alerts"_s},
        {u"percentiles"_s,
            u"p50 and p95 interpolate linearly between ranks (rank = p x (n - 1), numpy.percentile's default)"_s},
        {u"mttd"_s,
            u"createdAt minus the time the condition began, for closed alerts that carry one: firstOccurredAt, or "
            u"details/extraProperties firstOccurredAt, startsAt or occurredAt (ISO 8601 or epoch ms); a time after "
            u"createdAt (clock skew) counts as 0"_s},
        {u"escalation_rate"_s,
            u"share of closed alerts that were escalated: a responder of type escalation, a tag \"escalated\" or "
            u"details.escalated = true; the alert object keeps no escalation history, so this is a lower bound"_s},
        {u"closed_without_action"_s,
            u"closed alerts never acknowledged, with no owner, and not closed by a person (report.closedBy is not a "
            u"username: \"System\", an integration or empty): they went away on their own, a false-positive signal"_s},
        {u"teams"_s,
            u"an alert counts once for each team responder (by name, else id; the alert's teams when it has no team "
            u"responder), so team rows can add up to more than overall; alerts without a team are under \"(no "
            u"team)\""_s},
        {u"volume"_s, u"every alert, open ones too, by the ISO 8601 week of its createdAt in UTC"_s},
        {u"skipped"_s,
            u"alerts that cannot be used (no createdAt, a negative or non-numeric ackTime, a closed alert without "
            u"closeTime, ...) are skipped and listed; the command fails only when no alert is usable"_s},
    };
}

QString humanDuration(double seconds)
{
    if (seconds < 1.0)
        return u"%1ms"_s.arg(std::llround(seconds * 1000.0));
    if (seconds < 9.95) // "5s", "9.6s"
        return QString::number(std::round(seconds * 10.0) / 10.0) + u's';
    const qint64 s = std::llround(seconds);
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m %2s"_s.arg(s / 60).arg(s % 60);
    if (s < 86400)
        return u"%1h %2m"_s.arg(s / 3600).arg(s % 3600 / 60);
    return u"%1d %2h"_s.arg(s / 86400).arg(s % 86400 / 3600);
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray incidentReportJson(const IncidentReportView& view)
{
    const auto& report = view.report;
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
    QJsonObject definitions;
    for (const auto& [name, text] : reportDefinitions())
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
    for (const auto& [kind, name, g] : groupsOf(view.report)) {
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
            fields.append(csvField(cell));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray incidentReportTable(const IncidentReportView& view)
{
    const auto& report = view.report;
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
    for (const auto& [name, text] : reportDefinitions())
        out += u"  "_s + name + u": "_s + text + u'\n';
    return out.toUtf8();
}

} // namespace wk::cli
