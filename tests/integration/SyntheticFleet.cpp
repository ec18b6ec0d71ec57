#include "SyntheticFleet.h"

#include <QIODevice>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wk::testfleet {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr int bucketCount = 11;
constexpr std::array<double, bucketCount> bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, inf};

// Increments per 15 s sample are multiples of 0.5, so every counter value is exact in binary and the
// servers' rate() lands on the same double as perStep / 15.
struct ServiceSpec
{
    QString name;
    double okPerStep;
    double errorPerStep;
    std::array<double, bucketCount> bucketPerStep; // non-cumulative; they add up to ok + error
    double meanLatency;                            // seconds; _sum grows by meanLatency per request
    double accuracy;
    double gpuBase;
    QStringList nodes;
};

const QList<ServiceSpec>& specs()
{
    static const QList<ServiceSpec> table{
        {u"checkout-ranker"_s, 150, 1.5, {1.5, 6, 15, 30, 45, 30, 15, 6, 1.5, 1, 0.5}, 0.125, 0.9, 40,
            {u"gpu-a1"_s, u"gpu-a2"_s}},
        {u"fraud-scorer"_s, 750, 7.5, {150, 300, 150, 90, 45, 15, 6, 1.5, 0, 0, 0}, 0.0078125, 0.95, 20, {u"gpu-b1"_s}},
        {u"search-embedder"_s, 30, 3, {0, 0, 0, 1.5, 3, 6, 9, 7.5, 4.5, 1.5, 0}, 0.5, 0.87, 70,
            {u"gpu-c1"_s, u"gpu-c2"_s}},
    };
    return table;
}

const ServiceSpec* findSpec(const QString& service)
{
    for (const ServiceSpec& spec : specs()) {
        if (spec.name == service)
            return &spec;
    }
    return nullptr;
}

double totalPerStep(const ServiceSpec& spec)
{
    return spec.okPerStep + spec.errorPerStep;
}

double cumulativePerStep(const ServiceSpec& spec, int bucket)
{
    double sum = 0;
    for (int i = 0; i <= bucket; ++i)
        sum += spec.bucketPerStep[size_t(i)];
    return sum;
}

int boundIndex(double bound)
{
    for (int i = 0; i < bucketCount; ++i) {
        if (bounds[size_t(i)] == bound)
            return i;
    }
    return -1;
}

double accuracyOf(const ServiceSpec& spec, bool inDip)
{
    return inDip && spec.name == u"checkout-ranker"_s ? 0.8 : spec.accuracy;
}

double gpuOf(const ServiceSpec& spec, qsizetype nodeIndex, int sample)
{
    return spec.gpuBase + 10.0 * double(nodeIndex) + 0.125 * double(sample % 240);
}

QByteArray formatValue(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    return QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
}

} // namespace

SyntheticFleet::SyntheticFleet(const QDateTime& now)
    : m_now(QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % stepSeconds, Qt::UTC))
{ }

QDateTime SyntheticFleet::defaultNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

int SyntheticFleet::seriesCount() const
{
    int count = 2; // ml_training_loss and ml_feature_psi
    for (const ServiceSpec& spec : specs())
        count += 2 + (bucketCount + 2) + 1 + int(spec.nodes.size());
    return count;
}

QStringList SyntheticFleet::services()
{
    QStringList names;
    for (const ServiceSpec& spec : specs())
        names << spec.name;
    return names;
}

QStringList SyntheticFleet::gpuNodes(const QString& service)
{
    const ServiceSpec* spec = findSpec(service);
    return spec ? spec->nodes : QStringList();
}

double SyntheticFleet::requestRate(const QString& service, const QString& status)
{
    const ServiceSpec* spec = findSpec(service);
    if (!spec)
        return nan;
    if (status == u"ok"_s)
        return spec->okPerStep / stepSeconds;
    if (status == u"error"_s)
        return spec->errorPerStep / stepSeconds;
    return nan;
}

QList<double> SyntheticFleet::bucketBounds()
{
    return QList<double>(bounds.begin(), bounds.end());
}

QString SyntheticFleet::leLabel(double bound)
{
    return QString::fromLatin1(formatValue(bound));
}

double SyntheticFleet::bucketRate(const QString& service, double bound)
{
    const ServiceSpec* spec = findSpec(service);
    const int index = boundIndex(bound);
    return spec && index >= 0 ? cumulativePerStep(*spec, index) / stepSeconds : nan;
}

double SyntheticFleet::durationCountRate(const QString& service)
{
    const ServiceSpec* spec = findSpec(service);
    return spec ? totalPerStep(*spec) / stepSeconds : nan;
}

double SyntheticFleet::durationSumRate(const QString& service)
{
    const ServiceSpec* spec = findSpec(service);
    return spec ? totalPerStep(*spec) * spec->meanLatency / stepSeconds : nan;
}

double SyntheticFleet::histogramQuantile(double q, const QString& service)
{
    const ServiceSpec* spec = findSpec(service);
    if (!spec || std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    std::array<double, bucketCount> counts{};
    for (int i = 0; i < bucketCount; ++i)
        counts[size_t(i)] = bucketRate(service, bounds[size_t(i)]);
    const double observations = counts.back();
    if (observations == 0)
        return nan;
    double rank = q * observations;
    int b = 0;
    while (b < bucketCount - 1 && counts[size_t(b)] < rank)
        ++b;
    if (b == bucketCount - 1)
        return bounds[bucketCount - 2];
    if (b == 0 && bounds[0] <= 0)
        return bounds[0];
    double bucketStart = 0;
    double count = counts[size_t(b)];
    if (b > 0) {
        bucketStart = bounds[size_t(b - 1)];
        count -= counts[size_t(b - 1)];
        rank -= counts[size_t(b - 1)];
    }
    return bucketStart + (bounds[size_t(b)] - bucketStart) * (rank / count);
}

int SyntheticFleet::sampleIndexAt(const QDateTime& t) const
{
    const qint64 offset = start().secsTo(t);
    if (offset < 0 || offset > historySeconds)
        return -1;
    return int(offset / stepSeconds);
}

double SyntheticFleet::accuracyAt(const QString& service, const QDateTime& t) const
{
    const ServiceSpec* spec = findSpec(service);
    const int k = sampleIndexAt(t);
    if (!spec || k < 0)
        return nan;
    const QDateTime sampleTime = start().addSecs(k * stepSeconds);
    return accuracyOf(*spec, sampleTime >= accuracyDipStart() && sampleTime < accuracyDipEnd());
}

double SyntheticFleet::gpuUtilizationAt(const QString& service, const QString& node, const QDateTime& t) const
{
    const ServiceSpec* spec = findSpec(service);
    const int k = sampleIndexAt(t);
    if (!spec || k < 0 || !spec->nodes.contains(node))
        return nan;
    return gpuOf(*spec, spec->nodes.indexOf(node), k);
}

double SyntheticFleet::trainingLossAt(const QDateTime& t) const
{
    const int k = sampleIndexAt(t);
    if (k < 0)
        return nan;
    return start().addSecs(k * stepSeconds) == nanSampleTime() ? nan : 0.5;
}

double SyntheticFleet::featurePsiAt(const QDateTime& t) const
{
    const int k = sampleIndexAt(t);
    if (k < 0)
        return nan;
    return start().addSecs(k * stepSeconds) == infSampleTime() ? inf : 0.05;
}

void SyntheticFleet::writeOpenMetrics(QIODevice& out) const
{
    write(out, Format::OpenMetrics);
}

void SyntheticFleet::writePrometheusImport(QIODevice& out) const
{
    write(out, Format::PrometheusMilliseconds);
}

void SyntheticFleet::write(QIODevice& out, Format format) const
{
    const bool openMetrics = format == Format::OpenMetrics;
    const int samples = samplesPerSeries();
    const qint64 first = start().toSecsSinceEpoch();
    QByteArray buffer;
    buffer.reserve(1 << 20);

    const auto family = [&](const char* name, const char* type) {
        if (openMetrics)
            buffer.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    };
    const auto series = [&](const QByteArray& name, const QString& labels, const auto& valueAt) {
        const QByteArray prefix = name + '{' + labels.toUtf8() + "} ";
        for (int k = 0; k < samples; ++k) {
            const qint64 seconds = first + k * stepSeconds;
            buffer.append(prefix).append(formatValue(valueAt(k))).append(' ');
            buffer.append(QByteArray::number(openMetrics ? seconds : seconds * 1000)).append('\n');
        }
        out.write(buffer);
        buffer.clear();
    };
    const auto sampleTime = [&](int k) { return start().addSecs(k * stepSeconds); };

    family("ml_requests", "counter");
    for (const ServiceSpec& s : specs()) {
        series(
            "ml_requests_total", u"service=\"%1\",status=\"ok\""_s.arg(s.name), [&](int k) { return k * s.okPerStep; });
        series("ml_requests_total", u"service=\"%1\",status=\"error\""_s.arg(s.name),
            [&](int k) { return k * s.errorPerStep; });
    }
    family("ml_request_duration_seconds", "histogram");
    for (const ServiceSpec& s : specs()) {
        for (int i = 0; i < bucketCount; ++i) {
            const double perStep = cumulativePerStep(s, i);
            series("ml_request_duration_seconds_bucket",
                u"service=\"%1\",le=\"%2\""_s.arg(s.name, leLabel(bounds[size_t(i)])),
                [&](int k) { return k * perStep; });
        }
        series("ml_request_duration_seconds_sum", u"service=\"%1\""_s.arg(s.name),
            [&](int k) { return k * totalPerStep(s) * s.meanLatency; });
        series("ml_request_duration_seconds_count", u"service=\"%1\""_s.arg(s.name),
            [&](int k) { return k * totalPerStep(s); });
    }
    family("ml_model_accuracy", "gauge");
    for (const ServiceSpec& s : specs()) {
        series("ml_model_accuracy", u"service=\"%1\""_s.arg(s.name), [&](int k) {
            return accuracyOf(s, sampleTime(k) >= accuracyDipStart() && sampleTime(k) < accuracyDipEnd());
        });
    }
    family("ml_gpu_utilization_percent", "gauge");
    for (const ServiceSpec& s : specs()) {
        for (qsizetype n = 0; n < s.nodes.size(); ++n) {
            series("ml_gpu_utilization_percent", u"service=\"%1\",node=\"%2\""_s.arg(s.name, s.nodes.at(n)),
                [&](int k) { return gpuOf(s, n, k); });
        }
    }
    family("ml_training_loss", "gauge");
    series("ml_training_loss", u"service=\"search-embedder\""_s, [&](int k) { return trainingLossAt(sampleTime(k)); });
    family("ml_feature_psi", "gauge");
    series("ml_feature_psi", u"service=\"fraud-scorer\",feature=\"amount\""_s,
        [&](int k) { return featurePsiAt(sampleTime(k)); });
    if (openMetrics)
        out.write("# EOF\n");
}

} // namespace wk::testfleet
