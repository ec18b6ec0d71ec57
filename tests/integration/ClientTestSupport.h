#pragma once

#include "AwaitResult.h"
#include "SyntheticFleet.h"
#include "common/Error.h"
#include "metrics/MetricsTypes.h"
#include "net/HttpService.h"
#include "prometheus/PrometheusClient.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <optional>
#include <ostream>
#include <variant>

// Blocking helpers for the tests that drive the product's own client: they spin an event loop until the
// answer comes, never longer than a bound.
namespace wk::testfleet {

inline const SyntheticFleet& fleet()
{
    static const SyntheticFleet instance;
    return instance;
}

inline Result<metrics::QueryResult> instantQuery(
    prometheus::PrometheusClient& client, const QString& expr, const QDateTime& at, int timeoutMs = 30'000)
{
    return await<metrics::QueryResult>(
        [&](QObject* context, auto done) {
            client.instantQuery({expr, at}, context, done);
        },
        timeoutMs);
}

inline Result<metrics::QueryResult> rangeQuery(prometheus::PrometheusClient& client, const QString& expr,
    const QDateTime& start, const QDateTime& end, qint64 stepSeconds)
{
    return await<metrics::QueryResult>([&](QObject* context, auto done) {
        client.rangeQuery({expr, start, end, stepSeconds}, context, done);
    });
}

inline Result<net::HttpResponse> send(net::HttpService& http, const net::HttpRequest& request)
{
    return await<net::HttpResponse>([&](QObject* context, auto done) { http.send(request, context, done); });
}

// The samples of an instant vector, or an empty list and a test failure when the answer is not one.
inline metrics::Vector vectorOf(const Result<metrics::QueryResult>& result)
{
    if (!result) {
        ADD_FAILURE() << describe(result.error()).toStdString();
        return {};
    }
    if (const auto* vector = std::get_if<metrics::Vector>(&result->data))
        return *vector;
    ADD_FAILURE() << "not a vector";
    return {};
}

inline metrics::Matrix matrixOf(const Result<metrics::QueryResult>& result)
{
    if (!result) {
        ADD_FAILURE() << describe(result.error()).toStdString();
        return {};
    }
    if (const auto* matrix = std::get_if<metrics::Matrix>(&result->data))
        return *matrix;
    ADD_FAILURE() << "not a matrix";
    return {};
}

// The value of an instant query that must answer exactly one series; NaN (and a failure) otherwise.
inline double singleValue(const Result<metrics::QueryResult>& result)
{
    const metrics::Vector samples = vectorOf(result);
    if (samples.size() != 1) {
        ADD_FAILURE() << "expected one series, got " << samples.size();
        return std::nan("");
    }
    return samples.front().value;
}

inline void expectClose(double actual, double expected, const QString& what)
{
    EXPECT_NEAR(actual, expected, 1e-9 * std::abs(expected)) << what.toStdString();
}

} // namespace wk::testfleet

namespace wk {

// So a failed EXPECT on an error code prints its name.
inline void PrintTo(ErrorCode code, std::ostream* out)
{
    *out << errorCodeName(code).toStdString();
}

} // namespace wk
