#include "prometheus/PrometheusClient.h"

#include "common/Background.h"
#include "metrics/MatrixDecimation.h"
#include "prometheus/ResponseParser.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wk::prometheus {

QString apiTime(const QDateTime& t)
{
    return QString::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

PrometheusClient::PrometheusClient(net::HttpService& http, ClientConfig config)
    : m_http(http)
    , m_config(std::move(config))
{ }

QUrl PrometheusClient::endpoint(const QString& path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

net::HttpRequest PrometheusClient::form(const QString& path, const QList<std::pair<QString, QString>>& fields) const
{
    QUrlQuery body;
    for (const auto& [key, value] : fields)
        body.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    net::HttpRequest request;
    request.method = net::HttpRequest::Method::Post;
    request.url = endpoint(path);
    request.body = body.query(QUrl::FullyEncoded).toUtf8();
    request.contentType = "application/x-www-form-urlencoded";
    request.headers = m_config.headers;
    request.caFile = m_config.caFile;
    request.timeoutMs = m_config.timeoutMs;
    return request;
}

net::HttpRequest PrometheusClient::get(const QString& path, const QList<std::pair<QString, QString>>& params) const
{
    net::HttpRequest request;
    request.url = endpoint(path);
    if (!params.isEmpty()) {
        QUrlQuery query;
        for (const auto& [key, value] : params)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        request.url.setQuery(query);
    }
    request.headers = m_config.headers;
    request.caFile = m_config.caFile;
    request.timeoutMs = m_config.timeoutMs;
    return request;
}

template <typename T>
void PrometheusClient::fetch(
    net::HttpRequest request, QObject* context, std::function<Result<T>(QByteArrayView, int)> parse, Callback<T> done)
{
    m_http.send(request, context,
        [context, parse = std::move(parse), done = std::move(done)](Result<net::HttpResponse> response) mutable {
            if (!response) {
                done(std::unexpected(response.error()));
                return;
            }
            runInBackground<Result<T>>(
                context,
                [body = std::move(response->body), status = response->status, parse] { return parse(body, status); },
                std::move(done));
        });
}

void PrometheusClient::instantQuery(
    const metrics::InstantQuery& query, QObject* context, Callback<metrics::QueryResult> done)
{
    QList<std::pair<QString, QString>> fields{{u"query"_s, query.expr}};
    if (query.time.isValid())
        fields.append({u"time"_s, apiTime(query.time)});
    fetch<metrics::QueryResult>(form(u"/api/v1/query"_s, fields), context, &parseQueryResponse, std::move(done));
}

void PrometheusClient::rangeQuery(
    const metrics::RangeQuery& query, QObject* context, Callback<metrics::QueryResult> done)
{
    const QList<std::pair<QString, QString>> fields{{u"query"_s, query.expr}, {u"start"_s, apiTime(query.start)},
        {u"end"_s, apiTime(query.end)}, {u"step"_s, QString::number(query.stepSeconds)}};
    // Parse and decimate in the worker: the GUI thread only ever sees what the chart will draw.
    auto parse = [columns = query.maxColumns](QByteArrayView body, int status) {
        auto result = parseQueryResponse(body, status);
        if (result)
            metrics::decimateMatrix(*result, columns);
        return result;
    };
    fetch<metrics::QueryResult>(form(u"/api/v1/query_range"_s, fields), context, parse, std::move(done));
}

void PrometheusClient::labelValues(
    const QString& label, const QString& selector, QObject* context, Callback<QStringList> done)
{
    QList<std::pair<QString, QString>> params;
    if (!selector.trimmed().isEmpty())
        params.append({u"match[]"_s, selector});
    const auto request
        = get(u"/api/v1/label/"_s + QString::fromLatin1(QUrl::toPercentEncoding(label)) + u"/values"_s, params);
    fetch<QStringList>(request, context, &parseStringList, std::move(done));
}

void PrometheusClient::buildInfo(QObject* context, Callback<metrics::BuildInfo> done)
{
    const auto request = get(u"/api/v1/status/buildinfo"_s);
    fetch<metrics::BuildInfo>(request, context, &parseBuildInfo, std::move(done));
}

void PrometheusClient::series(const QString& selector, const QDateTime& start, const QDateTime& end, QObject* context,
    Callback<std::vector<metrics::Labels>> done)
{
    const auto request
        = get(u"/api/v1/series"_s, {{u"match[]"_s, selector}, {u"start"_s, apiTime(start)}, {u"end"_s, apiTime(end)}});
    fetch<std::vector<metrics::Labels>>(request, context, &parseSeries, std::move(done));
}

void PrometheusClient::alerts(QObject* context, Callback<std::vector<RuleAlert>> done)
{
    const auto request = get(u"/api/v1/alerts"_s);
    fetch<std::vector<RuleAlert>>(request, context, &parseAlerts, std::move(done));
}

void PrometheusClient::alertingRules(QObject* context, Callback<std::vector<AlertingRule>> done)
{
    const auto request = get(u"/api/v1/rules"_s, {{u"type"_s, u"alert"_s}});
    fetch<std::vector<AlertingRule>>(request, context, &parseRules, std::move(done));
}

} // namespace wk::prometheus
