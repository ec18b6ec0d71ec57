// Parser throughput on query_range answers shaped like Prometheus' own (1, 10 and 50 series at 1,000 and
// 11,000 points): our simdjson parser against QJsonDocument parse-and-walk, measured in the same run.
// Prints MB/s for both and the ratio; asserts nothing.
#include "prometheus/ResponseParser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

namespace {

QByteArray makeRangeAnswer(int seriesCount, int points)
{
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> dist(0.0, 1000.0);
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < seriesCount; ++s) {
        if (s > 0)
            out += ',';
        out += R"({"metric":{"__name__":"ml_request_duration_seconds_bucket","service":"fraud-scorer","instance":"10.0.0.)"
            + QByteArray::number(s) + R"(:9100","le":"0.25"},"values":[)";
        for (int p = 0; p < points; ++p) {
            if (p > 0)
                out += ',';
            const double v = dist(rng);
            out += '[' + QByteArray::number(1700000000.0 + p * 15.0, 'f', 3) + ",\""
                + (p % 997 == 0 ? QByteArray("NaN") : QByteArray::number(v, 'g', 17)) + "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

// What a QJsonDocument-based client would do with the same bytes: parse, then walk into doubles.
std::size_t qjsonParseAndWalk(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    std::size_t points = 0;
    double sink = 0;
    for (const auto& seriesValue : doc.object().value(u"data").toObject().value(u"result").toArray()) {
        const QJsonObject series = seriesValue.toObject();
        QMap<QString, QString> labels;
        const QJsonObject metric = series.value(u"metric").toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        for (const auto& sample : series.value(u"values").toArray()) {
            const QJsonArray pair = sample.toArray();
            sink += pair.at(0).toDouble();
            bool ok = false;
            sink += pair.at(1).toString().toDouble(&ok);
            ++points;
        }
    }
    return points + (sink == 0.123 ? 1 : 0);
}

double megabytesPerSecond(const QByteArray& body, const std::function<std::size_t()>& run)
{
    QElapsedTimer timer;
    int iterations = 0;
    std::size_t checksum = 0;
    timer.start();
    while (timer.nsecsElapsed() < 400'000'000 || iterations < 3) {
        checksum += run();
        ++iterations;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (checksum == 0)
        std::printf("(no points parsed)\n");
    return double(body.size()) * iterations / seconds / 1e6;
}

} // namespace

int main()
{
    std::printf("%-22s %10s %14s %14s %8s\n", "answer", "size", "ours MB/s", "QJson MB/s", "ratio");
    for (int series : {1, 10, 50}) {
        for (int points : {1000, 11000}) {
            const QByteArray body = makeRangeAnswer(series, points);
            const double ours = megabytesPerSecond(body, [&] {
                auto r = wk::prometheus::parseQueryResponse(body);
                return r ? std::get<wk::metrics::Matrix>(r->data).size() : std::size_t(0);
            });
            const double qjson = megabytesPerSecond(body, [&] { return qjsonParseAndWalk(body); });
            char name[64];
            std::snprintf(name, sizeof name, "%d series x %d pts", series, points);
            std::printf("%-22s %8.1f MB %14.0f %14.0f %7.1fx\n", name, body.size() / 1e6, ours, qjson, ours / qjson);
        }
    }
    return 0;
}
