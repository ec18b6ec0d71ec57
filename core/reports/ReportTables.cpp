#include "reports/ReportTables.h"

#include "reports/ReportText.h"

#include "alerts/Alert.h"
#include "common/TimeText.h"

#include <QDir>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::reports {

namespace {

using analytics::incidents::GroupMetrics;

QVariant ratioValue(std::optional<double> ratio)
{
    return ratio ? QVariant(*ratio) : QVariant();
}

QVariant secondsValue(const std::optional<Distribution>& d, double Distribution::*field)
{
    return d ? QVariant((*d).*field) : QVariant();
}

QVariant countValue(qsizetype n)
{
    return QVariant(qint64(n));
}

QVariant metText(bool met)
{
    return met ? ReportText::tr("met") : missedText();
}

QVariant targetMet(std::optional<double> value, double target)
{
    return value ? metText(*value < target) : QVariant(ReportText::tr("no data"));
}

ReportTable targetsTable(const ManagerReport& report)
{
    ReportTable t{u"targets"_s, ReportText::tr("Targets"),
        {ReportText::tr("Measure"), ReportText::tr("Value"), ReportText::tr("Target"), ReportText::tr("Status")},
        {CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text}, {}, {}};
    const auto percent = [](std::optional<double> v) { return cellText(ratioValue(v), CellKind::Ratio); };
    const auto& overall = report.figures.overall;
    t.rows.append(QList<QVariant>{ReportText::tr("Escalation rate"), percent(report.escalationRate()),
        QString(u"< "_s + cellText(report.targets.escalationRate, CellKind::Ratio)),
        targetMet(report.escalationRate(), report.targets.escalationRate)});
    t.rows.append(QList<QVariant>{ReportText::tr("False-positive rate"), percent(report.falsePositiveRate()),
        QString(u"< "_s + cellText(report.targets.falsePositiveRate, CellKind::Ratio)),
        targetMet(report.falsePositiveRate(), report.targets.falsePositiveRate)});
    const qsizetype busiest = report.busiestTeamWeek();
    const QStringList over = report.teamsOverVolumeTarget();
    t.rows.append(QList<QVariant>{ReportText::tr("Alerts in the busiest team week"), QString::number(busiest),
        ReportText::tr("< %1 per team per week").arg(report.targets.alertsPerTeamWeek),
        over.isEmpty() ? metText(true) : QVariant(QString(missedText() + u": "_s + over.join(u", "_s)))});
    // The seed's response targets: MTTA under 5 minutes; MTTR under 30 minutes for P1 and 2 hours for P2.
    const auto mean
        = [](const std::optional<Distribution>& d) { return d ? std::optional<double>(d->mean) : std::nullopt; };
    t.rows.append(QList<QVariant>{ReportText::tr("MTTA (mean)"),
        cellText(secondsValue(overall.mtta, &Distribution::mean), CellKind::Seconds), u"< 5m"_s,
        targetMet(mean(overall.mtta), 300.0)});
    const GroupMetrics p1 = report.figures.byPriority.value(alerts::Priority::P1);
    const GroupMetrics p2 = report.figures.byPriority.value(alerts::Priority::P2);
    t.rows.append(QList<QVariant>{ReportText::tr("MTTR of P1 (mean)"),
        cellText(secondsValue(p1.mttr, &Distribution::mean), CellKind::Seconds), u"< 30m"_s,
        targetMet(mean(p1.mttr), 1800.0)});
    t.rows.append(QList<QVariant>{ReportText::tr("MTTR of P2 (mean)"),
        cellText(secondsValue(p2.mttr, &Distribution::mean), CellKind::Seconds), u"< 2h"_s,
        targetMet(mean(p2.mttr), 7200.0)});
    t.note = ReportText::tr("Targets from the on-call handbook; a rate with no closed alert has no data.");
    return t;
}

ReportTable weeklyTable(const ManagerReport& report)
{
    ReportTable t{u"weekly"_s, ReportText::tr("MTTA and MTTR per week"),
        {ReportText::tr("Week"), ReportText::tr("Alerts"), ReportText::tr("Closed"), ReportText::tr("MTTA mean"),
            ReportText::tr("MTTA median"), ReportText::tr("MTTA p95"), ReportText::tr("MTTR mean"),
            ReportText::tr("MTTR median"), ReportText::tr("MTTR p95")},
        {CellKind::Text, CellKind::Count, CellKind::Count, CellKind::Seconds, CellKind::Seconds, CellKind::Seconds,
            CellKind::Seconds, CellKind::Seconds, CellKind::Seconds},
        {}, ReportText::tr("Closed alerts by the ISO week (UTC) they were created in.")};
    for (const WeekFigures& w : report.weeks) {
        t.rows.append(QList<QVariant>{w.week, countValue(w.alerts), countValue(w.closed),
            secondsValue(w.mtta, &Distribution::mean), secondsValue(w.mtta, &Distribution::p50),
            secondsValue(w.mtta, &Distribution::p95), secondsValue(w.mttr, &Distribution::mean),
            secondsValue(w.mttr, &Distribution::p50), secondsValue(w.mttr, &Distribution::p95)});
    }
    return t;
}

QList<QVariant> groupRow(const QString& kind, const QString& name, const GroupMetrics& g)
{
    return {kind, name, countValue(g.alerts), countValue(g.closed), secondsValue(g.mtta, &Distribution::mean),
        secondsValue(g.mtta, &Distribution::p50), secondsValue(g.mtta, &Distribution::p95),
        secondsValue(g.mttr, &Distribution::mean), secondsValue(g.mttr, &Distribution::p50),
        secondsValue(g.mttr, &Distribution::p95), countValue(g.escalated), ratioValue(g.escalationRate()),
        countValue(g.closedWithoutAction), ratioValue(g.closedWithoutActionShare())};
}

ReportTable groupsTable(const ManagerReport& report)
{
    ReportTable t{u"groups"_s, ReportText::tr("By priority and team"),
        {ReportText::tr("Group"), ReportText::tr("Name"), ReportText::tr("Alerts"), ReportText::tr("Closed"),
            ReportText::tr("MTTA mean"), ReportText::tr("MTTA median"), ReportText::tr("MTTA p95"),
            ReportText::tr("MTTR mean"), ReportText::tr("MTTR median"), ReportText::tr("MTTR p95"),
            ReportText::tr("Escalated"), ReportText::tr("Escalation rate"), ReportText::tr("Closed without action"),
            ReportText::tr("False-positive rate")},
        {CellKind::Text, CellKind::Text, CellKind::Count, CellKind::Count, CellKind::Seconds, CellKind::Seconds,
            CellKind::Seconds, CellKind::Seconds, CellKind::Seconds, CellKind::Seconds, CellKind::Count,
            CellKind::Ratio, CellKind::Count, CellKind::Ratio},
        {}, ReportText::tr("An alert counts once for each of its teams, so team rows can add up to more than all.")};
    const auto& f = report.figures;
    t.rows.append(groupRow(ReportText::tr("all"), ReportText::tr("all"), f.overall));
    for (auto it = f.byPriority.cbegin(); it != f.byPriority.cend(); ++it) {
        if (it->alerts > 0)
            t.rows.append(groupRow(ReportText::tr("priority"), alerts::priorityName(it.key()), it.value()));
    }
    for (auto it = f.byTeam.cbegin(); it != f.byTeam.cend(); ++it)
        t.rows.append(groupRow(ReportText::tr("team"), it.key(), it.value()));
    return t;
}

ReportTable teamVolumeTable(const ManagerReport& report)
{
    ReportTable t{u"team_volume"_s, ReportText::tr("Alerts per team per week"), {ReportText::tr("Team")},
        {CellKind::Text}, {},
        ReportText::tr("Every alert, open ones too, by the ISO week (UTC) of its creation; target under %1.")
            .arg(report.targets.alertsPerTeamWeek)};
    for (const WeekFigures& w : report.weeks) {
        t.columns.append(w.week);
        t.kinds.append(CellKind::Count);
    }
    t.columns.append(ReportText::tr("Weeks over target"));
    t.kinds.append(CellKind::Count);
    for (auto team = report.figures.volumeByTeamWeek.cbegin(); team != report.figures.volumeByTeamWeek.cend(); ++team) {
        QList<QVariant> row{team.key()};
        qsizetype over = 0;
        for (const WeekFigures& w : report.weeks) {
            const qsizetype n = team->value(w.week, 0);
            row.append(countValue(n));
            over += double(n) >= report.targets.alertsPerTeamWeek ? 1 : 0;
        }
        row.append(countValue(over));
        t.rows.append(row);
    }
    return t;
}

QList<QVariant> interruptionRow(const QString& who, const InterruptionCounts& c)
{
    return {who, countValue(c.businessHours), countValue(c.eveningsAndWeekends), countValue(c.sleepHours),
        countValue(c.total()), ratioValue(c.sleepShare())};
}

ReportTable interruptionsTable(const ManagerReport& report)
{
    ReportTable t{u"interruptions"_s, ReportText::tr("Interruptions"),
        {ReportText::tr("Team"), ReportText::tr("Business hours"), ReportText::tr("Evenings and weekends"),
            ReportText::tr("Sleep hours"), ReportText::tr("Total"), ReportText::tr("Sleep share")},
        {CellKind::Text, CellKind::Count, CellKind::Count, CellKind::Count, CellKind::Count, CellKind::Ratio}, {},
        ReportText::tr("Alerts by the on-call time zone's wall clock (%1).")
            .arg(QString::fromUtf8(report.period.zone.id()))};
    t.rows.append(interruptionRow(ReportText::tr("all"), report.interruptions));
    for (auto it = report.interruptionsByTeam.cbegin(); it != report.interruptionsByTeam.cend(); ++it)
        t.rows.append(interruptionRow(it.key(), it.value()));
    return t;
}

ReportTable noisyTable(const ManagerReport& report)
{
    ReportTable t{u"noisy"_s, ReportText::tr("Noisiest alerts"),
        {ReportText::tr("Alert"), ReportText::tr("Alerts"), ReportText::tr("Share"),
            ReportText::tr("Closed without action"), ReportText::tr("Median time to close"), ReportText::tr("Teams"),
            ReportText::tr("Services")},
        {CellKind::Text, CellKind::Count, CellKind::Ratio, CellKind::Count, CellKind::Seconds, CellKind::Text,
            CellKind::Text},
        {}, ReportText::tr("Alerts grouped by their message, most frequent first.")};
    const qsizetype all = report.figures.overall.alerts;
    for (const NoisyAlert& n : report.noisy) {
        t.rows.append(
            QList<QVariant>{n.name, countValue(n.count), all > 0 ? QVariant(double(n.count) / double(all)) : QVariant(),
                countValue(n.closedWithoutAction), n.medianCloseSeconds ? QVariant(*n.medianCloseSeconds) : QVariant(),
                n.teams.join(u", "_s), n.services.join(u", "_s)});
    }
    return t;
}

ReportTable sloTable(const QList<SloCompliance>& slos)
{
    ReportTable t{u"slo"_s, ReportText::tr("SLO compliance"),
        {ReportText::tr("SLO"), ReportText::tr("Objective"), ReportText::tr("Achieved"), ReportText::tr("Status"),
            ReportText::tr("Budget burned")},
        {CellKind::Text, CellKind::Ratio, CellKind::Ratio, CellKind::Text, CellKind::Ratio}, {},
        ReportText::tr("Achieved = 1 - the error ratio over the whole period; budget burned is of the SLO's own "
                       "period.")};
    for (const SloCompliance& s : slos) {
        const QVariant status = !s.error.isEmpty() ? QVariant(s.error)
            : s.achieved                           ? metText(s.met())
                                                   : QVariant(ReportText::tr("no traffic"));
        t.rows.append(QList<QVariant>{s.name, s.objective, ratioValue(s.achieved), status, ratioValue(s.budgetBurned)});
    }
    return t;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QList<ReportTable> reportTables(const ManagerReport& report, const QList<SloCompliance>& slos)
{
    QList<ReportTable> tables{targetsTable(report), weeklyTable(report), groupsTable(report), teamVolumeTable(report),
        interruptionsTable(report), noisyTable(report)};
    if (!slos.isEmpty())
        tables.append(sloTable(slos));
    return tables;
}

QString missedText()
{
    return ReportText::tr("MISSED");
}

QStringList reportTableIds()
{
    return {u"targets"_s, u"weekly"_s, u"groups"_s, u"team_volume"_s, u"interruptions"_s, u"noisy"_s, u"slo"_s};
}

QString cellText(const QVariant& value, CellKind kind)
{
    if (!value.isValid() || value.isNull())
        return u"-"_s;
    switch (kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Count:
        return QString::number(value.toLongLong());
    case CellKind::Seconds:
        return humanDuration(value.toDouble());
    case CellKind::Ratio: {
        const double percent = value.toDouble() * 100.0;
        // 99.95 % must not read as 100 %: an SLO objective needs its decimals.
        const int decimals = percent > 99.0 && percent < 100.0 ? 2 : 1;
        return QString::number(percent, 'f', decimals) + u" %"_s;
    }
    }
    return value.toString();
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray tableCsv(const ReportTable& table)
{
    // A CSV keeps numbers, so its header says their unit.
    QStringList header;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const CellKind kind = table.kinds.value(i, CellKind::Text);
        const QString unit = kind == CellKind::Seconds ? u" (s)"_s
            : kind == CellKind::Ratio                  ? u" (ratio)"_s
                                                       : QString();
        header.append(csvField(table.columns[i] + unit));
    }
    QString out = header.join(u',') + u"\r\n"_s;
    for (const auto& row : table.rows) {
        QStringList fields;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant& v = row[i];
            const CellKind kind = table.kinds.value(i, CellKind::Text);
            if (!v.isValid() || v.isNull())
                fields.append(QString());
            else if (kind == CellKind::Seconds)
                fields.append(numberText(std::round(v.toDouble() * 1000.0) / 1000.0));
            else if (kind == CellKind::Ratio)
                fields.append(numberText(v.toDouble()));
            else if (kind == CellKind::Count)
                fields.append(QString::number(v.toLongLong()));
            else
                fields.append(csvField(v.toString()));
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

Result<void> writeTablesCsv(const QList<ReportTable>& tables, const QString& folder)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, ReportText::tr("cannot make the folder %1").arg(folder));
    for (const ReportTable& table : tables) {
        const QString path = dir.filePath(table.id + u".csv"_s);
        const QByteArray csv = tableCsv(table);
        QSaveFile file(path);
        // Flushed before commit(): Qt 6.4's QSaveFile commits even when the buffered write failed (a full disk), and
        // the earlier file is lost to an empty or cut one.
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.flush() || !file.commit())
            return makeError(ErrorCode::Io, ReportText::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace wk::reports
