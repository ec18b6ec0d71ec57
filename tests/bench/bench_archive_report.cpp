// Issue 7's target: a report over a 100,000-alert archive computed in under a second. One iteration reads the
// alerts of the period from the SQLite archive on disk (records()) and computes MTTA/MTTR, volume and escalation
// figures (computeIncidentReport) for all of them, or for one team.

#include "analytics/incidents/IncidentMetrics.h"
#include "archive/AlertArchive.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

constexpr int alertCount = 100'000;
const QStringList teams = {u"Data Science"_s, u"ML Platform"_s, u"ML Infra"_s, u"Search"_s, u"Payments"_s};

// 100,000 alerts over 90 days: most acknowledged within minutes and closed within hours, some escalated, some
// never acknowledged, a few still open, with notes on one in ten.
archive::AlertArchive& hundredThousand()
{
    static QTemporaryDir dir;
    static archive::AlertArchive archive = [] {
        auto opened = archive::AlertArchive::open(dir.filePath(u"archive.sqlite"_s));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
            std::abort();
        }
        std::mt19937_64 random(7);
        std::exponential_distribution<double> ack(1.0 / 300.0);
        std::exponential_distribution<double> close(1.0 / 5400.0);
        std::uniform_int_distribution<int> pick(0, 99);
        const QDateTime start = QDateTime::fromString(u"2026-08-01T00:00:00Z"_s, Qt::ISODate);
        QList<alerts::Alert> batch;
        for (int i = 0; i < alertCount; ++i) {
            alerts::Alert a;
            a.id = u"alert-%1"_s.arg(i);
            a.tinyId = QString::number(i);
            a.message = u"Model accuracy below 85%: service-%1"_s.arg(i % 40);
            a.priority = alerts::Priority(1 + pick(random) % 5);
            a.team = teams.at(i % teams.size());
            a.service = u"service-%1"_s.arg(i % 40);
            a.createdAt = start.addSecs(qint64(i) * 90 * 86400 / alertCount);
            a.updatedAt = a.createdAt;
            const int roll = pick(random);
            if (roll >= 10) {
                a.acknowledgedAt = a.createdAt.addMSecs(qint64(ack(random) * 1000));
                a.acknowledgedBy = u"person-%1"_s.arg(roll % 12);
                a.status = alerts::AlertStatus::Acknowledged;
            }
            if (roll >= 3) {
                a.status = alerts::AlertStatus::Closed;
                a.closedAt = a.createdAt.addMSecs(qint64((ack(random) + close(random)) * 1000));
            }
            a.escalationLevel = roll < 8 ? 1 : 0;
            if (roll % 10 == 0)
                a.notes = {{a.createdAt.addSecs(120), u"person-1"_s, u"looking"_s}};
            batch.append(a);
            if (batch.size() == 1000) {
                if (!opened->observe(batch))
                    std::abort();
                batch.clear();
            }
        }
        return std::move(*opened);
    }();
    return archive;
}

void ReportOver100kAlerts(benchmark::State& state)
{
    auto& archive = hundredThousand();
    qsizetype counted = 0;
    for (auto _ : state) {
        auto records = archive.records({});
        if (!records)
            state.SkipWithError("records failed");
        const auto report = analytics::incidents::computeIncidentReport(*records);
        counted = report.overall.alerts;
        benchmark::DoNotOptimize(report);
    }
    state.counters["alerts"] = double(counted);
}
BENCHMARK(ReportOver100kAlerts)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void ReportOverOneTeam(benchmark::State& state)
{
    auto& archive = hundredThousand();
    archive::ArchiveQuery query;
    query.team = u"ML Platform"_s;
    qsizetype counted = 0;
    for (auto _ : state) {
        auto records = archive.records(query);
        if (!records)
            state.SkipWithError("records failed");
        const auto report = analytics::incidents::computeIncidentReport(*records);
        counted = report.overall.alerts;
        benchmark::DoNotOptimize(report);
    }
    state.counters["alerts"] = double(counted);
}
BENCHMARK(ReportOverOneTeam)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
