// Issue 7's target: a report over a 100,000-alert archive computed in under a second. One iteration reads the
// alerts of the period from the SQLite archive on disk (records()) and computes the whole report
// (reports::computeManagerReport: weeks, groups, interruptions, noisy alerts) for all of them, or for one team.

#include "HundredThousandAlerts.h"
#include "analytics/incidents/IncidentMetrics.h"
#include "archive/AlertArchive.h"
#include "reports/ManagerReport.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

archive::AlertArchive& hundredThousand()
{
    static QTemporaryDir dir;
    static archive::AlertArchive archive = bench::fillHundredThousand(dir.filePath(u"archive.sqlite"_s));
    return archive;
}

// The whole report as the Reports window and `watchkeeper report` make it: weeks, groups, interruptions read in
// a time zone with daylight saving, noisy alerts.
reports::ReportPeriod period()
{
    return {QDateTime::fromString(u"2026-08-01T00:00:00Z"_s, Qt::ISODate),
        QDateTime::fromString(u"2026-10-30T00:00:00Z"_s, Qt::ISODate), QTimeZone("Europe/Berlin")};
}

void ReportOver100kAlerts(benchmark::State& state)
{
    auto& archive = hundredThousand();
    qsizetype counted = 0;
    for (auto _ : state) {
        auto records = archive.records({});
        if (!records)
            state.SkipWithError("records failed");
        const auto report = reports::computeManagerReport(*records, period());
        counted = report.figures.overall.alerts;
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
        const auto report = reports::computeManagerReport(*records, period());
        counted = report.figures.overall.alerts;
        benchmark::DoNotOptimize(report);
    }
    state.counters["alerts"] = double(counted);
}
BENCHMARK(ReportOverOneTeam)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
