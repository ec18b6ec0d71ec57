#include "demo/DemoFleet.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace wk::demo {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr double gib = 1024.0 * 1024.0 * 1024.0;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

qint64 floorTo(qint64 t, qint64 period, qint64 offset = 0)
{
    const qint64 shifted = t - offset;
    qint64 q = shifted / period;
    if (shifted % period != 0 && shifted < 0)
        --q;
    return q * period + offset;
}

QString boundLabel(double bound)
{
    return QString::number(bound, 'g', 10);
}

} // namespace

DemoFleet::DemoFleet(std::uint64_t seed, IncidentScript script, std::vector<ServiceSpec> services)
    : m_seed(seed)
    , m_script(std::move(script))
    , m_services(std::move(services))
{
    m_incidentsByService.resize(m_services.size());
    for (const auto& incident : m_script.incidents()) {
        const int s = serviceIndex(incident.service);
        if (s < 0)
            continue;
        int feature = -1;
        for (int f = 0; f < int(m_services[s].features.size()); ++f) {
            if (m_services[s].features[f].name == incident.target)
                feature = f;
        }
        m_incidentsByService[s].push_back({&incident, feature});
    }
    const QString inf = u"+Inf"_s;
    for (int s = 0; s < int(m_services.size()); ++s) {
        const ServiceSpec& svc = m_services[s];
        const metrics::Labels base{{u"service"_s, svc.name}};
        auto with = [&](std::initializer_list<std::pair<QString, QString>> extra) {
            metrics::Labels l = base;
            for (const auto& [k, v] : extra)
                l.insert(k, v);
            return l;
        };
        addSeries(u"ml_requests_total"_s, with({{u"status"_s, u"ok"_s}}), Kind::Counter, Signal::Requests, s, 0, 0.0);
        addSeries(
            u"ml_requests_total"_s, with({{u"status"_s, u"error"_s}}), Kind::Counter, Signal::Requests, s, 0, 1.0);
        for (double b : latencyBuckets())
            addSeries(u"ml_request_duration_seconds_bucket"_s, with({{u"le"_s, boundLabel(b)}}), Kind::Counter,
                Signal::LatencyBucket, s, -1, b);
        addSeries(u"ml_request_duration_seconds_bucket"_s, with({{u"le"_s, inf}}), Kind::Counter, Signal::LatencyBucket,
            s, -1, INFINITY);
        addSeries(u"ml_request_duration_seconds_sum"_s, base, Kind::Counter, Signal::LatencySum, s);
        addSeries(u"ml_request_duration_seconds_count"_s, base, Kind::Counter, Signal::LatencyCount, s);
        addSeries(u"ml_requests_in_flight"_s, base, Kind::Gauge, Signal::InFlight, s);
        addSeries(
            u"ml_model_accuracy"_s, with({{u"model_version"_s, svc.modelVersion}}), Kind::Gauge, Signal::Accuracy, s);
        for (int c = 0; c < svc.classes.size(); ++c)
            addSeries(u"ml_prediction_class_total"_s, with({{u"class"_s, svc.classes[c]}}), Kind::Counter,
                Signal::ClassCount, s, c);
        for (double b : confidenceBuckets())
            addSeries(u"ml_prediction_confidence_bucket"_s, with({{u"le"_s, boundLabel(b)}}), Kind::Counter,
                Signal::ConfidenceBucket, s, -1, b);
        addSeries(u"ml_prediction_confidence_bucket"_s, with({{u"le"_s, inf}}), Kind::Counter, Signal::ConfidenceBucket,
            s, -1, INFINITY);
        addSeries(u"ml_prediction_confidence_sum"_s, base, Kind::Counter, Signal::ConfidenceSum, s);
        addSeries(u"ml_prediction_confidence_count"_s, base, Kind::Counter, Signal::ConfidenceCount, s);
        for (int f = 0; f < int(svc.features.size()); ++f) {
            const FeatureSpec& feature = svc.features[f];
            for (double b : feature.bucketBounds)
                addSeries(u"ml_feature_value_bucket"_s, with({{u"feature"_s, feature.name}, {u"le"_s, boundLabel(b)}}),
                    Kind::Counter, Signal::FeatureBucket, s, f, b);
            addSeries(u"ml_feature_value_bucket"_s, with({{u"feature"_s, feature.name}, {u"le"_s, inf}}), Kind::Counter,
                Signal::FeatureBucket, s, f, INFINITY);
            addSeries(u"ml_feature_value_sum"_s, with({{u"feature"_s, feature.name}}), Kind::Counter,
                Signal::FeatureSum, s, f);
            addSeries(u"ml_feature_value_count"_s, with({{u"feature"_s, feature.name}}), Kind::Counter,
                Signal::FeatureCount, s, f);
            addSeries(u"ml_feature_drift_score"_s, with({{u"feature"_s, feature.name}}), Kind::Gauge,
                Signal::DriftScore, s, f);
        }
        const auto gpu = with({{u"node"_s, svc.node}, {u"gpu"_s, u"0"_s}});
        addSeries(u"ml_gpu_utilization_percent"_s, gpu, Kind::Gauge, Signal::GpuUtilization, s);
        addSeries(u"ml_gpu_memory_used_bytes"_s, gpu, Kind::Gauge, Signal::GpuMemoryUsed, s);
        addSeries(u"ml_gpu_memory_total_bytes"_s, gpu, Kind::Gauge, Signal::GpuMemoryTotal, s);
        addSeries(u"process_cpu_seconds_total"_s, base, Kind::Counter, Signal::CpuSeconds, s);
        addSeries(u"process_resident_memory_bytes"_s, base, Kind::Gauge, Signal::ResidentMemory, s);
        addSeries(u"ml_queue_depth"_s, with({{u"queue_name"_s, u"inference"_s}}), Kind::Gauge, Signal::QueueDepth, s);
        addSeries(u"ml_feature_store_last_updated_timestamp_seconds"_s,
            with({{u"feature_group"_s, svc.name + u"-features"_s}}), Kind::Gauge, Signal::FeatureStoreUpdated, s);
        const QStringList statuses{u"succeeded"_s, u"failed"_s};
        for (int i = 0; i < statuses.size(); ++i)
            addSeries(u"ml_training_job_status"_s, with({{u"status"_s, statuses[i]}}), Kind::Gauge,
                Signal::TrainingStatus, s, i);
        addSeries(
            u"ml_training_job_last_success_timestamp_seconds"_s, base, Kind::Gauge, Signal::TrainingLastSuccess, s);
    }
    // kube-state-metrics style node readiness: one series per node and condition status, no service label.
    for (int s = 0; s < int(m_services.size()); ++s) {
        for (const QString& status : {u"true"_s, u"false"_s}) {
            addSeries(u"kube_node_status_condition"_s,
                {{u"node"_s, m_services[s].node}, {u"condition"_s, u"Ready"_s}, {u"status"_s, status}}, Kind::Gauge,
                Signal::NodeReady, s, status == u"true" ? 1 : 0);
        }
    }
}

void DemoFleet::addSeries(
    const QString& name, metrics::Labels labels, Kind kind, Signal signal, int service, int index, double bound)
{
    labels.insert(u"__name__"_s, name);
    Def def;
    def.ref.labels = std::move(labels);
    def.ref.kind = kind;
    def.ref.id = int(m_series.size());
    def.signal = signal;
    def.service = service;
    def.index = index;
    def.bound = bound;
    m_series.push_back(std::move(def));
}

std::vector<promql::SeriesSource::SeriesRef> DemoFleet::select(const std::vector<promql::Matcher>& matchers) const
{
    std::vector<std::optional<QRegularExpression>> regexes;
    regexes.reserve(matchers.size());
    for (const auto& m : matchers) {
        if (m.op == promql::Matcher::Op::Regex || m.op == promql::Matcher::Op::NotRegex)
            regexes.emplace_back(QRegularExpression(u"^(?:"_s + m.value + u")$"_s));
        else
            regexes.emplace_back(std::nullopt);
    }
    std::vector<SeriesRef> out;
    for (const Def& def : m_series) {
        bool ok = true;
        for (std::size_t i = 0; i < matchers.size() && ok; ++i) {
            const auto& m = matchers[i];
            const QString actual = def.ref.labels.value(m.name);
            switch (m.op) {
            case promql::Matcher::Op::Equal:
                ok = actual == m.value;
                break;
            case promql::Matcher::Op::NotEqual:
                ok = actual != m.value;
                break;
            case promql::Matcher::Op::Regex:
                ok = regexes[i]->match(actual).hasMatch();
                break;
            case promql::Matcher::Op::NotRegex:
                ok = !regexes[i]->match(actual).hasMatch();
                break;
            }
        }
        if (ok)
            out.push_back(def.ref);
    }
    return out;
}

double DemoFleet::value(const SeriesRef& series, qint64 timeMs) const
{
    if (series.id < 0 || series.id >= int(m_series.size()))
        return nan;
    return compute(m_series[series.id], timeMs);
}

double DemoFleet::counterTotal(const SeriesRef& series, qint64 timeMs) const
{
    // Counters restart at midnight UTC in the demo: enough for a raw read to look like a counter.
    const double sinceMidnight = double(timeMs - floorTo(timeMs, 24 * hourMs)) / 1000.0;
    const double rate = value(series, timeMs);
    return std::isnan(rate) ? nan : std::floor(rate * sinceMidnight);
}

double DemoFleet::noise(int seriesId, qint64 timeMs, qint64 periodMs) const
{
    const qint64 slot = floorTo(timeMs, periodMs) / periodMs;
    const double frac = double(timeMs - slot * periodMs) / double(periodMs);
    auto at = [&](qint64 k) {
        const std::uint64_t h
            = splitmix(m_seed ^ splitmix(std::uint64_t(seriesId) * 0x100000001B3ULL ^ std::uint64_t(k)));
        return double(h >> 11) / double(1ULL << 53) * 2.0 - 1.0;
    };
    return at(slot) * (1.0 - frac) + at(slot + 1) * frac;
}

double DemoFleet::trafficFactor(qint64 timeMs) const
{
    const double hour = double(timeMs - floorTo(timeMs, 24 * hourMs)) / double(hourMs);
    return 1.0 + 0.45 * std::sin(2.0 * std::numbers::pi * (hour - 9.0) / 24.0);
}

int DemoFleet::serviceIndex(const QString& name) const
{
    for (int s = 0; s < int(m_services.size()); ++s) {
        if (m_services[s].name == name)
            return s;
    }
    return -1;
}

QString DemoFleet::serviceOnNode(const QString& node) const
{
    for (const auto& svc : m_services) {
        if (svc.node == node)
            return svc.name;
    }
    return {};
}

bool DemoFleet::nodeReady(const QString& node, qint64 timeMs) const
{
    const int service = serviceIndex(serviceOnNode(node));
    return service < 0 || ready(service, timeMs);
}

double DemoFleet::incident(int service, IncidentKind kind, qint64 timeMs, int feature) const
{
    double best = 0.0;
    for (const auto& si : m_incidentsByService[service]) {
        if (si.incident->kind != kind || (feature >= 0 && si.feature != feature))
            continue;
        best = std::max(best, IncidentScript::rampAt(*si.incident, timeMs));
    }
    return best;
}

double DemoFleet::requestRate(int service, qint64 timeMs) const
{
    const ServiceSpec& svc = m_services[service];
    const double shed = ready(service, timeMs) ? 1.0 : 0.6;
    return svc.baseRps * trafficFactor(timeMs) * shed * (1.0 + 0.04 * noise(1000 + service, timeMs));
}

double DemoFleet::errorRatio(int service, qint64 timeMs) const
{
    const ServiceSpec& svc = m_services[service];
    const double latency = incident(service, IncidentKind::LatencySpike, timeMs);
    const double down = incident(service, IncidentKind::GpuNodeDown, timeMs);
    const double ratio = svc.errorRatio * (1.0 + 0.25 * noise(2000 + service, timeMs)) + 0.04 * latency + 0.08 * down;
    return std::clamp(ratio, 0.0, 1.0);
}

double DemoFleet::latencyMedian(int service, qint64 timeMs) const
{
    const ServiceSpec& svc = m_services[service];
    // During a spike the median moves so that p99 sits near 0.9 s, well past the 500 ms alert line.
    const double spikeMedian = 0.9 / std::exp(2.326 * svc.latencySigma);
    const double spike = incident(service, IncidentKind::LatencySpike, timeMs);
    const double down = incident(service, IncidentKind::GpuNodeDown, timeMs);
    double median = svc.latencyMedianSeconds + spike * (spikeMedian - svc.latencyMedianSeconds);
    median *= 1.0 + 0.6 * down + 0.08 * (trafficFactor(timeMs) - 1.0);
    return median * (1.0 + 0.05 * noise(3000 + service, timeMs));
}

double DemoFleet::accuracy(int service, qint64 timeMs) const
{
    const ServiceSpec& svc = m_services[service];
    const double drop = incident(service, IncidentKind::AccuracyDrop, timeMs);
    const double drift = incident(service, IncidentKind::FeatureDrift, timeMs);
    const double value = svc.accuracy + drop * (0.80 - svc.accuracy) - 0.03 * drift
        + 0.004 * noise(4000 + service, timeMs, 5 * minuteMs);
    return std::clamp(value, 0.0, 1.0);
}

double DemoFleet::featureShift(int service, int feature, qint64 timeMs) const
{
    const double drift = incident(service, IncidentKind::FeatureDrift, timeMs, feature);
    return 1.2 * drift + 0.05 * std::sin(2.0 * std::numbers::pi * double(timeMs) / double(24 * hourMs));
}

qint64 DemoFleet::featureStoreUpdatedMs(int service, qint64 timeMs) const
{
    // The feature pipeline lands every 30 minutes; a stale incident freezes it at its last good run.
    const qint64 period = 30 * minuteMs;
    const qint64 offset = qint64(service) * 7 * minuteMs;
    for (const auto& w : m_script.activeAt(timeMs)) {
        if (w.incident->kind == IncidentKind::FeatureStoreStale && w.incident->service == m_services[service].name)
            return floorTo(w.startMs, period, offset);
    }
    return floorTo(timeMs, period, offset);
}

bool DemoFleet::trainingFailed(int service, qint64 timeMs) const
{
    return incident(service, IncidentKind::TrainingJobFailed, timeMs) > 0.0;
}

qint64 DemoFleet::lastTrainingSuccessMs(int service, qint64 timeMs) const
{
    // Retraining runs every six hours; a failed run's retry succeeds when the incident ends.
    const qint64 period = IncidentScript::cycleMinutes * minuteMs;
    const qint64 offset = (20 + 40 * qint64(service)) * minuteMs;
    qint64 best = 0;
    for (qint64 run = floorTo(timeMs, period, offset); run > timeMs - 4 * period; run -= period) {
        if (!trainingFailed(service, run)) {
            best = run;
            break;
        }
    }
    for (const auto& w : m_script.occurrencesBetween(timeMs - 2 * period, timeMs)) {
        if (w.incident->kind == IncidentKind::TrainingJobFailed && w.incident->service == m_services[service].name
            && w.endMs <= timeMs)
            best = std::max(best, w.endMs);
    }
    return best;
}

double DemoFleet::confidenceShape(int service, qint64 timeMs) const
{
    const double drop = incident(service, IncidentKind::AccuracyDrop, timeMs);
    return 5.0 - 2.8 * drop;
}

double DemoFleet::compute(const Def& def, qint64 timeMs) const
{
    const int s = def.service;
    const ServiceSpec& svc = m_services[s];
    // Each signal computes only what it needs: the evaluator calls this hundreds of thousands of times.
    const bool ready = this->ready(s, timeMs);
    const double n = noise(def.ref.id, timeMs);
    auto rpsNow = [&] { return requestRate(s, timeMs); };
    auto meanLatencyNow
        = [&] { return latencyMedian(s, timeMs) * std::exp(svc.latencySigma * svc.latencySigma / 2.0); };
    auto spikeNow = [&] { return incident(s, IncidentKind::LatencySpike, timeMs); };

    switch (def.signal) {
    case Signal::Requests: {
        const double err = errorRatio(s, timeMs);
        return rpsNow() * (def.bound > 0.5 ? err : 1.0 - err);
    }
    case Signal::LatencyBucket:
        if (std::isinf(def.bound))
            return rpsNow();
        return rpsNow() * normalCdf((std::log(def.bound) - std::log(latencyMedian(s, timeMs))) / svc.latencySigma);
    case Signal::LatencySum:
        return rpsNow() * meanLatencyNow();
    case Signal::LatencyCount:
        return rpsNow();
    case Signal::InFlight:
        return std::max(0.0, rpsNow() * meanLatencyNow() * (1.0 + 0.04 * n));
    case Signal::Accuracy:
        return accuracy(s, timeMs);
    case Signal::ClassCount: {
        const double drift = incident(s, IncidentKind::FeatureDrift, timeMs);
        std::vector<double> mix = svc.classMix;
        mix.front() += 0.1 * drift;
        double total = 0.0;
        for (double m : mix)
            total += m;
        return rpsNow() * mix[def.index] / total * (1.0 + 0.03 * n);
    }
    case Signal::ConfidenceBucket: {
        if (std::isinf(def.bound))
            return rpsNow();
        // Kumaraswamy(a, 1): F(x) = x^a; a falls when the model gets unsure.
        return rpsNow() * std::pow(std::clamp(def.bound, 0.0, 1.0), confidenceShape(s, timeMs));
    }
    case Signal::ConfidenceSum: {
        const double a = confidenceShape(s, timeMs);
        return rpsNow() * a / (a + 1.0);
    }
    case Signal::ConfidenceCount:
    case Signal::FeatureCount:
        return rpsNow();
    case Signal::FeatureBucket: {
        if (std::isinf(def.bound))
            return rpsNow();
        const FeatureSpec& f = svc.features[def.index];
        const double mean = f.mean + featureShift(s, def.index, timeMs) * f.sd;
        return rpsNow() * normalCdf((def.bound - mean) / f.sd);
    }
    case Signal::FeatureSum: {
        const FeatureSpec& f = svc.features[def.index];
        return rpsNow() * (f.mean + featureShift(s, def.index, timeMs) * f.sd);
    }
    case Signal::DriftScore: {
        // KS distance between N(0,1) and N(d,1) is 2*Phi(d/2) - 1; sampling adds a little floor noise.
        const double d = std::abs(featureShift(s, def.index, timeMs));
        return 2.0 * normalCdf(d / 2.0) - 1.0 + 0.015 + 0.01 * std::abs(n);
    }
    case Signal::GpuUtilization:
        if (!ready)
            return nan;
        return std::clamp(30.0 + 45.0 * (trafficFactor(timeMs) - 0.55) / 0.9 + 25.0 * spikeNow() + 4.0 * n, 0.0, 100.0);
    case Signal::GpuMemoryUsed:
        if (!ready)
            return nan;
        return 16.0 * gib * std::clamp(0.55 + 0.1 * trafficFactor(timeMs) + 0.25 * spikeNow() + 0.02 * n, 0.0, 1.0);
    case Signal::GpuMemoryTotal:
        return ready ? 16.0 * gib : nan;
    case Signal::CpuSeconds:
        return 0.4 + rpsNow() * 0.004 * (1.0 + 0.05 * n) + 1.5 * spikeNow();
    case Signal::ResidentMemory: {
        const double sawtooth = double(timeMs % (20 * minuteMs)) / double(20 * minuteMs);
        return svc.memoryBytes * (1.0 + 0.08 * sawtooth + 0.01 * n);
    }
    case Signal::QueueDepth: {
        const double down = incident(s, IncidentKind::GpuNodeDown, timeMs);
        return std::max(0.0, rpsNow() * meanLatencyNow() * 0.4 * (1.0 + 15.0 * spikeNow() + 10.0 * down) + 2.0 * n);
    }
    case Signal::NodeReady:
        return (ready ? 1.0 : 0.0) == double(def.index) ? 1.0 : 0.0;
    case Signal::FeatureStoreUpdated:
        return double(featureStoreUpdatedMs(s, timeMs)) / 1000.0;
    case Signal::TrainingStatus: {
        const bool failed = trainingFailed(s, timeMs);
        return (def.index == 1) == failed ? 1.0 : 0.0;
    }
    case Signal::TrainingLastSuccess:
        return double(lastTrainingSuccessMs(s, timeMs)) / 1000.0;
    }
    return nan;
}

} // namespace wk::demo
