#include "prometheus/ResponseParser.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::prometheus;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(WK_TEST_DATA "/prometheus/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

} // namespace

TEST(PrometheusParser, SampleValuesKeepSpecialsAndExponents)
{
    EXPECT_TRUE(std::isnan(*parseSampleValue("NaN")));
    EXPECT_EQ(*parseSampleValue("+Inf"), INFINITY);
    EXPECT_EQ(*parseSampleValue("-Inf"), -INFINITY);
    EXPECT_DOUBLE_EQ(*parseSampleValue("1e-07"), 1e-7);
    EXPECT_DOUBLE_EQ(*parseSampleValue("1e+21"), 1e21);
    EXPECT_DOUBLE_EQ(*parseSampleValue("9.3e-01"), 0.93);
    EXPECT_DOUBLE_EQ(*parseSampleValue("-0.5"), -0.5);
    EXPECT_FALSE(parseSampleValue("12abc"));
    EXPECT_FALSE(parseSampleValue(""));
}

TEST(PrometheusParser, VectorKeepsLabelsSpecialsWarningsAndInfos)
{
    auto r = parseQueryResponse(fixture("vector_special_values.json"));
    ASSERT_TRUE(r) << r.error().detail.toStdString();
    const auto& v = std::get<metrics::Vector>(r->data);
    ASSERT_EQ(v.size(), 6u);
    EXPECT_EQ(v[0].labels.value(u"service"_s), u"fraud-scorer"_s);
    EXPECT_EQ(v[0].labels.value(u"quote"_s), u"a \"b\" \\ c"_s);
    EXPECT_EQ(v[0].timestampMs, 1435781451781);
    EXPECT_DOUBLE_EQ(v[0].value, 0.912);
    EXPECT_TRUE(std::isnan(v[1].value));
    EXPECT_EQ(v[2].value, INFINITY);
    EXPECT_EQ(v[3].value, -INFINITY);
    EXPECT_DOUBLE_EQ(v[4].value, 1e-7);
    EXPECT_DOUBLE_EQ(v[5].value, 1e21);
    ASSERT_EQ(r->warnings.size(), 2);
    EXPECT_TRUE(r->warnings[0].contains(u"might not be a counter"_s));
    EXPECT_TRUE(r->warnings[1].startsWith(u"info: "_s));
}

TEST(PrometheusParser, MatrixScalarAndString)
{
    auto m = parseQueryResponse(fixture("matrix_two_series.json"));
    ASSERT_TRUE(m) << m.error().detail.toStdString();
    const auto& matrix = std::get<metrics::Matrix>(m->data);
    ASSERT_EQ(matrix.size(), 2u);
    ASSERT_EQ(matrix[0].values.size(), 3u);
    EXPECT_EQ(matrix[0].timestampsMs[1], 1700000015000);
    EXPECT_DOUBLE_EQ(matrix[0].values[1], 2.5);
    EXPECT_TRUE(std::isnan(matrix[0].values[2]));
    EXPECT_DOUBLE_EQ(matrix[1].values[0], -0.003);

    auto s = parseQueryResponse(fixture("scalar.json"));
    ASSERT_TRUE(s);
    EXPECT_EQ(std::get<metrics::Scalar>(s->data).timestampMs, 1700000000500);
    EXPECT_DOUBLE_EQ(std::get<metrics::Scalar>(s->data).value, 42.0);

    auto text = parseQueryResponse(fixture("string.json"));
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->warnings.join(u' ').contains(u"hello"_s));
}

TEST(PrometheusParser, ErrorEnvelopesBecomeTypedErrors)
{
    auto bad = parseQueryResponse(fixture("error_bad_data.json"), 400);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::BadQuery);
    EXPECT_EQ(bad.error().httpStatus, 400);
    EXPECT_TRUE(bad.error().detail.contains(u"parse error"_s));

    auto exec = parseQueryResponse(fixture("error_execution.json"), 422);
    ASSERT_FALSE(exec);
    EXPECT_EQ(exec.error().code, ErrorCode::BadQuery);
    EXPECT_TRUE(exec.error().detail.startsWith(u"execution: "_s));

    auto timeout = parseQueryResponse(R"({"status":"error","errorType":"timeout","error":"query timed out"})", 503);
    ASSERT_FALSE(timeout);
    EXPECT_EQ(timeout.error().code, ErrorCode::Timeout);
}

TEST(PrometheusParser, HtmlPagesAreRefusedWithWhatTheySay)
{
    const QByteArray html = fixture("bad_gateway.html");
    auto gateway = parseQueryResponse(html, 502);
    ASSERT_FALSE(gateway);
    EXPECT_EQ(gateway.error().code, ErrorCode::Http);
    EXPECT_EQ(gateway.error().httpStatus, 502);
    EXPECT_TRUE(gateway.error().detail.startsWith(u"502 Bad Gateway"_s)) << gateway.error().detail.toStdString();

    // A login page answered with 200 is still not Prometheus.
    auto login = parseQueryResponse("<!doctype html><html><head><title>Sign in</title></head></html>", 200);
    ASSERT_FALSE(login);
    EXPECT_EQ(login.error().code, ErrorCode::Parse);
    EXPECT_TRUE(login.error().detail.contains(u"HTML"_s));
    EXPECT_TRUE(login.error().detail.contains(u"Sign in"_s));
}

TEST(PrometheusParser, TruncatedMalformedAndWrongTypesAreParseErrors)
{
    const QByteArray full = fixture("matrix_two_series.json");
    // Every cut of a valid answer is an error, never a crash or a silently short result.
    for (qsizetype cut = 1; cut < full.size() - 2; cut += 7) {
        auto r = parseQueryResponse(QByteArrayView(full).first(cut));
        EXPECT_FALSE(r) << "cut at " << cut;
        if (!r) {
            EXPECT_EQ(r.error().code, ErrorCode::Parse);
        }
    }
    EXPECT_EQ(parseQueryResponse("").error().code, ErrorCode::Parse);
    EXPECT_EQ(parseQueryResponse("[1,2,3]").error().code, ErrorCode::Parse);
    auto wrongType = parseQueryResponse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})");
    ASSERT_FALSE(wrongType);
    EXPECT_TRUE(wrongType.error().detail.contains(u"quoted number"_s)) << wrongType.error().detail.toStdString();
    auto notPrometheus = parseQueryResponse(R"({"hello":"world"})");
    ASSERT_FALSE(notPrometheus);
    EXPECT_TRUE(notPrometheus.error().detail.contains(u"status"_s));
}

TEST(PrometheusParser, MetadataAnswers)
{
    auto values = parseStringList(R"({"status":"success","data":["churn-model","fraud-scorer"]})");
    ASSERT_TRUE(values);
    EXPECT_EQ(*values, (QStringList{u"churn-model"_s, u"fraud-scorer"_s}));

    auto info = parseBuildInfo(R"({"status":"success","data":{"version":"2.42.0","revision":"abc","branch":"HEAD"}})");
    ASSERT_TRUE(info);
    EXPECT_EQ(info->version, u"2.42.0"_s);

    auto series = parseSeries(R"({"status":"success","data":[{"__name__":"up","job":"node"}]})");
    ASSERT_TRUE(series);
    ASSERT_EQ(series->size(), 1u);
    EXPECT_EQ(series->front().value(u"job"_s), u"node"_s);
}

TEST(PrometheusParser, RulesKeepAlertingRulesWithTheirAlerts)
{
    auto rules = parseRules(fixture("rules.json"));
    ASSERT_TRUE(rules) << rules.error().detail.toStdString();
    ASSERT_EQ(rules->size(), 1u) << "recording rules are skipped";
    const auto& rule = rules->front();
    EXPECT_EQ(rule.group, u"ml"_s);
    EXPECT_EQ(rule.name, u"ModelServingLatencyHigh"_s);
    EXPECT_TRUE(rule.query.endsWith(u"> 0.5"_s));
    EXPECT_EQ(rule.durationSeconds, 300);
    EXPECT_EQ(rule.annotations.value(u"runbook_url"_s), u"https://runbooks.example.com/latency"_s);
    ASSERT_EQ(rule.alerts.size(), 1u);
    EXPECT_EQ(rule.alerts[0].state, u"firing"_s);
    EXPECT_DOUBLE_EQ(rule.alerts[0].value, 0.93);
    EXPECT_EQ(rule.alerts[0].activeAt, QDateTime::fromString(u"2026-11-20T10:00:15.123Z"_s, Qt::ISODateWithMs));
}
