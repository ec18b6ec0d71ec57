#pragma once

#include "metrics/MetricsBackend.h"

#include <QHash>

#include <functional>

namespace wk::fakes {

// Answers queries synchronously from a table of expression -> result; records what was asked.
class FakeMetricsBackend final : public metrics::MetricsBackend
{
public:
    QHash<QString, Result<metrics::QueryResult>> answers;
    // Range queries look here first: the same expression can be asked as an instant and as a range.
    QHash<QString, Result<metrics::QueryResult>> rangeAnswers;
    QList<metrics::RangeQuery> rangeQueries;
    QList<metrics::InstantQuery> instantQueries;
    QStringList labelValuesAnswer;

    QString sourceName() const override { return QStringLiteral("fake metrics"); }

    void instantQuery(const metrics::InstantQuery& query, QObject*, Callback<metrics::QueryResult> done) override
    {
        instantQueries.append(query);
        done(answer(query.expr));
    }
    void rangeQuery(const metrics::RangeQuery& query, QObject*, Callback<metrics::QueryResult> done) override
    {
        rangeQueries.append(query);
        done(rangeAnswers.contains(query.expr) ? rangeAnswers.value(query.expr) : answer(query.expr));
    }
    void labelValues(const QString&, const QString&, QObject*, Callback<QStringList> done) override
    {
        done(labelValuesAnswer);
    }
    void buildInfo(QObject*, Callback<metrics::BuildInfo> done) override { done(metrics::BuildInfo{}); }

private:
    Result<metrics::QueryResult> answer(const QString& expr) const
    {
        if (answers.contains(expr))
            return answers.value(expr);
        return makeError(ErrorCode::BadQuery, QStringLiteral("no answer for ") + expr);
    }
};

} // namespace wk::fakes
