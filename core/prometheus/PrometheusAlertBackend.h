#pragma once

#include "alerts/AlertBackend.h"
#include "prometheus/PrometheusClient.h"

namespace wk::prometheus {

// What Prometheus itself says is firing (/api/v1/alerts), as a read-only alert list: for teams that point the
// console at Prometheus before an alert service is configured. Actions answer Unsupported with the reason.
class PrometheusAlertBackend final : public alerts::AlertBackend
{
public:
    explicit PrometheusAlertBackend(PrometheusClient& client);

    QString sourceName() const override;
    void list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done) override;
    void get(const QString& alertId, QObject* context, Callback<alerts::Alert> done) override;
    void send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done) override;
    void actionStatus(const alerts::AlertAction& action, const QString& requestId, QObject* context,
        Callback<alerts::ActionStatus> done) override;
    void hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done) override;
    void onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done) override;

private:
    PrometheusClient& m_client;
    QList<alerts::Alert> m_last;
};

// A Prometheus alert in the console's terms: priority from `priority` or `severity`, team and service from
// their labels, runbook and text from the annotations, a stable id from the label set.
alerts::Alert toAlert(const RuleAlert& alert);

} // namespace wk::prometheus
