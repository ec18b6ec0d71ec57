#include "demo/promql/BinaryOps.h"

#include "demo/promql/LabelOps.h"
#include "demo/promql/Operators.h"

#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

// The value, and whether a comparison holds (always true for arithmetic).
std::pair<double, bool> apply(BinaryOp op, double lhs, double rhs)
{
    switch (op) {
    case BinaryOp::Add:
        return {lhs + rhs, true};
    case BinaryOp::Sub:
        return {lhs - rhs, true};
    case BinaryOp::Mul:
        return {lhs * rhs, true};
    case BinaryOp::Div:
        return {lhs / rhs, true};
    case BinaryOp::Mod:
        return {std::fmod(lhs, rhs), true};
    case BinaryOp::Pow:
        return {std::pow(lhs, rhs), true};
    case BinaryOp::Eq:
        return {lhs, lhs == rhs};
    case BinaryOp::Ne:
        return {lhs, lhs != rhs};
    case BinaryOp::Gt:
        return {lhs, lhs > rhs};
    case BinaryOp::Lt:
        return {lhs, lhs < rhs};
    case BinaryOp::Ge:
        return {lhs, lhs >= rhs};
    case BinaryOp::Le:
        return {lhs, lhs <= rhs};
    default:
        return {lhs, false};
    }
}

LabelGrouping matchingOf(const Binary& node)
{
    return LabelGrouping{node.matchingLabels, !node.on};
}

QString signature(const LabelGrouping& matching, const metrics::Labels& labels)
{
    QString key;
    matching.appendKey(labels, key);
    return key;
}

metrics::Vector vectorScalar(const Binary& node, metrics::Vector vector, double scalar, bool scalarOnLeft)
{
    const bool dropName = !isComparison(node.op) || node.returnBool;
    metrics::Vector output;
    output.reserve(vector.size());
    for (metrics::Sample& sample : vector) {
        const double lhs = scalarOnLeft ? scalar : sample.value;
        const double rhs = scalarOnLeft ? sample.value : scalar;
        auto [value, keep] = apply(node.op, lhs, rhs);
        if (isComparison(node.op)) {
            // A filter keeps the vector's own value, whichever side it is on.
            value = node.returnBool ? (keep ? 1.0 : 0.0) : sample.value;
            keep = keep || node.returnBool;
        }
        if (!keep)
            continue;
        sample.value = value;
        if (dropName)
            sample.labels.remove(kMetricNameLabel);
        output.push_back(std::move(sample));
    }
    return output;
}

metrics::Vector setOperation(const Binary& node, metrics::Vector lhs, metrics::Vector rhs)
{
    const LabelGrouping matching = matchingOf(node);
    QSet<QString> rightSignatures;
    for (const metrics::Sample& sample : rhs)
        rightSignatures.insert(signature(matching, sample.labels));
    metrics::Vector output;
    if (node.op == BinaryOp::Or) {
        QSet<QString> leftSignatures;
        for (metrics::Sample& sample : lhs) {
            leftSignatures.insert(signature(matching, sample.labels));
            output.push_back(std::move(sample));
        }
        for (metrics::Sample& sample : rhs) {
            if (!leftSignatures.contains(signature(matching, sample.labels)))
                output.push_back(std::move(sample));
        }
        return output;
    }
    const bool keepMatched = node.op == BinaryOp::And;
    for (metrics::Sample& sample : lhs) {
        if (rightSignatures.contains(signature(matching, sample.labels)) == keepMatched)
            output.push_back(std::move(sample));
    }
    return output;
}

Result<metrics::Vector> vectorVector(const Binary& node, metrics::Vector lhs, const metrics::Vector& rhs)
{
    const LabelGrouping matching = matchingOf(node);
    QHash<QString, qsizetype> rightBySignature;
    for (qsizetype i = 0; i < static_cast<qsizetype>(rhs.size()); ++i) {
        const metrics::Labels& labels = rhs[static_cast<std::size_t>(i)].labels;
        QString key = signature(matching, labels);
        if (const auto it = rightBySignature.constFind(key); it != rightBySignature.cend())
            return makeError(ErrorCode::BadQuery,
                u"found duplicate series for the match group "_s + formatLabels(matching.groupLabels(labels))
                    + u" on the right hand-side of the operation: ["_s
                    + formatLabels(rhs[static_cast<std::size_t>(it.value())].labels) + u", "_s + formatLabels(labels)
                    + u"];many-to-many matching not allowed: matching labels must be unique on one side"_s);
        rightBySignature.insert(std::move(key), i);
    }
    const bool dropName = !isComparison(node.op) || node.returnBool;
    QSet<QString> matchedSignatures;
    metrics::Vector output;
    for (metrics::Sample& sample : lhs) {
        QString key = signature(matching, sample.labels);
        const auto right = rightBySignature.constFind(key);
        if (right == rightBySignature.cend())
            continue;
        if (matchedSignatures.contains(key))
            return makeError(ErrorCode::BadQuery,
                u"multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)"_s);
        matchedSignatures.insert(std::move(key));
        auto [value, keep] = apply(node.op, sample.value, rhs[static_cast<std::size_t>(right.value())].value);
        if (node.returnBool) {
            value = keep ? 1.0 : 0.0;
            keep = true;
        }
        if (!keep)
            continue;
        sample.value = value;
        if (dropName)
            sample.labels.remove(kMetricNameLabel);
        // One-to-one results carry only the labels that took part in the match.
        if (node.on)
            sample.labels = matching.groupLabels(sample.labels);
        else
            for (const QString& name : node.matchingLabels)
                sample.labels.remove(name);
        output.push_back(std::move(sample));
    }
    return output;
}

} // namespace

Result<Value> evaluateBinary(const Binary& node, Value lhs, Value rhs)
{
    auto* leftVector = std::get_if<metrics::Vector>(&lhs);
    auto* rightVector = std::get_if<metrics::Vector>(&rhs);
    if (!leftVector && !rightVector) {
        const auto [value, holds] = apply(node.op, std::get<double>(lhs), std::get<double>(rhs));
        return isComparison(node.op) ? (holds ? 1.0 : 0.0) : value;
    }
    if (!rightVector)
        return vectorScalar(node, std::move(*leftVector), std::get<double>(rhs), false);
    if (!leftVector)
        return vectorScalar(node, std::move(*rightVector), std::get<double>(lhs), true);
    if (node.op == BinaryOp::And || node.op == BinaryOp::Or || node.op == BinaryOp::Unless)
        return setOperation(node, std::move(*leftVector), std::move(*rightVector));
    auto result = vectorVector(node, std::move(*leftVector), *rightVector);
    if (!result)
        return std::unexpected(result.error());
    return std::move(*result);
}

} // namespace wk::demo::promql
