#include "reports/ReportTables.h"

#include "reports/ReportText.h"

using namespace Qt::StringLiterals;

namespace wk::reports {

QList<std::pair<QString, QString>> reportDefinitions()
{
    return {
        {u"mtta"_s,
            ReportText::tr(
                "time from creation to the first acknowledgement (report.ackTime), over closed alerts only, "
                "as Opsgenie's reports compute it; an alert closed without an acknowledgement uses its close "
                "time")},
        {u"mttr"_s, ReportText::tr("time from creation to close (report.closeTime), over the same closed alerts")},
        {u"percentiles"_s,
            ReportText::tr("median (p50) and p95 interpolate linearly between ranks (rank = p x (n - 1), "
                           "numpy.percentile's default)")},
        {u"mttd"_s,
            ReportText::tr("createdAt minus the time the condition began, for closed alerts that carry one: "
                           "firstOccurredAt, or details/extraProperties firstOccurredAt, startsAt or occurredAt (ISO "
                           "8601 or epoch ms); a time after createdAt (clock skew) counts as 0")},
        {u"escalation_rate"_s,
            ReportText::tr("escalated alerts / closed alerts; escalated: a responder of type escalation, a tag "
                           "\"escalated\", details.escalated = true or an escalation seen by the console or in the "
                           "imported activity log; target under 10 %")},
        {u"closed_without_action"_s,
            ReportText::tr("closed alerts never acknowledged, with no owner, and not closed by a person (closedBy is "
                           "not a username: \"System\", an integration or empty): they went away on their own")},
        {u"false_positive_rate"_s,
            ReportText::tr("closed without action / closed alerts: the share of alerts nobody needed to act on; "
                           "target under 5 %")},
        {u"teams"_s,
            ReportText::tr("an alert counts once for each of its teams, so team rows can add up to more than all; "
                           "alerts without a team are under \"(no team)\"")},
        {u"volume"_s,
            ReportText::tr("every alert, open ones too, by the ISO 8601 week of its createdAt in UTC; target under "
                           "20 per team per week")},
        {u"weekly"_s,
            ReportText::tr("MTTA and MTTR of the closed alerts created in each ISO week (UTC); a week with no closed "
                           "alert has no figure")},
        {u"interruptions"_s,
            ReportText::tr("every alert at its createdAt on the on-call time zone's wall clock: business hours "
                           "08:00-18:00 Monday-Friday, sleep hours 22:00-08:00 every day, evenings and weekends the "
                           "rest")},
        {u"noisy"_s,
            ReportText::tr("alerts grouped by their message, most frequent first, with how many closed without "
                           "action")},
        {u"slo_compliance"_s,
            ReportText::tr("1 - the SLO's error ratio over the whole period, asked of its source; met when at or "
                           "above the objective; budget burned = error ratio x period / ((1 - objective) x the SLO's "
                           "own period)")},
        {u"skipped"_s,
            ReportText::tr("alerts that cannot be used (no createdAt, a negative or non-numeric ackTime, a closed "
                           "alert without closeTime, ...) are skipped and listed; the command fails only when no alert "
                           "is usable")},
    };
}

} // namespace wk::reports
