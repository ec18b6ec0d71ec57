#pragma once

#include "analytics/incidents/IncidentMetrics.h"
#include "analytics/incidents/OpsgenieAlertsJson.h"
#include "reports/ManagerReport.h"
#include "reports/ReportTables.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace wk::cli {

struct IncidentReportView
{
    reports::ManagerReport report;
    QList<reports::SloCompliance> slos; // when the command asked the workspace's sources
    QList<analytics::incidents::SkippedAlert> skipped;
    bool daily = false; // the table lists the daily figures too (JSON always has them)
};

// {alerts, closed, open, skipped: [{index, alert, reason}], overall, by_priority: {P1..P5}, by_team: {name: group},
// mttd_seconds, escalation_rate, closed_without_action_share (overall's, repeated for scripts), volume_by_team_week:
// {team: {"2026-W53": n}}, volume_by_week, daily: [{date, count, mtta_seconds: {mean, min, max}, mttr_seconds}],
// definitions}. A group is {alerts, count (closed alerts), mtta_seconds, mttr_seconds, mttd_seconds: {mean, p50,
// p95}, mttd_count, escalated, escalation_rate, closed_without_ack, closed_without_action,
// closed_without_action_share}. Seconds are rounded to the millisecond; a figure with nothing to average is null.
QByteArray incidentReportJson(const IncidentReportView& view);

// One RFC 4180 row per group (overall, P1..P5, each team), CRLF line ends, empty cells where there is no figure.
QByteArray incidentReportCsv(const IncidentReportView& view);

// For people: a summary line, one table of groups with human durations, MTTD, weekly volume, the definitions.
QByteArray incidentReportTable(const IncidentReportView& view);

} // namespace wk::cli
