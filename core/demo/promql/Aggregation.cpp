#include "demo/promql/Aggregation.h"

#include "demo/promql/KahanSum.h"

#include <QHash>

#include <cmath>

namespace wk::demo::promql {

namespace {

struct Group
{
    metrics::Labels labels;
    KahanSum sum;
    double value = 0.0; // min or max so far
    qsizetype count = 0;
};

void accumulate(AggregateOp op, Group& group, double value)
{
    ++group.count;
    switch (op) {
    case AggregateOp::Sum:
    case AggregateOp::Avg:
        group.sum.add(value);
        break;
    case AggregateOp::Min:
        // A NaN is replaced by any number, as in Prometheus.
        if (group.count == 1 || value < group.value || std::isnan(group.value))
            group.value = value;
        break;
    case AggregateOp::Max:
        if (group.count == 1 || value > group.value || std::isnan(group.value))
            group.value = value;
        break;
    case AggregateOp::Count:
        break;
    }
}

double result(AggregateOp op, const Group& group)
{
    switch (op) {
    case AggregateOp::Sum:
        return group.sum.result();
    case AggregateOp::Avg:
        return group.sum.result() / static_cast<double>(group.count);
    case AggregateOp::Min:
    case AggregateOp::Max:
        return group.value;
    case AggregateOp::Count:
        return static_cast<double>(group.count);
    }
    return 0.0;
}

} // namespace

metrics::Vector aggregate(AggregateOp op, const LabelGrouping& grouping, const metrics::Vector& input, qint64 timeMs)
{
    std::vector<Group> groups;
    QHash<QString, qsizetype> index;
    QString key;
    for (const metrics::Sample& sample : input) {
        key.resize(0);
        grouping.appendKey(sample.labels, key);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, static_cast<qsizetype>(groups.size()));
            groups.push_back(Group{grouping.groupLabels(sample.labels), {}, 0.0, 0});
        }
        accumulate(op, groups[static_cast<std::size_t>(found.value())], sample.value);
    }
    metrics::Vector output;
    output.reserve(groups.size());
    for (const Group& group : groups)
        output.push_back(metrics::Sample{group.labels, timeMs, result(op, group)});
    return output;
}

} // namespace wk::demo::promql
