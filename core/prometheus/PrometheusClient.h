#pragma once

#include "metrics/MetricsBackend.h"
#include "net/HttpService.h"
#include "prometheus/PrometheusTypes.h"

namespace wk::prometheus {

struct ClientConfig
{
    QString name;               // the source's name in the workspace ("prod")
    QUrl baseUrl;               // https://host[/prefix]
    QList<net::Header> headers; // Authorization (from the keychain) and extras such as X-Scope-OrgID
    QString caFile;
    int timeoutMs = 30'000;
};

// Prometheus' HTTP API (and Thanos, Mimir, VictoriaMetrics behind the same API) as a MetricsBackend.
// Queries go as POST forms, so long PromQL never hits URL limits; answers are parsed off the GUI thread.
class PrometheusClient final : public metrics::MetricsBackend
{
public:
    PrometheusClient(net::HttpService& http, ClientConfig config);

    QString sourceName() const override { return m_config.name; }
    void instantQuery(
        const metrics::InstantQuery& query, QObject* context, Callback<metrics::QueryResult> done) override;
    void rangeQuery(const metrics::RangeQuery& query, QObject* context, Callback<metrics::QueryResult> done) override;
    void labelValues(
        const QString& label, const QString& selector, QObject* context, Callback<QStringList> done) override;
    void buildInfo(QObject* context, Callback<metrics::BuildInfo> done) override;

    // /api/v1/series: the label sets `selector` matches between `start` and `end`.
    void series(const QString& selector, const QDateTime& start, const QDateTime& end, QObject* context,
        Callback<std::vector<metrics::Labels>> done);
    void alerts(QObject* context, Callback<std::vector<RuleAlert>> done);
    void alertingRules(QObject* context, Callback<std::vector<AlertingRule>> done);

    const ClientConfig& config() const { return m_config; }
    QUrl endpoint(const QString& path) const;

private:
    template <typename T>
    void fetch(net::HttpRequest request, QObject* context, std::function<Result<T>(QByteArrayView, int)> parse,
        Callback<T> done);
    net::HttpRequest form(const QString& path, const QList<std::pair<QString, QString>>& fields) const;
    net::HttpRequest get(const QString& path, const QList<std::pair<QString, QString>>& params = {}) const;

    net::HttpService& m_http;
    ClientConfig m_config;
};

// Seconds since the epoch with milliseconds, as the API takes times: "1700000000.123".
QString apiTime(const QDateTime& t);

} // namespace wk::prometheus
