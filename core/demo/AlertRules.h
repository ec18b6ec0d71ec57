#pragma once

#include "alerts/Alert.h"
#include "demo/promql/SeriesSource.h"

#include <QHash>

#include <vector>

namespace wk::demo {

// A Prometheus-style alerting rule, as the seed's alert table states it.
struct AlertRule
{
    QString name; // ModelServingLatencyHigh
    QString expr; // PromQL; every series it returns is one alert
    qint64 forMs = 0;
    alerts::Priority priority = alerts::Priority::P3;
    QString team;
    QString summary; // "{{service}}: p99 latency {{value}}"
    QString description;
    QString action;  // what the table says to do
    QString runbook; // runbook id, resolved by the runbook library
    QStringList tags;
};

std::vector<AlertRule> defaultAlertRules();

struct RuleEvent
{
    enum class Type { Fired, Resolved };
    Type type = Type::Fired;
    const AlertRule* rule = nullptr;
    QString alias;
    metrics::Labels labels;
    double value = 0.0;
    qint64 atMs = 0;
};

// Evaluates rules every scrape interval like Prometheus does, with `for` durations, and reports when
// alerts start firing and when they resolve.
class AlertRuleEngine
{
public:
    AlertRuleEngine(const promql::SeriesSource& source, std::vector<AlertRule> rules);

    // Evaluates every step after the last one up to `timeMs`; the first call starts at `timeMs`.
    std::vector<RuleEvent> advanceTo(qint64 timeMs);
    void startAt(qint64 timeMs) { m_lastEvalMs = timeMs - m_source.scrapeIntervalMs(); }
    qint64 lastEvaluationMs() const { return m_lastEvalMs; }
    const std::vector<AlertRule>& rules() const { return m_rules; }
    QStringList evaluationErrors() const { return m_errors; }

private:
    struct Active
    {
        qint64 pendingSinceMs = 0;
        bool firing = false;
        double value = 0.0;
        metrics::Labels labels;
        const AlertRule* rule = nullptr;
        bool seen = false;
    };

    void evaluateAt(qint64 timeMs, std::vector<RuleEvent>& events);

    const promql::SeriesSource& m_source;
    std::vector<AlertRule> m_rules;
    QHash<QString, Active> m_active;
    qint64 m_lastEvalMs = -1;
    QStringList m_errors;
};

// "ModelServingLatencyHigh/fraud-scorer": the rule name and the identifying labels, for deduplication.
QString aliasFor(const AlertRule& rule, const metrics::Labels& labels);

} // namespace wk::demo
