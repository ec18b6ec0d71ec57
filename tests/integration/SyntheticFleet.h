#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace wk::testfleet {

// A deterministic metric history of three ML services, independent of the app's demo fleet, built so that
// every query result an integration test asserts can be computed by hand from the numbers below.
//
// 26 hours ending at now(), one sample every 15 s on every series (now() and start() included):
//   ml_requests_total{service,status="ok"|"error"}       counter, constant rate (requestRate)
//   ml_request_duration_seconds_bucket{service,le}         cumulative counters, constant rates (bucketRate);
//   ml_request_duration_seconds_sum / _count{service}      _count grows like ok + error requests
//   ml_model_accuracy{service}                             gauge; checkout-ranker drops from 0.9 to 0.8 during
//                                                          [accuracyDipStart, accuracyDipEnd)
//   ml_gpu_utilization_percent{service,node}               gauge, a 1 h sawtooth (gpuUtilizationAt)
//   ml_training_loss{service="search-embedder"}            gauge 0.5, NaN at nanSampleTime
//   ml_feature_psi{service="fraud-scorer",feature="amount"} gauge 0.05, +Inf at infSampleTime
// Counters start at 0 at start(), so rate() over a window touching start() is where servers differ.
class SyntheticFleet
{
public:
    static constexpr qint64 stepSeconds = 15;
    static constexpr qint64 historySeconds = 26 * 3600;

    // now is rounded down to a multiple of 15 s.
    explicit SyntheticFleet(const QDateTime& now = defaultNow());

    static QDateTime defaultNow(); // 2026-03-01T12:00:00Z

    QDateTime now() const { return m_now; }
    QDateTime start() const { return m_now.addSecs(-historySeconds); }
    int samplesPerSeries() const { return int(historySeconds / stepSeconds) + 1; }
    int seriesCount() const;
    static QStringList services();
    static QStringList gpuNodes(const QString& service);

    // Per second; NaN for an unknown service or status.
    static double requestRate(const QString& service, const QString& status);

    // Upper bounds of ml_request_duration_seconds, the last one +Inf, and the label text each gets.
    static QList<double> bucketBounds();
    static QString leLabel(double bound);
    // Per-second growth of the cumulative bucket {le=bound}; NaN when bound is not one of bucketBounds().
    static double bucketRate(const QString& service, double bound);
    static double durationCountRate(const QString& service);
    static double durationSumRate(const QString& service);
    // What Prometheus' histogram_quantile(q, rate(ml_request_duration_seconds_bucket[w])) gives for a window
    // inside the history: the bucket rates, interpolated linearly inside the bucket holding rank q * count.
    static double histogramQuantile(double q, const QString& service);

    // Gauges: the value of the last sample at or before t; NaN before start() or after now().
    double accuracyAt(const QString& service, const QDateTime& t) const;
    QDateTime accuracyDipStart() const { return m_now.addSecs(-10 * 3600); }
    QDateTime accuracyDipEnd() const { return m_now.addSecs(-9 * 3600); }
    double gpuUtilizationAt(const QString& service, const QString& node, const QDateTime& t) const;
    double trainingLossAt(const QDateTime& t) const;
    double featurePsiAt(const QDateTime& t) const;
    QDateTime nanSampleTime() const { return m_now.addSecs(-6 * 3600); }
    QDateTime infSampleTime() const { return m_now.addSecs(-5 * 3600); }

    // OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: # TYPE lines, timestamps in
    // seconds, # EOF at the end.
    void writeOpenMetrics(QIODevice& out) const;
    // Prometheus exposition text with timestamps in milliseconds, for VictoriaMetrics'
    // /api/v1/import/prometheus.
    void writePrometheusImport(QIODevice& out) const;

private:
    enum class Format { OpenMetrics, PrometheusMilliseconds };
    void write(QIODevice& out, Format format) const;
    // Index of the last sample at or before t, or -1 outside the history.
    int sampleIndexAt(const QDateTime& t) const;

    QDateTime m_now;
};

} // namespace wk::testfleet
