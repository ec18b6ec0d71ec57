#include "IncidentText.h"

#include "common/Theme.h"
#include "common/TimeText.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wk::ui {

// The context lupdate files these words under: free functions have no class of their own.
class IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentText)
};

namespace {

QString payloadText(const incidents::TimelineEvent& event, const char* key)
{
    return event.payload.value(QLatin1StringView(key)).toString();
}

QString statusWord(const QString& token)
{
    const auto status = incidents::statusFromToken(token);
    return status ? incidentStatusText(*status) : token;
}

QString alertName(const incidents::TimelineEvent& event)
{
    const QString tiny = payloadText(event, "tiny_id");
    return tiny.isEmpty() ? payloadText(event, "alert_id") : u'#' + tiny;
}

QString withNote(const QString& line, const QString& note)
{
    return note.isEmpty() ? line : line + u" — "_s + note;
}

QString actionText(const incidents::TimelineEvent& event)
{
    const QString action = payloadText(event, "action");
    const QString alert = alertName(event);
    QString what;
    if (action == u"ack")
        what = IncidentText::tr("Acknowledged alert %1").arg(alert);
    else if (action == u"unack")
        what = IncidentText::tr("Unacknowledged alert %1").arg(alert);
    else if (action == u"close")
        what = IncidentText::tr("Closed alert %1").arg(alert);
    else if (action == u"escalate")
        what = IncidentText::tr("Escalated alert %1 to %2").arg(alert, payloadText(event, "escalation"));
    else if (action == u"snooze")
        what = IncidentText::tr("Snoozed alert %1 until %2").arg(alert, payloadText(event, "until"));
    else if (action == u"assign")
        what = IncidentText::tr("Assigned alert %1 to %2").arg(alert, payloadText(event, "assignee"));
    else if (action == u"note")
        what = IncidentText::tr("Added a note to alert %1").arg(alert);
    else
        what = IncidentText::tr("%1 on alert %2").arg(action, alert);
    if (payloadText(event, "state") == u"failed")
        what = IncidentText::tr("%1: FAILED (%2)").arg(what, payloadText(event, "error"));
    return withNote(what, event.note);
}

QString backendText(const incidents::TimelineEvent& event)
{
    const QString activity = payloadText(event, "activity");
    const QString alert = alertName(event);
    if (activity == u"acknowledged")
        return IncidentText::tr("Alert %1 acknowledged in the alert service").arg(alert);
    if (activity == u"closed")
        return IncidentText::tr("Alert %1 closed in the alert service").arg(alert);
    return IncidentText::tr("Note on alert %1: %2").arg(alert, event.note);
}

QString crossingText(const incidents::TimelineEvent& event)
{
    const QString panel = payloadText(event, "panel");
    const QString series = payloadText(event, "series");
    const QString what = series.isEmpty() ? panel : panel + u" (" + series + u')';
    const double value = event.payload.value(u"value"_s).toDouble();
    const double threshold = event.payload.value(u"threshold"_s).toDouble();
    const int level = event.payload.value(u"level"_s).toInt();
    const QString number = QString::number(value, 'g', 4);
    const QString line = QString::number(threshold, 'g', 4);
    if (level == 0)
        return IncidentText::tr("%1 back to normal at %2 (line %3)").arg(what, number, line);
    const QString severity = level >= 2 ? IncidentText::tr("critical") : IncidentText::tr("warning");
    const bool above = payloadText(event, "direction") != u"below";
    return (above ? IncidentText::tr("%1 rose above %2 (%3): %4") : IncidentText::tr("%1 fell below %2 (%3): %4"))
        .arg(what, line, severity, number);
}

QString scriptText(const incidents::TimelineEvent& event)
{
    const QString step = payloadText(event, "step_id");
    if (event.payload.value(u"timed_out"_s).toBool())
        return IncidentText::tr("Script of step %1 timed out").arg(step);
    if (event.payload.value(u"cancelled"_s).toBool())
        return IncidentText::tr("Script of step %1 was stopped").arg(step);
    return IncidentText::tr("Script of step %1 exited with %2")
        .arg(step)
        .arg(event.payload.value(u"exit_code"_s).toInt());
}

} // namespace

QString incidentStatusText(incidents::IncidentStatus status)
{
    using incidents::IncidentStatus;
    switch (status) {
    case IncidentStatus::Open:
        return IncidentText::tr("Open");
    case IncidentStatus::Acknowledged:
        return IncidentText::tr("Acknowledged");
    case IncidentStatus::Investigating:
        return IncidentText::tr("Investigating");
    case IncidentStatus::Identified:
        return IncidentText::tr("Identified");
    case IncidentStatus::Monitoring:
        return IncidentText::tr("Monitoring");
    case IncidentStatus::Resolved:
        return IncidentText::tr("Resolved");
    }
    return {};
}

QString severityText(incidents::Severity severity)
{
    return incidents::severityToken(severity);
}

QString severityMeaning(incidents::Severity severity)
{
    using incidents::Severity;
    switch (severity) {
    case Severity::Sev1:
        return IncidentText::tr("critical: customers cannot use the service");
    case Severity::Sev2:
        return IncidentText::tr("major: a core function is degraded");
    case Severity::Sev3:
        return IncidentText::tr("minor: partial or internal impact");
    case Severity::Sev4:
        return IncidentText::tr("low: little or no visible impact");
    }
    return {};
}

QColor severityColor(incidents::Severity severity)
{
    using incidents::Severity;
    switch (severity) {
    case Severity::Sev1:
        return theme::critical;
    case Severity::Sev2:
        return theme::warning;
    case Severity::Sev3:
        return QColor(0xe9, 0xc4, 0x6a);
    case Severity::Sev4:
        return theme::mutedText;
    }
    return theme::text;
}

QColor incidentStatusColor(incidents::IncidentStatus status)
{
    using incidents::IncidentStatus;
    switch (status) {
    case IncidentStatus::Open:
        return theme::critical;
    case IncidentStatus::Acknowledged:
    case IncidentStatus::Investigating:
        return theme::warning;
    case IncidentStatus::Identified:
    case IncidentStatus::Monitoring:
        return theme::accent;
    case IncidentStatus::Resolved:
        return theme::ok;
    }
    return theme::text;
}

QString timelineKindText(incidents::EventKind kind)
{
    using incidents::EventKind;
    switch (kind) {
    case EventKind::Created:
        return IncidentText::tr("opened");
    case EventKind::StatusChanged:
        return IncidentText::tr("status");
    case EventKind::SeverityChanged:
        return IncidentText::tr("severity");
    case EventKind::RoleAssigned:
        return IncidentText::tr("role");
    case EventKind::AlertLinked:
        return IncidentText::tr("alert");
    case EventKind::Note:
        return IncidentText::tr("note");
    case EventKind::NoteEdited:
        return IncidentText::tr("edit");
    case EventKind::RunbookStepDone:
        return IncidentText::tr("runbook");
    case EventKind::Action:
        return IncidentText::tr("action");
    case EventKind::BackendNote:
        return IncidentText::tr("alerting");
    case EventKind::ThresholdCrossed:
        return IncidentText::tr("threshold");
    case EventKind::Snapshot:
        return IncidentText::tr("snapshot");
    case EventKind::ScriptRun:
        return IncidentText::tr("script");
    }
    return {};
}

QString timelineText(const incidents::TimelineEvent& event)
{
    using incidents::EventKind;
    switch (event.kind) {
    case EventKind::Created:
        return withNote(
            IncidentText::tr("Opened \"%1\" as %2").arg(payloadText(event, "title"), payloadText(event, "severity")),
            event.note);
    case EventKind::StatusChanged:
        return withNote(IncidentText::tr("Status: %1 → %2")
                            .arg(statusWord(payloadText(event, "from")), statusWord(payloadText(event, "to"))),
            event.note);
    case EventKind::SeverityChanged:
        return withNote(IncidentText::tr("Severity: %1 → %2").arg(payloadText(event, "from"), payloadText(event, "to")),
            event.note);
    case EventKind::RoleAssigned: {
        const QString person = payloadText(event, "person");
        const QString role = payloadText(event, "role");
        return withNote(person.isEmpty() ? IncidentText::tr("%1: nobody now").arg(role)
                                         : IncidentText::tr("%1: %2").arg(role, person),
            event.note);
    }
    case EventKind::AlertLinked:
        return IncidentText::tr("Linked alert %1").arg(alertName(event));
    case EventKind::Note:
        return event.note;
    case EventKind::NoteEdited:
        return IncidentText::tr("Edited note %1: %2").arg(QString::number(event.refersTo), event.note);
    case EventKind::RunbookStepDone: {
        const bool done = event.payload.value(u"done"_s).toBool(true);
        const QString step = payloadText(event, "step_id");
        return withNote(done ? IncidentText::tr("Runbook step %1 done").arg(step)
                             : IncidentText::tr("Runbook step %1 not done after all").arg(step),
            event.note);
    }
    case EventKind::Action:
        return actionText(event);
    case EventKind::BackendNote:
        return backendText(event);
    case EventKind::ThresholdCrossed:
        return crossingText(event);
    case EventKind::Snapshot:
        return withNote(IncidentText::tr("Pinned: %1").arg(payloadText(event, "title")), event.note);
    case EventKind::ScriptRun:
        return scriptText(event);
    }
    return event.note;
}

QString badgeStyleSheet(const QColor& color, int pointSize)
{
    QString sheet
        = u"QLabel { background: %1; color: #11151c; border-radius: 4px; padding: 2px 8px; font-weight: bold; "_s.arg(
            color.name());
    if (pointSize > 0)
        sheet += u"font-size: %1pt; "_s.arg(pointSize);
    return sheet + u'}';
}

QString ageText(const QDateTime& from, const QDateTime& now)
{
    const qint64 seconds = std::max<qint64>(0, from.secsTo(now));
    return durationText(seconds < 3600 ? seconds : seconds / 60 * 60);
}

} // namespace wk::ui
