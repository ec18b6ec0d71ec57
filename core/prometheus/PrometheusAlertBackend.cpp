#include "prometheus/PrometheusAlertBackend.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::prometheus {

namespace {

alerts::Priority priorityOf(const metrics::Labels& labels)
{
    if (const auto p = alerts::priorityFromName(labels.value(u"priority"_s)))
        return *p;
    const QString severity = labels.value(u"severity"_s).toLower();
    if (severity == u"critical" || severity == u"page")
        return alerts::Priority::P1;
    if (severity == u"high" || severity == u"error")
        return alerts::Priority::P2;
    if (severity == u"warning")
        return alerts::Priority::P3;
    if (severity == u"info")
        return alerts::Priority::P5;
    return alerts::Priority::P3;
}

} // namespace

alerts::Alert toAlert(const RuleAlert& ruleAlert)
{
    alerts::Alert a;
    QStringList identity;
    for (auto it = ruleAlert.labels.cbegin(); it != ruleAlert.labels.cend(); ++it)
        identity.append(it.key() + u'=' + it.value());
    a.alias = identity.join(u',');
    a.id = QString::fromLatin1(QCryptographicHash::hash(a.alias.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString name = ruleAlert.labels.value(u"alertname"_s);
    a.message = ruleAlert.annotations.value(u"summary"_s);
    if (a.message.isEmpty()) {
        QStringList where;
        for (const QString& key : {u"service"_s, u"instance"_s, u"node"_s, u"job"_s}) {
            if (ruleAlert.labels.contains(key)) {
                where.append(ruleAlert.labels.value(key));
                break;
            }
        }
        a.message = where.isEmpty() ? name : name + u": "_s + where.join(u", "_s);
    }
    a.description = ruleAlert.annotations.value(u"description"_s);
    a.priority = priorityOf(ruleAlert.labels);
    a.status = alerts::AlertStatus::Open;
    a.team = ruleAlert.labels.value(u"team"_s);
    a.service = ruleAlert.labels.value(u"service"_s);
    a.source = u"prometheus"_s;
    a.runbookUrl = ruleAlert.annotations.value(u"runbook_url"_s);
    a.createdAt = ruleAlert.activeAt;
    a.updatedAt = ruleAlert.activeAt;
    if (!ruleAlert.labels.value(u"severity"_s).isEmpty())
        a.tags.append(ruleAlert.labels.value(u"severity"_s));
    for (auto it = ruleAlert.labels.cbegin(); it != ruleAlert.labels.cend(); ++it)
        a.details.insert(it.key(), it.value());
    a.details.insert(u"value"_s, QString::number(ruleAlert.value, 'g', 6));
    return a;
}

PrometheusAlertBackend::PrometheusAlertBackend(PrometheusClient& client)
    : m_client(client)
{ }

QString PrometheusAlertBackend::sourceName() const
{
    return m_client.sourceName() + u" alerts"_s;
}

void PrometheusAlertBackend::list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    // /api/v1/rules carries every rule's alerts too: one request gives the alerts and the expressions behind them.
    m_client.alertingRules(context, [this, query, done = std::move(done)](Result<std::vector<AlertingRule>> rules) {
        if (!rules) {
            done(std::unexpected(rules.error()));
            return;
        }
        QList<alerts::Alert> all;
        for (const auto& rule : *rules) {
            for (const auto& ruleAlert : rule.alerts) {
                // Pending alerts have not met their `for` yet: nobody is paged for them.
                if (ruleAlert.state != u"firing")
                    continue;
                alerts::Alert a = toAlert(ruleAlert);
                a.details.insert(u"rule_expr"_s, rule.query);
                a.details.insert(u"rule_group"_s, rule.group);
                if (a.runbookUrl.isEmpty())
                    a.runbookUrl = rule.annotations.value(u"runbook_url"_s);
                if (a.description.isEmpty())
                    a.description = rule.annotations.value(u"description"_s);
                all.append(a);
            }
        }
        std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.createdAt > y.createdAt; });
        m_last = all;
        alerts::AlertPage page;
        page.alerts = all.mid(query.offset, query.limit > 0 ? query.limit : -1);
        page.more = query.limit > 0 && all.size() > query.offset + query.limit;
        done(page);
    });
}

void PrometheusAlertBackend::get(const QString& alertId, QObject*, Callback<alerts::Alert> done)
{
    for (const auto& a : std::as_const(m_last)) {
        if (a.id == alertId) {
            done(a);
            return;
        }
    }
    done(makeError(ErrorCode::NotFound, u"no firing alert with id %1"_s.arg(alertId)));
}

void PrometheusAlertBackend::send(const alerts::AlertAction& action, QObject*, Callback<alerts::ActionReceipt> done)
{
    done(makeError(ErrorCode::Unsupported,
        u"Prometheus alerts are read-only here; %1 them in the alert service (Opsgenie, JSM Ops, Alertmanager)"_s.arg(
            alerts::actionName(action.kind))));
}

void PrometheusAlertBackend::actionStatus(
    const alerts::AlertAction&, const QString&, QObject*, Callback<alerts::ActionStatus> done)
{
    done(alerts::ActionStatus{alerts::ActionOutcome::Failed, u"Prometheus alerts are read-only"_s, {}});
}

void PrometheusAlertBackend::hasLanded(const alerts::AlertAction&, QObject*, Callback<bool> done)
{
    done(false);
}

void PrometheusAlertBackend::onCall(const QString&, QObject*, Callback<alerts::OnCall> done)
{
    done(makeError(ErrorCode::Unsupported, u"Prometheus has no on-call schedule"_s));
}

} // namespace wk::prometheus
