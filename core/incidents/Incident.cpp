#include "incidents/Incident.h"

#include <QStringView>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace wk::incidents {

namespace {

constexpr std::pair<IncidentStatus, QStringView> statusTokens[] = {
    {IncidentStatus::Open, u"open"},
    {IncidentStatus::Acknowledged, u"acknowledged"},
    {IncidentStatus::Investigating, u"investigating"},
    {IncidentStatus::Identified, u"identified"},
    {IncidentStatus::Monitoring, u"monitoring"},
    {IncidentStatus::Resolved, u"resolved"},
};

constexpr std::pair<Severity, QStringView> severityTokens[] = {
    {Severity::Sev1, u"SEV1"},
    {Severity::Sev2, u"SEV2"},
    {Severity::Sev3, u"SEV3"},
    {Severity::Sev4, u"SEV4"},
};

template <typename Enum, std::size_t N> QString tokenOf(const std::pair<Enum, QStringView> (&tokens)[N], Enum value)
{
    for (const auto& [v, token] : tokens) {
        if (v == value)
            return token.toString();
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, QStringView> (&tokens)[N], const QString& token)
{
    for (const auto& [v, t] : tokens) {
        if (t == token)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString statusToken(IncidentStatus status)
{
    return tokenOf(statusTokens, status);
}

std::optional<IncidentStatus> statusFromToken(const QString& token)
{
    return valueOf(statusTokens, token);
}

QString severityToken(Severity severity)
{
    return tokenOf(severityTokens, severity);
}

std::optional<Severity> severityFromToken(const QString& token)
{
    return valueOf(severityTokens, token);
}

Severity severityForPriority(alerts::Priority priority)
{
    switch (priority) {
    case alerts::Priority::P1:
        return Severity::Sev1;
    case alerts::Priority::P2:
        return Severity::Sev2;
    case alerts::Priority::P3:
        return Severity::Sev3;
    case alerts::Priority::P4:
    case alerts::Priority::P5:
        break;
    }
    return Severity::Sev4;
}

bool isAcknowledgedOrLater(IncidentStatus status)
{
    return status != IncidentStatus::Open;
}

NewIncident incidentFromAlerts(const QList<alerts::Alert>& alerts)
{
    NewIncident draft;
    if (alerts.isEmpty())
        return draft;
    draft.title = alerts.first().message;
    auto highest = alerts.first().priority;
    for (const alerts::Alert& alert : alerts) {
        highest = std::min(highest, alert.priority);
        if (!alert.service.isEmpty() && !draft.services.contains(alert.service))
            draft.services.append(alert.service);
        if (std::ranges::none_of(draft.alerts, [&](const LinkedAlert& l) { return l.alertId == alert.id; }))
            draft.alerts.append(LinkedAlert{alert.id, alert.tinyId});
    }
    draft.severity = severityForPriority(highest);
    draft.services.sort();
    return draft;
}

} // namespace wk::incidents
