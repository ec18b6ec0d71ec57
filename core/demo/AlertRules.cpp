#include "demo/AlertRules.h"

#include "demo/promql/Evaluator.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::demo {

std::vector<AlertRule> defaultAlertRules()
{
    using alerts::Priority;
    return {
        {u"ModelServingLatencyHigh"_s,
            u"histogram_quantile(0.99, sum by (service, le) (rate(ml_request_duration_seconds_bucket[5m]))) > 0.5"_s,
            5 * 60'000, Priority::P1, u"ML Infra"_s, u"Model serving latency high: {{service}} p99 {{value}} s"_s,
            u"Model serving p99 latency > 500 ms for 5 minutes."_s, u"Scale up, optimise the model"_s,
            u"model-serving-latency"_s, {u"ml"_s, u"latency"_s, u"ml-infra"_s}},
        {u"ModelAccuracyDrop"_s, u"ml_model_accuracy < 0.85"_s, 15 * 60'000, Priority::P2, u"Data Science"_s,
            u"Model accuracy below 85%: {{service}} at {{value}}"_s,
            u"Accuracy on ground truth has been under 0.85 for 15 minutes."_s,
            u"Check data drift, compare feature distributions, retrain"_s, u"model-accuracy-drop"_s,
            {u"ml"_s, u"model-quality"_s, u"data-science"_s}},
        {u"DataDriftDetected"_s, u"max by (service, feature) (ml_feature_drift_score) > 0.2"_s, 10 * 60'000,
            Priority::P3, u"Data Science"_s, u"Data drift on {{service}} feature {{feature}} (KS {{value}})"_s,
            u"The feature's distribution moved away from its reference (KS statistic > 0.2 for 10 minutes)."_s,
            u"Check the feature distribution and its upstream source"_s, u"data-drift"_s,
            {u"ml"_s, u"drift"_s, u"data-science"_s}},
        {u"GPUNodeNotReady"_s, u"kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0"_s, 5 * 60'000,
            Priority::P1, u"ML Infra"_s, u"GPU node {{node}} not ready"_s,
            u"The Kubernetes node has not been Ready for 5 minutes; its models run degraded elsewhere."_s,
            u"Fail over, replace the node"_s, u"gpu-node-not-ready"_s, {u"ml"_s, u"gpu"_s, u"ml-infra"_s}},
        {u"FeatureStoreStale"_s, u"time() - ml_feature_store_last_updated_timestamp_seconds > 7200"_s, 0, Priority::P3,
            u"ML Platform"_s, u"Feature store stale: {{feature_group}} not updated for over 2 hours"_s,
            u"The feature pipeline has not landed new features for more than 2 hours."_s,
            u"Check the source data pipeline, retry the feature job"_s, u"feature-store-stale"_s,
            {u"ml"_s, u"pipeline"_s, u"ml-platform"_s}},
        {u"TrainingJobFailed"_s, u"ml_training_job_status{status=\"failed\"} == 1"_s, 0, Priority::P2, u"ML Platform"_s,
            u"Training job failed: {{service}}"_s,
            u"The scheduled retraining run failed; the model in production is getting older."_s,
            u"Check the job log and GPU memory, retry the job"_s, u"training-job-failed"_s,
            {u"ml"_s, u"training"_s, u"ml-platform"_s}},
    };
}

QString aliasFor(const AlertRule& rule, const metrics::Labels& labels)
{
    QStringList parts{rule.name};
    for (const QString& key : {u"service"_s, u"feature"_s, u"node"_s, u"feature_group"_s}) {
        if (labels.contains(key))
            parts.append(labels.value(key));
    }
    return parts.join(u'/');
}

AlertRuleEngine::AlertRuleEngine(const promql::SeriesSource& source, std::vector<AlertRule> rules)
    : m_source(source)
    , m_rules(std::move(rules))
{ }

std::vector<RuleEvent> AlertRuleEngine::advanceTo(qint64 timeMs)
{
    std::vector<RuleEvent> events;
    const qint64 step = m_source.scrapeIntervalMs();
    if (m_lastEvalMs < 0)
        m_lastEvalMs = timeMs / step * step - step;
    for (qint64 t = m_lastEvalMs + step; t <= timeMs; t += step) {
        evaluateAt(t, events);
        m_lastEvalMs = t;
    }
    return events;
}

void AlertRuleEngine::evaluateAt(qint64 timeMs, std::vector<RuleEvent>& events)
{
    for (auto& active : m_active)
        active.seen = false;
    for (const AlertRule& rule : m_rules) {
        auto result = promql::evaluateInstant(rule.expr, timeMs, m_source);
        if (!result) {
            if (!m_errors.contains(rule.name))
                m_errors.append(rule.name + u": "_s + result.error().detail);
            continue;
        }
        const auto* vector = std::get_if<metrics::Vector>(&result->data);
        if (!vector)
            continue;
        for (const auto& sample : *vector) {
            const QString alias = aliasFor(rule, sample.labels);
            auto it = m_active.find(alias);
            if (it == m_active.end())
                it = m_active.insert(alias, Active{timeMs, false, sample.value, sample.labels, &rule, true});
            it->seen = true;
            it->value = sample.value;
            if (!it->firing && timeMs - it->pendingSinceMs >= rule.forMs) {
                it->firing = true;
                events.push_back({RuleEvent::Type::Fired, &rule, alias, sample.labels, sample.value, timeMs});
            }
        }
    }
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (it->seen) {
            ++it;
            continue;
        }
        if (it->firing)
            events.push_back({RuleEvent::Type::Resolved, it->rule, it.key(), it->labels, it->value, timeMs});
        it = m_active.erase(it);
    }
}

} // namespace wk::demo
