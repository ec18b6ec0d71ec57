// The product's own HTTP service, Prometheus client and parser against a real Prometheus 2.42 and a real
// VictoriaMetrics 1.79 on 127.0.0.1 serving SyntheticFleet's history: every value is checked against what the
// generator predicts. Where VictoriaMetrics answers differently (see test_real_servers.cpp), its suite asserts
// what a user of our client gets there. The command line runs in test_prometheus_cli.cpp.
#include "../support/SkipWhenMissing.h"
#include "ClientTestSupport.h"
#include "PrometheusServer.h"
#include "VictoriaMetricsServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::testfleet;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

QString requestsExpr(const QString& service, const QString& status)
{
    return u"rate(ml_requests_total{service=\"%1\",status=\"%2\"}[5m])"_s.arg(service, status);
}

template <typename Server> class ClientOn : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!Server::available())
            return;
        s_http = std::make_unique<net::HttpService>();
        s_http->setBackoffBaseMs(20);
        s_server = std::make_unique<Server>(fleet());
        QElapsedTimer timer;
        timer.start();
        if (const auto started = s_server->start(); !started)
            s_error = started.error();
        else
            std::printf("[   info   ] %s ready in %lld ms\n", qPrintable(s_server->url().toString()), timer.elapsed());
    }
    static void TearDownTestSuite()
    {
        s_server.reset();
        s_http.reset();
    }
    void SetUp() override
    {
        if (!Server::available())
            WK_SKIP_WHEN_MISSING(Server::unavailableReason().toStdString());
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        ASSERT_TRUE(s_server->isRunning());
        prometheus::ClientConfig config;
        config.name = u"test"_s;
        config.baseUrl = s_server->url();
        config.timeoutMs = 10'000;
        m_client.emplace(*s_http, config);
    }
    prometheus::PrometheusClient& client() { return *m_client; }

    static inline std::unique_ptr<net::HttpService> s_http;
    static inline std::unique_ptr<Server> s_server;
    static inline QString s_error;
    std::optional<prometheus::PrometheusClient> m_client;
};

class PrometheusClientReal : public ClientOn<PrometheusServer>
{ };

class VictoriaMetricsClientReal : public ClientOn<VictoriaMetricsServer>
{ };

void expectExactRequestRates(prometheus::PrometheusClient& client)
{
    for (const QDateTime& at : {fleet().now(), fleet().now().addSecs(-12 * 3600 + 7)}) {
        for (const QString& service : SyntheticFleet::services()) {
            for (const QString& status : {u"ok"_s, u"error"_s}) {
                const metrics::Vector samples = vectorOf(instantQuery(client, requestsExpr(service, status), at));
                ASSERT_EQ(samples.size(), 1u) << requestsExpr(service, status).toStdString();
                EXPECT_EQ(samples.front().labels.value(u"service"_s), service);
                EXPECT_EQ(samples.front().labels.value(u"status"_s), status);
                EXPECT_EQ(samples.front().timestampMs, at.toMSecsSinceEpoch());
                expectClose(
                    samples.front().value, SyntheticFleet::requestRate(service, status), requestsExpr(service, status));
            }
        }
    }
}

void expectDayAtMinuteSteps(prometheus::PrometheusClient& client)
{
    const QDateTime start = fleet().now().addSecs(-24 * 3600);
    const metrics::Matrix all = matrixOf(rangeQuery(client, u"ml_gpu_utilization_percent"_s, start, fleet().now(), 60));
    ASSERT_EQ(all.size(), 5u);
    for (const metrics::Series& series : all) {
        const QString service = series.labels.value(u"service"_s);
        const QString node = series.labels.value(u"node"_s);
        ASSERT_EQ(series.timestampsMs.size(), 1441u) << node.toStdString();
        ASSERT_EQ(series.values.size(), 1441u);
        int wrong = 0;
        for (std::size_t i = 0; i < series.values.size(); ++i) {
            const QDateTime at = start.addSecs(qint64(i) * 60);
            wrong += series.timestampsMs[i] == at.toMSecsSinceEpoch()
                    && series.values[i] == fleet().gpuUtilizationAt(service, node, at)
                ? 0
                : 1;
        }
        EXPECT_EQ(wrong, 0) << service.toStdString() << ' ' << node.toStdString();
    }
}

void expectAccuracyDip(prometheus::PrometheusClient& client)
{
    const QString expr = u"ml_model_accuracy{service=\"checkout-ranker\"}"_s;
    const QDateTime dipStart = fleet().accuracyDipStart();
    const QDateTime dipEnd = fleet().accuracyDipEnd();
    EXPECT_EQ(singleValue(instantQuery(client, expr, dipStart.addSecs(-15))), 0.9);
    EXPECT_EQ(singleValue(instantQuery(client, expr, dipStart)), 0.8);
    EXPECT_EQ(singleValue(instantQuery(client, expr, dipEnd)), 0.9);
    const metrics::Matrix series
        = matrixOf(rangeQuery(client, expr, dipStart.addSecs(-3600), dipEnd.addSecs(3600), 60));
    ASSERT_EQ(series.size(), 1u);
    ASSERT_EQ(series.front().values.size(), 181u);
    int inDip = 0;
    for (std::size_t i = 0; i < series.front().values.size(); ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(series.front().timestampsMs[i], Qt::UTC);
        EXPECT_EQ(series.front().values[i], fleet().accuracyAt(u"checkout-ranker"_s, at));
        inDip += series.front().values[i] < 0.85 ? 1 : 0;
    }
    EXPECT_EQ(inDip, 60) << "one hour at 60 s steps";
}

void expectQuantiles(prometheus::PrometheusClient& client)
{
    for (const double q : {0.5, 0.9, 0.99}) {
        const QString expr = u"histogram_quantile(%1, rate(ml_request_duration_seconds_bucket[5m]))"_s.arg(q);
        const metrics::Vector samples = vectorOf(instantQuery(client, expr, fleet().now()));
        ASSERT_EQ(samples.size(), 3u) << expr.toStdString();
        for (const metrics::Sample& sample : samples) {
            const QString service = sample.labels.value(u"service"_s);
            expectClose(sample.value, SyntheticFleet::histogramQuantile(q, service), expr + u' ' + service);
        }
    }
}

// The query travels as a form: '+', '/', '=', '&', '%', quotes and regex signs must arrive as typed.
void expectFormEncodingSurvives(prometheus::PrometheusClient& client)
{
    const QString checkout = u"checkout-ranker"_s;
    const double total
        = SyntheticFleet::requestRate(checkout, u"ok"_s) + SyntheticFleet::requestRate(checkout, u"error"_s);
    const QString plus = u"sum(rate(ml_requests_total{service=~\"checkout.*\"}[5m])) + 1"_s;
    expectClose(singleValue(instantQuery(client, plus, fleet().now())), total + 1, plus);
    const QString ratio = u"sum(rate(ml_requests_total{service=~\"checkout.*\",status=\"error\"}[5m]))"
                          u" / sum(rate(ml_requests_total{service=~\"checkout.*\"}[5m]))"_s;
    expectClose(singleValue(instantQuery(client, ratio, fleet().now())),
        SyntheticFleet::requestRate(checkout, u"error"_s) / total, ratio);
    const QString odd = u"a&b=c%d+e f;g/h?"_s;
    const QString relabel = u"label_replace(vector(1), \"probe\", \"%1\", \"\", \"\")"_s.arg(odd);
    const metrics::Vector samples = vectorOf(instantQuery(client, relabel, fleet().now()));
    ASSERT_EQ(samples.size(), 1u);
    EXPECT_EQ(samples.front().labels.value(u"probe"_s), odd);
}

void expectLabelValues(prometheus::PrometheusClient& client)
{
    auto values = [&](const QString& selector) {
        return await<QStringList>(
            [&](QObject* context, auto done) { client.labelValues(u"service"_s, selector, context, done); });
    };
    QStringList services = SyntheticFleet::services();
    services.sort();
    const auto all = values({});
    ASSERT_TRUE(all) << describe(all.error()).toStdString();
    EXPECT_EQ(*all, services);
    const auto viaMetric = values(u"ml_requests_total"_s);
    ASSERT_TRUE(viaMetric) << describe(viaMetric.error()).toStdString();
    EXPECT_EQ(*viaMetric, services);
    EXPECT_EQ(values(u"ml_training_loss"_s).value_or(QStringList()), QStringList{u"search-embedder"_s});
    EXPECT_EQ(values(u"{service=~\"fraud.+\", __name__=\"ml_model_accuracy\"}"_s).value_or(QStringList()),
        QStringList{u"fraud-scorer"_s});
}

void expectBadQuery(prometheus::PrometheusClient& client, int httpStatus, const QString& message)
{
    const auto result = instantQuery(client, u"sum(rate(ml_requests_total[5m])"_s, fleet().now());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::BadQuery) << describe(result.error()).toStdString();
    EXPECT_EQ(result.error().httpStatus, httpStatus);
    EXPECT_TRUE(result.error().detail.contains(message)) << result.error().detail.toStdString();
}

// Points in a range of `points` one-second steps that ends at the fleet's now.
Result<metrics::QueryResult> rangeOfPoints(prometheus::PrometheusClient& client, int points)
{
    return rangeQuery(
        client, u"ml_model_accuracy{service=\"fraud-scorer\"}"_s, fleet().now().addSecs(1 - points), fleet().now(), 1);
}

// No rule files are loaded (and VictoriaMetrics has no vmalert behind it): empty lists, not errors.
void expectNoAlertsAndNoRules(prometheus::PrometheusClient& client)
{
    const auto alerts
        = await<std::vector<prometheus::RuleAlert>>([&](QObject* c, auto done) { client.alerts(c, done); });
    ASSERT_TRUE(alerts) << describe(alerts.error()).toStdString();
    EXPECT_TRUE(alerts->empty());
    const auto rules
        = await<std::vector<prometheus::AlertingRule>>([&](QObject* c, auto done) { client.alertingRules(c, done); });
    ASSERT_TRUE(rules) << describe(rules.error()).toStdString();
    EXPECT_TRUE(rules->empty());
}

Result<metrics::BuildInfo> buildInfo(prometheus::PrometheusClient& client)
{
    return await<metrics::BuildInfo>([&](QObject* c, auto done) { client.buildInfo(c, done); });
}

template <typename Server>
void expectNetworkErrorThenRecovery(Server& server, prometheus::PrometheusClient& client, net::HttpService& http)
{
    server.stop();
    const int before = http.requestsStarted();
    QElapsedTimer timer;
    timer.start();
    const auto failed = instantQuery(client, u"vector(1)"_s, fleet().now());
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Network) << describe(failed.error()).toStdString();
    EXPECT_FALSE(failed.error().detail.isEmpty());
    EXPECT_EQ(http.requestsStarted() - before, 3) << "a refused connection is retried";
    std::printf(
        "[   info   ] stopped server: %s after %lld ms\n", qPrintable(describe(failed.error())), timer.elapsed());
    const auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    const QString expr = requestsExpr(u"fraud-scorer"_s, u"ok"_s);
    expectClose(singleValue(instantQuery(client, expr, fleet().now())),
        SyntheticFleet::requestRate(u"fraud-scorer"_s, u"ok"_s), expr);
}

} // namespace

TEST_F(PrometheusClientReal, InstantRateOfEveryServiceIsExact)
{
    expectExactRequestRates(client());
}
TEST_F(PrometheusClientReal, DayAtMinuteStepsHas1441ExactPoints)
{
    expectDayAtMinuteSteps(client());
}
TEST_F(PrometheusClientReal, AccuracyDipIsVisible)
{
    expectAccuracyDip(client());
}
TEST_F(PrometheusClientReal, HistogramQuantilesAsPredicted)
{
    expectQuantiles(client());
}
TEST_F(PrometheusClientReal, FormEncodingSurvivesOperatorsAndRegex)
{
    expectFormEncodingSurvives(client());
}
TEST_F(PrometheusClientReal, LabelValuesNarrowBySelector)
{
    expectLabelValues(client());
}

TEST_F(PrometheusClientReal, SeriesListsTheLabelSetsASelectorMatches)
{
    auto found = await<std::vector<metrics::Labels>>([&](QObject* context, auto done) {
        client().series(u"ml_model_accuracy"_s, fleet().start(), fleet().now(), context, done);
    });
    ASSERT_TRUE(found) << describe(found.error()).toStdString();
    QStringList services;
    for (const auto& labels : *found) {
        EXPECT_EQ(labels.value(u"__name__"_s), u"ml_model_accuracy"_s);
        services.append(labels.value(u"service"_s));
    }
    services.sort();
    QStringList expected = SyntheticFleet::services();
    expected.sort();
    EXPECT_EQ(services, expected);
}

TEST_F(PrometheusClientReal, BuildInfoSays242)
{
    const auto info = buildInfo(client());
    ASSERT_TRUE(info) << describe(info.error()).toStdString();
    EXPECT_TRUE(info->version.startsWith(u"2.42"_s)) << info->version.toStdString();
    EXPECT_FALSE(info->revision.isEmpty());
}

TEST_F(PrometheusClientReal, NaNAndInfComeBackAsDoubles)
{
    const QDateTime nanTime = fleet().nanSampleTime();
    EXPECT_TRUE(std::isnan(singleValue(instantQuery(client(), u"ml_training_loss"_s, nanTime))));
    EXPECT_EQ(singleValue(instantQuery(client(), u"ml_feature_psi"_s, fleet().infSampleTime())), inf);
    const auto scalar = instantQuery(client(), u"-1/0"_s, fleet().now());
    ASSERT_TRUE(scalar) << describe(scalar.error()).toStdString();
    ASSERT_TRUE(std::holds_alternative<metrics::Scalar>(scalar->data));
    EXPECT_EQ(std::get<metrics::Scalar>(scalar->data).value, -inf);
    const metrics::Matrix series
        = matrixOf(rangeQuery(client(), u"ml_training_loss"_s, nanTime.addSecs(-30), nanTime.addSecs(30), 15));
    ASSERT_EQ(series.size(), 1u);
    ASSERT_EQ(series.front().values.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        if (i == 2)
            EXPECT_TRUE(std::isnan(series.front().values[i]));
        else
            EXPECT_EQ(series.front().values[i], 0.5) << i;
    }
}

TEST_F(PrometheusClientReal, BadQueryCarriesPrometheusMessage)
{
    expectBadQuery(client(), 400, u"unclosed left parenthesis"_s);
}

TEST_F(PrometheusClientReal, RangeOver11000PointsIsABadQuery)
{
    const auto result = rangeOfPoints(client(), 11'002);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::BadQuery) << describe(result.error()).toStdString();
    EXPECT_TRUE(result.error().detail.contains(u"11,000"_s)) << result.error().detail.toStdString();
    EXPECT_EQ(matrixOf(rangeOfPoints(client(), 11'000)).front().values.size(), 11'000u);
}

// The fixture loads no rule files, so both lists are empty; that must not be an error.
TEST_F(PrometheusClientReal, AlertsAndRulesAreEmptyWithoutRuleFiles)
{
    expectNoAlertsAndNoRules(client());
}

TEST_F(PrometheusClientReal, StoppedServerIsANetworkErrorAndRestartRecovers)
{
    expectNetworkErrorThenRecovery(*s_server, client(), *s_http);
}

TEST_F(VictoriaMetricsClientReal, InstantRateOfEveryServiceIsExact)
{
    expectExactRequestRates(client());
}
TEST_F(VictoriaMetricsClientReal, DayAtMinuteStepsHas1441ExactPoints)
{
    expectDayAtMinuteSteps(client()); // start and end are on the 60 s grid, so VictoriaMetrics moves nothing
}
TEST_F(VictoriaMetricsClientReal, AccuracyDipIsVisible)
{
    expectAccuracyDip(client());
}
TEST_F(VictoriaMetricsClientReal, HistogramQuantilesAsPredicted)
{
    expectQuantiles(client());
}
TEST_F(VictoriaMetricsClientReal, FormEncodingSurvivesOperatorsAndRegex)
{
    expectFormEncodingSurvives(client());
}
TEST_F(VictoriaMetricsClientReal, LabelValuesNarrowBySelector)
{
    expectLabelValues(client());
}

// VictoriaMetrics drops NaN samples on import and answers scalars as a vector with empty labels.
TEST_F(VictoriaMetricsClientReal, InfComesBackAndScalarsAreVectors)
{
    EXPECT_EQ(singleValue(instantQuery(client(), u"ml_training_loss"_s, fleet().nanSampleTime())), 0.5);
    EXPECT_EQ(singleValue(instantQuery(client(), u"ml_feature_psi"_s, fleet().infSampleTime())), inf);
    const metrics::Vector minusInf = vectorOf(instantQuery(client(), u"-1/0"_s, fleet().now()));
    ASSERT_EQ(minusInf.size(), 1u);
    EXPECT_TRUE(minusInf.front().labels.isEmpty());
    EXPECT_EQ(minusInf.front().value, -inf);
}

// VictoriaMetrics answers a query that does not parse with 422 and errorType "422". A user must see a query
// mistake (BadQuery), as with Prometheus, not a failing source.
TEST_F(VictoriaMetricsClientReal, BadQueryIsABadQueryToo)
{
    expectBadQuery(client(), 422, u"error when executing query=\"sum(rate(ml_requests_total[5m])\""_s);
}

// VictoriaMetrics answers up to 30,000 points per series and refuses more with a 422.
TEST_F(VictoriaMetricsClientReal, RangeLimitIs30000Points)
{
    const metrics::Matrix many = matrixOf(rangeOfPoints(client(), 11'002));
    ASSERT_EQ(many.size(), 1u);
    EXPECT_EQ(many.front().values.size(), 11'002u);
    const auto refused = rangeOfPoints(client(), 30'002);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().httpStatus, 422);
    EXPECT_TRUE(refused.error().detail.contains(u"maxPointsPerTimeseries=30000"_s))
        << refused.error().detail.toStdString();
    EXPECT_EQ(refused.error().code, ErrorCode::BadQuery) << describe(refused.error()).toStdString();
}

// VictoriaMetrics 1.79 answers buildinfo with an empty "data" and /api/v1/alerts and /rules with empty lists.
TEST_F(VictoriaMetricsClientReal, BuildInfoHasNoVersionAndRuleListsAreEmpty)
{
    const auto info = buildInfo(client());
    ASSERT_TRUE(info) << describe(info.error()).toStdString();
    EXPECT_TRUE(info->version.isEmpty()) << info->version.toStdString();
    expectNoAlertsAndNoRules(client());
}

TEST_F(VictoriaMetricsClientReal, StoppedServerIsANetworkErrorAndRestartRecovers)
{
    expectNetworkErrorThenRecovery(*s_server, client(), *s_http);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
