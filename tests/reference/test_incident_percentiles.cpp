#include "PythonReference.h"

#include "analytics/incidents/IncidentMetrics.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk::analytics::incidents;

namespace {

// Durations in milliseconds' precision, as Opsgenie reports them: a deterministic heavy-tailed mix with ties.
QList<double> durations(int n, quint32 seed)
{
    QList<double> values;
    quint32 state = seed;
    for (int i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        const double u = double(state >> 8) / double(1u << 24);
        const double seconds = i % 7 == 3 ? 120.0 : std::round(std::exp(8.0 * u) * 1000.0) / 1000.0;
        values.append(seconds);
    }
    return values;
}

const QList<double> percentages{0, 5, 25, 50, 90, 95, 99, 100};

} // namespace

TEST(IncidentPercentilesReference, MatchNumpyPercentileDefault)
{
    QList<QList<double>> sets;
    for (int n : {1, 2, 3, 4, 7, 10, 19, 20, 101, 1000})
        sets.append(durations(n, quint32(n) * 7919u));
    sets.append({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    sets.append({5, 5, 5, 5});

    QJsonArray cases;
    for (const QList<double>& values : sets) {
        QJsonArray v;
        for (double x : values)
            v.append(x);
        QJsonArray ps;
        for (double p : percentages)
            ps.append(p);
        cases.append(QJsonObject{{u"values"_s, v}, {u"ps"_s, ps}});
    }
    const auto answer
        = wk::test::runPythonReference(u"incident_percentiles.py"_s, QJsonDocument(QJsonObject{{u"cases"_s, cases}}));
    ASSERT_TRUE(answer);
    const QJsonArray expected = answer->object().value(u"cases"_s).toArray();
    ASSERT_EQ(expected.size(), sets.size());

    for (qsizetype i = 0; i < sets.size(); ++i) {
        const auto d = distributionOf(sets[i]);
        ASSERT_TRUE(d);
        const QJsonObject want = expected[i].toObject();
        const double tolerance = 1e-9 * std::max(1.0, d->max);
        EXPECT_NEAR(d->mean, want.value(u"mean"_s).toDouble(), tolerance) << "set " << i;
        QList<double> sorted = sets[i];
        std::sort(sorted.begin(), sorted.end());
        const QJsonArray wantPercentiles = want.value(u"percentiles"_s).toArray();
        for (qsizetype k = 0; k < percentages.size(); ++k) {
            EXPECT_NEAR(percentileOfSorted(sorted, percentages[k] / 100.0), wantPercentiles[k].toDouble(), tolerance)
                << "set " << i << " p" << percentages[k];
        }
        EXPECT_NEAR(d->p50, wantPercentiles[3].toDouble(), tolerance) << "set " << i;
        EXPECT_NEAR(d->p95, wantPercentiles[5].toDouble(), tolerance) << "set " << i;
    }
}

TEST(IncidentPercentilesReference, ReportMatchesNumpyOverAckOrCloseTimes)
{
    // 200 closed alerts, every third never acknowledged (its close time stands in), plus open ones that must not
    // count: the report's MTTA is numpy's over exactly the ack-or-close times of the closed alerts.
    const QList<double> acks = durations(200, 17u);
    const QList<double> extra = durations(200, 23u);
    QList<IncidentRecord> records;
    QJsonArray mtta;
    QJsonArray mttr;
    for (qsizetype i = 0; i < acks.size(); ++i) {
        IncidentRecord r;
        r.createdAt = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).addSecs(i * 600);
        r.closed = true;
        r.closeSeconds = acks[i] + extra[i];
        if (i % 3 != 0)
            r.ackSeconds = acks[i];
        records.append(r);
        mtta.append(i % 3 != 0 ? acks[i] : acks[i] + extra[i]);
        mttr.append(acks[i] + extra[i]);
        if (i % 5 == 0) {
            IncidentRecord open = r;
            open.closed = false;
            open.closeSeconds.reset();
            records.append(open);
        }
    }
    const QJsonArray ps{50, 95};
    const QJsonArray cases{
        QJsonObject{{u"values"_s, mtta}, {u"ps"_s, ps}}, QJsonObject{{u"values"_s, mttr}, {u"ps"_s, ps}}};
    const auto answer
        = wk::test::runPythonReference(u"incident_percentiles.py"_s, QJsonDocument(QJsonObject{{u"cases"_s, cases}}));
    ASSERT_TRUE(answer);
    const QJsonArray expected = answer->object().value(u"cases"_s).toArray();
    ASSERT_EQ(expected.size(), 2);

    const IncidentReport report = computeIncidentReport(records);
    ASSERT_EQ(report.overall.closed, 200);
    ASSERT_TRUE(report.overall.mtta && report.overall.mttr);
    const std::pair<const Distribution*, QJsonObject> checks[]{
        {&*report.overall.mtta, expected[0].toObject()}, {&*report.overall.mttr, expected[1].toObject()}};
    for (const auto& [d, want] : checks) {
        const QJsonArray p = want.value(u"percentiles"_s).toArray();
        EXPECT_NEAR(d->mean, want.value(u"mean"_s).toDouble(), 1e-6);
        EXPECT_NEAR(d->p50, p[0].toDouble(), 1e-6);
        EXPECT_NEAR(d->p95, p[1].toDouble(), 1e-6);
    }
}
