#pragma once

#include <QString>

#include <optional>

namespace wk::prometheus {

// An alerting rule's expression split at its top-level comparison: what to chart, and the line it crosses.
// "histogram_quantile(0.99, ...) > 0.5" -> {"histogram_quantile(0.99, ...)", ">", 0.5}.
struct RuleCondition
{
    QString expr;
    QString op;
    double threshold = 0.0;
    bool above() const { return op.startsWith(u'>') || op == u"!="; }
};

// Nothing when the rule is not "<expr> <op> <number>" (e.g. absent(...) or a comparison of two series).
std::optional<RuleCondition> splitRuleCondition(const QString& query);

} // namespace wk::prometheus
