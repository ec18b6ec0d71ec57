// A real Prometheus and a real VictoriaMetrics on 127.0.0.1, serving a history the test generated
// (SyntheticFleet), queried over plain HTTP and checked against what the generator predicts.
//
// What VictoriaMetrics 1.79 does differently from Prometheus 2.42 on the same data (1 to 6 are asserted below,
// VictoriaMetrics' side in RealVictoriaMetrics, Prometheus' side in RealPrometheus):
//  1. NaN samples are dropped on import (/api/v1/import/prometheus): /api/v1/export has no sample at that
//     time, and a query there answers the previous value ("0.5"), where Prometheus answers "NaN".
//     +Inf is stored and comes back as "+Inf" from both.
//  2. rate() does not extrapolate. One minute into the history (counters start at 0 there) Prometheus gives
//     increase-in-window / 300 s = rate * 60 / 300 for a [5m] window; VictoriaMetrics gives the true rate.
//     Inside the history both give the exact rate, also at times that are not multiples of 15 s.
//  3. query_range moves start and end down to a multiple of step when the range has 50 points or more (to
//     hit its response cache; -search.disableCache turns that off); Prometheus evaluates at start + i * step
//     exactly as asked.
//  4. A query that does not parse: Prometheus answers 400 with errorType "bad_data"; VictoriaMetrics 422 with
//     errorType "422" (a number in a string) and the query echoed in the message.
//  5. A range asking for more than 11,000 points: Prometheus refuses (400 bad_data, "exceeded maximum
//     resolution of 11,000 points per timeseries"); VictoriaMetrics answers up to -search.maxPointsPerTimeseries
//     (30,000) and refuses above with a 422.
//  6. A scalar expression (1/0): Prometheus answers resultType "scalar" [t, "+Inf"]; VictoriaMetrics a "vector"
//     holding one series with empty labels. A NaN scalar such as scalar(absent) comes back from
//     VictoriaMetrics as an empty vector.
//  7. Without a time parameter Prometheus stamps the answer with fractional seconds (ms), VictoriaMetrics
//     with whole seconds.
//  Same on both: histogram_quantile interpolates linearly inside the bucket (bucket rates from rate()),
//  an instant query sees a series up to 5 minutes after its last sample and not after, a range over 24 h at
//  a 60 s step answers 1441 points, /-/ready (Prometheus) and /health (VictoriaMetrics) answer 200 once up.
#include "../support/SkipWhenMissing.h"
#include "PrometheusServer.h"
#include "SyntheticFleet.h"
#include "VictoriaMetricsServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace wk::testfleet;

namespace {

const SyntheticFleet& fleet()
{
    static const SyntheticFleet instance;
    return instance;
}

QString seconds(const QDateTime& t)
{
    return QString::number(t.toSecsSinceEpoch());
}

double number(const QString& text)
{
    if (text == u"NaN"_s)
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf"_s || text == u"-Inf"_s)
        return text.startsWith(u'+') ? std::numeric_limits<double>::infinity()
                                     : -std::numeric_limits<double>::infinity();
    return text.toDouble();
}

void expectClose(double actual, double expected, const QString& what)
{
    EXPECT_NEAR(actual, expected, 1e-9 * std::abs(expected)) << what.toStdString();
}

// data.result of a successful query; a failure of the current test otherwise.
QJsonArray query(const QUrl& base, const QString& path, const QList<std::pair<QString, QString>>& parameters)
{
    const QUrl url = detail::apiUrl(base, path, parameters);
    const auto answer = detail::httpGet(url);
    EXPECT_EQ(answer.status, 200) << url.toString().toStdString() << ": " << answer.error.toStdString() << ' '
                                  << answer.body.toStdString();
    const QJsonObject envelope = QJsonDocument::fromJson(answer.body).object();
    EXPECT_EQ(envelope[u"status"_s].toString(), u"success"_s) << answer.body.toStdString();
    return envelope[u"data"_s][u"result"_s].toArray();
}

QJsonArray instant(const QUrl& base, const QString& promql, const QDateTime& at)
{
    return query(base, u"/api/v1/query"_s, {{u"query"_s, promql}, {u"time"_s, seconds(at)}});
}

QJsonArray range(const QUrl& base, const QString& promql, const QDateTime& start, const QDateTime& end, int step)
{
    return query(base, u"/api/v1/query_range"_s,
        {{u"query"_s, promql}, {u"start"_s, seconds(start)}, {u"end"_s, seconds(end)},
            {u"step"_s, QString::number(step)}});
}

// The value text of an instant query that must answer exactly one series.
std::optional<QString> single(const QUrl& base, const QString& promql, const QDateTime& at)
{
    const QJsonArray result = instant(base, promql, at);
    if (result.size() != 1) {
        ADD_FAILURE() << promql.toStdString() << " at " << seconds(at).toStdString() << " answered " << result.size()
                      << " series";
        return std::nullopt;
    }
    return result.first()[u"value"_s].toArray().at(1).toString();
}

void expectEverySeriesLoaded(const QUrl& base)
{
    const QString all = u"count({__name__=~\"ml_.+\"})"_s;
    EXPECT_EQ(single(base, all, fleet().start()), QString::number(fleet().seriesCount()));
    EXPECT_EQ(single(base, all, fleet().now()), QString::number(fleet().seriesCount()));
    EXPECT_EQ(single(base, all, fleet().now().addSecs(290)), QString::number(fleet().seriesCount()));
    EXPECT_TRUE(instant(base, all, fleet().now().addSecs(310)).isEmpty()) << "lookback is 5 minutes";
}

void expectExactRequestRates(const QUrl& base)
{
    for (const QDateTime& at : {fleet().now(), fleet().now().addSecs(-12 * 3600 + 7)}) {
        for (const QString& service : SyntheticFleet::services()) {
            for (const QString& status : {u"ok"_s, u"error"_s}) {
                const QString promql
                    = u"rate(ml_requests_total{service=\"%1\",status=\"%2\"}[5m])"_s.arg(service, status);
                if (const auto value = single(base, promql, at))
                    expectClose(number(*value), SyntheticFleet::requestRate(service, status), promql);
            }
        }
    }
}

void expectAccuracyDip(const QUrl& base)
{
    const QString promql = u"ml_model_accuracy{service=\"checkout-ranker\"}"_s;
    const QDateTime dipStart = fleet().accuracyDipStart();
    const QDateTime dipEnd = fleet().accuracyDipEnd();
    for (const QDateTime& at : {dipStart.addSecs(-1800), dipStart, dipStart.addSecs(1800), dipEnd.addSecs(-15), dipEnd,
             dipEnd.addSecs(1800)}) {
        if (const auto value = single(base, promql, at)) {
            EXPECT_EQ(number(*value), fleet().accuracyAt(u"checkout-ranker"_s, at)) << seconds(at).toStdString();
        }
    }
    EXPECT_EQ(fleet().accuracyAt(u"checkout-ranker"_s, dipStart), 0.8);
    EXPECT_EQ(fleet().accuracyAt(u"checkout-ranker"_s, dipEnd), 0.9);

    const QJsonArray series = range(base, promql, dipStart.addSecs(-3600), dipEnd.addSecs(3600), 60);
    ASSERT_EQ(series.size(), 1);
    int inDip = 0;
    for (const QJsonValue& point : series.first()[u"values"_s].toArray())
        inDip += number(point.toArray().at(1).toString()) < 0.85 ? 1 : 0;
    EXPECT_EQ(inDip, 60) << "one hour of 60 s steps";
    EXPECT_EQ(single(base, u"ml_model_accuracy{service=\"fraud-scorer\"}"_s, dipStart), u"0.95"_s);
}

void expectHistogramQuantiles(const QUrl& base)
{
    for (const QDateTime& at : {fleet().now(), fleet().now().addSecs(-13 * 3600)}) {
        for (const double q : {0.001, 0.5, 0.9, 0.99, 0.999}) {
            const QString promql = u"histogram_quantile(%1, rate(ml_request_duration_seconds_bucket[5m]))"_s.arg(q);
            const QJsonArray result = instant(base, promql, at);
            ASSERT_EQ(result.size(), SyntheticFleet::services().size()) << promql.toStdString();
            for (const QJsonValue& series : result) {
                const QString service = series[u"metric"_s][u"service"_s].toString();
                expectClose(number(series[u"value"_s].toArray().at(1).toString()),
                    SyntheticFleet::histogramQuantile(q, service), promql + u' ' + service);
            }
        }
    }
    // By hand for the median of checkout-ranker: rank 75.75 of 151.5 per 15 s falls in (0.05, 0.1] with 52.5
    // below and 45 inside.
    expectClose(SyntheticFleet::histogramQuantile(0.5, u"checkout-ranker"_s), 0.05 + 0.05 * (23.25 / 45), u"hand"_s);

    const QJsonArray mean = instant(base,
        u"rate(ml_request_duration_seconds_sum[5m]) / rate(ml_request_duration_seconds_count[5m])"_s, fleet().now());
    ASSERT_EQ(mean.size(), SyntheticFleet::services().size());
    for (const QJsonValue& series : mean) {
        const QString service = series[u"metric"_s][u"service"_s].toString();
        expectClose(number(series[u"value"_s].toArray().at(1).toString()),
            SyntheticFleet::durationSumRate(service) / SyntheticFleet::durationCountRate(service), service);
    }
}

void expectOnePointPerStep(const QUrl& base)
{
    const QString service = u"checkout-ranker"_s;
    const QString node = u"gpu-a2"_s;
    const QString promql = u"ml_gpu_utilization_percent{service=\"%1\",node=\"%2\"}"_s.arg(service, node);
    const QDateTime start = fleet().now().addSecs(-24 * 3600);
    for (const int step : {60, 15}) {
        const QJsonArray series = range(base, promql, start, fleet().now(), step);
        ASSERT_EQ(series.size(), 1);
        const QJsonArray values = series.first()[u"values"_s].toArray();
        ASSERT_EQ(values.size(), 24 * 3600 / step + 1) << "step " << step;
        int wrong = 0;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QDateTime at = start.addSecs(i * step);
            const QJsonArray point = values.at(i).toArray();
            wrong += point.at(0).toDouble() == double(at.toSecsSinceEpoch())
                    && number(point.at(1).toString()) == fleet().gpuUtilizationAt(service, node, at)
                ? 0
                : 1;
        }
        EXPECT_EQ(wrong, 0) << "step " << step;
    }
    EXPECT_EQ(range(base, u"ml_gpu_utilization_percent"_s, start, fleet().now(), 60).size(), 5);
}

// One minute into the history, where the counters start at 0.
void expectRateOneMinuteIn(const QUrl& base, double expected)
{
    const QString promql = u"rate(ml_requests_total{service=\"checkout-ranker\",status=\"ok\"}[5m])"_s;
    if (const auto value = single(base, promql, fleet().start().addSecs(60)))
        expectClose(number(*value), expected, promql);
}

// A 24 h range at a 60 s step that starts and ends 7 s off the step grid.
void expectFirstRangePointShiftedBy(const QUrl& base, int shift)
{
    const QDateTime start = fleet().now().addSecs(-24 * 3600 + 7);
    const QJsonArray series
        = range(base, u"ml_model_accuracy{service=\"fraud-scorer\"}"_s, start, fleet().now().addSecs(-7), 60);
    ASSERT_EQ(series.size(), 1);
    const QJsonArray values = series.first()[u"values"_s].toArray();
    ASSERT_EQ(values.size(), 1440);
    EXPECT_EQ(values.first().toArray().at(0).toDouble(), double(start.toSecsSinceEpoch() + shift));
}

// Status code and envelope of an instant query at now() that may fail.
std::pair<int, QJsonObject> answerTo(const QUrl& base, const QString& path, const QString& promql, int points = 0)
{
    QList<std::pair<QString, QString>> parameters{{u"query"_s, promql}, {u"time"_s, seconds(fleet().now())}};
    if (points > 0) {
        parameters = {{u"query"_s, promql}, {u"start"_s, seconds(fleet().now().addSecs(1 - points))},
            {u"end"_s, seconds(fleet().now())}, {u"step"_s, u"1"_s}};
    }
    const auto answer = detail::httpGet(detail::apiUrl(base, path, parameters));
    return {answer.status, QJsonDocument::fromJson(answer.body).object()};
}

template <typename Server> void expectComesBack(Server& server)
{
    const QUrl before = server.url();
    server.stop();
    EXPECT_FALSE(server.isRunning());
    EXPECT_EQ(detail::httpGet(detail::apiUrl(before, u"/api/v1/query"_s, {{u"query"_s, u"1"_s}}), 2'000).status, 0);

    QElapsedTimer timer;
    timer.start();
    const auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    std::printf("[   info   ] restarted on the same data in %lld ms\n", timer.elapsed());
    EXPECT_TRUE(server.isRunning());
    EXPECT_EQ(server.url(), before);
    expectEverySeriesLoaded(server.url());
    const QString promql = u"rate(ml_requests_total{service=\"fraud-scorer\",status=\"error\"}[5m])"_s;
    if (const auto value = single(server.url(), promql, fleet().now()))
        expectClose(number(*value), SyntheticFleet::requestRate(u"fraud-scorer"_s, u"error"_s), promql);
}

// One server per suite: starting one with 26 h of history takes seconds, the queries milliseconds.
template <typename Server> class RealServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!Server::available())
            return;
        s_server = std::make_unique<Server>(fleet());
        QElapsedTimer timer;
        timer.start();
        if (const auto started = s_server->start(); !started)
            s_error = started.error();
        else
            std::printf("[   info   ] %s ready with 26 h of history in %lld ms\n",
                qPrintable(s_server->url().toString()), timer.elapsed());
    }
    static void TearDownTestSuite() { s_server.reset(); }
    void SetUp() override
    {
        if (!Server::available())
            WK_SKIP_WHEN_MISSING(Server::unavailableReason().toStdString());
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        ASSERT_TRUE(s_server->isRunning());
    }
    QUrl url() const { return s_server->url(); }

    static inline std::unique_ptr<Server> s_server;
    static inline QString s_error;
};

class RealPrometheus : public RealServer<PrometheusServer>
{ };

class RealVictoriaMetrics : public RealServer<VictoriaMetricsServer>
{ };

} // namespace

TEST_F(RealPrometheus, ServesEveryGeneratedSeries)
{
    expectEverySeriesLoaded(url());
}
TEST_F(RealPrometheus, RequestRatesAreExact)
{
    expectExactRequestRates(url());
}
TEST_F(RealPrometheus, AccuracyDipsForExactlyOneHour)
{
    expectAccuracyDip(url());
}
TEST_F(RealPrometheus, HistogramQuantileInterpolatesInsideTheBucket)
{
    expectHistogramQuantiles(url());
}
TEST_F(RealPrometheus, RangeOver24HoursHasOnePointPerStep)
{
    expectOnePointPerStep(url());
}

TEST_F(RealPrometheus, NaNAndInfComeBackAsStrings)
{
    const QDateTime nanTime = fleet().nanSampleTime();
    EXPECT_EQ(single(url(), u"ml_training_loss"_s, nanTime), u"NaN"_s);
    EXPECT_EQ(single(url(), u"ml_training_loss"_s, nanTime.addSecs(15)), u"0.5"_s);
    EXPECT_EQ(single(url(), u"ml_feature_psi"_s, fleet().infSampleTime()), u"+Inf"_s);
    const QJsonArray series = range(url(), u"ml_training_loss"_s, nanTime.addSecs(-30), nanTime.addSecs(30), 15);
    ASSERT_EQ(series.size(), 1);
    QStringList texts;
    for (const QJsonValue& point : series.first()[u"values"_s].toArray())
        texts << point.toArray().at(1).toString();
    EXPECT_EQ(texts, QStringList({u"0.5"_s, u"0.5"_s, u"NaN"_s, u"0.5"_s, u"0.5"_s}));
}

TEST_F(RealPrometheus, RateExtrapolatesAtTheStartOfHistory)
{
    expectRateOneMinuteIn(url(), SyntheticFleet::requestRate(u"checkout-ranker"_s, u"ok"_s) * 60 / 300);
}
TEST_F(RealPrometheus, RangeKeepsAnUnalignedStart)
{
    expectFirstRangePointShiftedBy(url(), 0);
}

TEST_F(RealPrometheus, ErrorsAreBadDataAndScalarsStayScalars)
{
    const auto [status, envelope] = answerTo(url(), u"/api/v1/query"_s, u"sum("_s);
    EXPECT_EQ(status, 400);
    EXPECT_EQ(envelope[u"status"_s].toString(), u"error"_s);
    EXPECT_EQ(envelope[u"errorType"_s].toString(), u"bad_data"_s);

    const auto [tooManyStatus, tooMany] = answerTo(url(), u"/api/v1/query_range"_s, u"ml_model_accuracy"_s, 11'002);
    EXPECT_EQ(tooManyStatus, 400);
    EXPECT_TRUE(tooMany[u"error"_s].toString().contains(u"11,000 points"_s));

    const auto [scalarStatus, scalar] = answerTo(url(), u"/api/v1/query"_s, u"1/0"_s);
    EXPECT_EQ(scalarStatus, 200);
    EXPECT_EQ(scalar[u"data"_s][u"resultType"_s].toString(), u"scalar"_s);
    EXPECT_EQ(scalar[u"data"_s][u"result"_s].toArray().at(1).toString(), u"+Inf"_s);
}

TEST_F(RealPrometheus, ComesBackOnTheSameUrlAfterAStop)
{
    expectComesBack(*s_server);
}

TEST_F(RealVictoriaMetrics, ServesEveryGeneratedSeries)
{
    expectEverySeriesLoaded(url());
}
TEST_F(RealVictoriaMetrics, RequestRatesAreExact)
{
    expectExactRequestRates(url());
}
TEST_F(RealVictoriaMetrics, AccuracyDipsForExactlyOneHour)
{
    expectAccuracyDip(url());
}
TEST_F(RealVictoriaMetrics, HistogramQuantileInterpolatesInsideTheBucket)
{
    expectHistogramQuantiles(url());
}
TEST_F(RealVictoriaMetrics, RangeOver24HoursHasOnePointPerStep)
{
    expectOnePointPerStep(url());
}

TEST_F(RealVictoriaMetrics, InfComesBackButNaNIsDroppedOnImport)
{
    const QDateTime nanTime = fleet().nanSampleTime();
    EXPECT_EQ(single(url(), u"ml_training_loss"_s, nanTime), u"0.5"_s) << "the sample before, not NaN";
    EXPECT_EQ(single(url(), u"ml_feature_psi"_s, fleet().infSampleTime()), u"+Inf"_s);

    const auto exported = detail::httpGet(detail::apiUrl(url(), u"/api/v1/export"_s,
        {{u"match[]"_s, u"ml_training_loss"_s}, {u"start"_s, seconds(nanTime.addSecs(-15))},
            {u"end"_s, seconds(nanTime.addSecs(15))}}));
    ASSERT_EQ(exported.status, 200);
    const QJsonArray timestamps = QJsonDocument::fromJson(exported.body).object()[u"timestamps"_s].toArray();
    EXPECT_EQ(timestamps.size(), 2) << exported.body.toStdString();
    EXPECT_FALSE(timestamps.contains(QJsonValue(double(nanTime.toMSecsSinceEpoch()))));
}

TEST_F(RealVictoriaMetrics, RateDoesNotExtrapolateAtTheStartOfHistory)
{
    expectRateOneMinuteIn(url(), SyntheticFleet::requestRate(u"checkout-ranker"_s, u"ok"_s));
}
TEST_F(RealVictoriaMetrics, RangeStartIsAlignedToTheStep)
{
    expectFirstRangePointShiftedBy(url(), -7);
}

TEST_F(RealVictoriaMetrics, ErrorsAre422AndScalarsBecomeVectors)
{
    const auto [status, envelope] = answerTo(url(), u"/api/v1/query"_s, u"sum("_s);
    EXPECT_EQ(status, 422);
    EXPECT_EQ(envelope[u"status"_s].toString(), u"error"_s);
    EXPECT_EQ(envelope[u"errorType"_s].toString(), u"422"_s);

    const auto [manyStatus, many] = answerTo(url(), u"/api/v1/query_range"_s, u"ml_model_accuracy"_s, 11'002);
    EXPECT_EQ(manyStatus, 200);
    EXPECT_EQ(many[u"data"_s][u"result"_s][0][u"values"_s].toArray().size(), 11'002);
    EXPECT_EQ(answerTo(url(), u"/api/v1/query_range"_s, u"ml_model_accuracy"_s, 30'002).first, 422);

    const auto [scalarStatus, scalar] = answerTo(url(), u"/api/v1/query"_s, u"1/0"_s);
    EXPECT_EQ(scalarStatus, 200);
    EXPECT_EQ(scalar[u"data"_s][u"resultType"_s].toString(), u"vector"_s);
    const QJsonArray result = scalar[u"data"_s][u"result"_s].toArray();
    ASSERT_EQ(result.size(), 1);
    EXPECT_TRUE(result.first()[u"metric"_s].toObject().isEmpty());
    EXPECT_EQ(result.first()[u"value"_s].toArray().at(1).toString(), u"+Inf"_s);
    EXPECT_TRUE(instant(url(), u"scalar(absent_metric_name)"_s, fleet().now()).isEmpty());
}

TEST_F(RealVictoriaMetrics, ComesBackOnTheSameUrlAfterAStop)
{
    expectComesBack(*s_server);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
