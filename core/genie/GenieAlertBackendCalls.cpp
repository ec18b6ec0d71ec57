#include "genie/GenieAlertBackend.h"

#include "genie/ActionRequests.h"

#include <QUuid>

using namespace Qt::StringLiterals;

// GenieAlertBackend's single-alert reads, notes and logs, who is on call, and the writes.
namespace wk::genie {

namespace {

constexpr int entriesPageSize = 100; // notes and log lines per page, the most either vendor gives

} // namespace

void GenieAlertBackend::get(const QString& alertId, QObject* context, Callback<alerts::Alert> done)
{
    if (isHeartbeatAlertId(alertId)) {
        done(makeError(ErrorCode::Unsupported, u"a heartbeat is not an alert of the service"_s));
        return;
    }
    withTeamNames([this, alertId, guard = QPointer<QObject>(context), done = std::move(done)]() mutable {
        if (!guard)
            return;
        GenieClient::Call call;
        call.domain = Domain::Alert;
        call.path = u"alerts/"_s + pathSegment(alertId);
        if (m_client.endpoint().vendor == Vendor::Opsgenie)
            call.query.addQueryItem(u"identifierType"_s, u"id"_s);
        QObject* context = guard.data();
        m_client.json(call, context,
            guarded<QJsonObject>(
                context, [this, alertId, context, done = std::move(done)](Result<QJsonObject> answer) mutable {
                    auto alert = answer ? readAlertAnswer(*answer, m_teamNames)
                                        : Result<alerts::Alert>(std::unexpected(answer.error()));
                    if (!alert) {
                        done(std::unexpected(alert.error()));
                        return;
                    }
                    fetchEntries(alertId, false, context,
                        [alert = *alert, done = std::move(done)](Result<QList<alerts::AlertNote>> notes) mutable {
                            if (notes)
                                alert.notes = *notes; // notes are a nicety: the alert stands without them
                            done(alert);
                        });
                }));
    });
}

void GenieAlertBackend::fetchEntries(
    const QString& alertId, bool logs, QObject* context, Callback<QList<alerts::AlertNote>> done)
{
    const GenieEndpoint& e = m_client.endpoint();
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/"_s + pathSegment(alertId) + (logs ? u"/logs"_s : u"/notes"_s);
    if (e.vendor == Vendor::Opsgenie)
        call.query.addQueryItem(u"identifierType"_s, u"id"_s);
    call.query.addQueryItem(u"order"_s, u"desc"_s);
    // Opsgenie pages notes and logs with `offset` + `limit`, JSM Ops with `after` + `size`.
    call.query.addQueryItem(e.pageSizeParameter(), QString::number(entriesPageSize));
    m_client.json(
        call, context, guarded<QJsonObject>(context, [logs, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            auto page = logs ? readLogs(*answer) : readNotes(*answer);
            if (!page) {
                done(std::unexpected(page.error()));
                return;
            }
            done(page->notes);
        }));
}

void GenieAlertBackend::scheduleId(const QString& schedule, QObject* context, Callback<QString> done)
{
    // Opsgenie takes the name with scheduleIdentifierType=name. JSM Ops' schedule paths take ids only (it has no
    // identifier type), so a name is looked up once in its schedule list; an id in the workspace is used as is.
    if (m_client.endpoint().vendor == Vendor::Opsgenie || !QUuid::fromString(schedule).isNull()) {
        done(schedule);
        return;
    }
    if (const auto known = m_scheduleIds.constFind(schedule); known != m_scheduleIds.cend()) {
        done(*known);
        return;
    }
    GenieClient::Call call;
    call.domain = Domain::Configuration;
    call.path = u"schedules"_s;
    call.query.addQueryItem(u"query"_s, schedule);
    call.query.addQueryItem(u"size"_s, u"2"_s);
    m_client.json(call, context,
        guarded<QJsonObject>(context, [this, schedule, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            const auto id = readScheduleId(*answer, schedule);
            if (!id || id->isEmpty()) {
                done(makeError(ErrorCode::NotFound,
                    u"JSM Ops has no schedule named \"%1\" (name it under alerts: schedules: in the workspace)"_s.arg(
                        schedule)));
                return;
            }
            m_scheduleIds.insert(schedule, *id);
            done(*id);
        }));
}

void GenieAlertBackend::onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done)
{
    const QString schedule = m_options.schedules.value(team, team + u"_schedule"_s);
    const bool opsgenie = m_client.endpoint().vendor == Vendor::Opsgenie;
    auto fetch = [this, context, opsgenie](const QString& id, bool next, Callback<QStringList> then) {
        GenieClient::Call call;
        call.domain = Domain::ScheduleOnCalls;
        call.path = u"schedules/"_s + pathSegment(id) + (next ? u"/next-on-calls"_s : u"/on-calls"_s);
        if (opsgenie)
            call.query.addQueryItem(u"scheduleIdentifierType"_s, u"name"_s);
        call.query.addQueryItem(u"flat"_s, u"true"_s);
        m_client.json(
            call, context, guarded<QJsonObject>(context, [next, then = std::move(then)](Result<QJsonObject> answer) {
                if (!answer) {
                    then(std::unexpected(answer.error()));
                    return;
                }
                then(readOnCallRecipients(*answer, next));
            }));
    };
    scheduleId(schedule, context, [fetch, team, schedule, done = std::move(done)](Result<QString> id) mutable {
        if (!id) {
            done(std::unexpected(id.error()));
            return;
        }
        fetch(*id, false, [fetch, id = *id, team, schedule, done = std::move(done)](Result<QStringList> now) mutable {
            if (!now) {
                done(std::unexpected(now.error()));
                return;
            }
            fetch(id, true, [team, schedule, now = *now, done = std::move(done)](Result<QStringList> next) {
                alerts::OnCall onCall{team, schedule, {}};
                int level = 0;
                for (const QString& name : now)
                    onCall.people.append(alerts::OnCallPerson{name, u"now"_s, level++, 0});
                if (next) { // who is next is a nicety; "now" stands alone
                    for (const QString& name : *next)
                        onCall.people.append(alerts::OnCallPerson{name, u"next"_s, level++, 0});
                }
                done(onCall);
            });
        });
    });
}

void GenieAlertBackend::send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done)
{
    if (isHeartbeatAlertId(action.alertId)) {
        done(makeError(ErrorCode::Unsupported,
            u"an expired heartbeat is not an alert of the service: restart the pipeline that should ping it"_s));
        return;
    }
    auto call = actionCall(action, m_client.endpoint());
    if (!call) {
        done(std::unexpected(call.error()));
        return;
    }
    m_client.json(*call, context, guarded<QJsonObject>(context, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            done(std::unexpected(answer.error()));
            return;
        }
        done(readReceipt(*answer));
    }));
}

void GenieAlertBackend::actionStatus(
    const alerts::AlertAction&, const QString& requestId, QObject* context, Callback<alerts::ActionStatus> done)
{
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/requests/"_s + pathSegment(requestId);
    m_client.send(call, context,
        guarded<net::HttpResponse>(context, [this, done = std::move(done)](Result<net::HttpResponse> response) {
            if (!response) {
                done(std::unexpected(response.error()));
                return;
            }
            auto status = readActionStatus(*response, m_client.endpoint().vendor);
            if (!status)
                m_client.scrub(status.error());
            done(std::move(status));
        }));
}

void GenieAlertBackend::hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done)
{
    const LandedEvidence evidence = evidenceFor(action.kind);
    if (evidence == LandedEvidence::AlertState) {
        GenieClient::Call call;
        call.domain = Domain::Alert;
        call.path = u"alerts/"_s + pathSegment(action.alertId);
        if (m_client.endpoint().vendor == Vendor::Opsgenie)
            call.query.addQueryItem(u"identifierType"_s, u"id"_s);
        m_client.json(call, context,
            guarded<QJsonObject>(context, [this, action, done = std::move(done)](Result<QJsonObject> answer) {
                auto alert = answer ? readAlertAnswer(*answer, m_teamNames)
                                    : Result<alerts::Alert>(std::unexpected(answer.error()));
                if (!alert) {
                    if (alert.error().code == ErrorCode::NotFound)
                        done(false); // sending again will say "Alert does not exist"
                    else
                        done(std::unexpected(alert.error()));
                    return;
                }
                done(landedInAlert(action, *alert));
            }));
        return;
    }
    fetchEntries(action.alertId, evidence == LandedEvidence::Logs, context,
        [action, done = std::move(done)](Result<QList<alerts::AlertNote>> entries) {
            if (!entries) {
                if (entries.error().code == ErrorCode::NotFound)
                    done(false);
                else
                    done(std::unexpected(entries.error()));
                return;
            }
            done(landedInEntries(action, *entries));
        });
}

} // namespace wk::genie
