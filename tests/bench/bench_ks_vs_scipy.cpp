// ksTwoSample against scipy.stats.ks_2samp on 1,000,000 + 1,000,000 normal values (the second shifted by
// 0.005), both single-threaded and measured in the same run: best of a few runs each, only the ks_2samp call
// timed inside python. Prints both times, the ratio (target: scipy at least 3x slower) and whether the
// statistic and p-value agree. Exits 0 without scipy (saying so), 1 if the answers disagree.
// Its own main: Google Benchmark's options (--benchmark_min_time=...) are accepted and ignored.
#include "analytics/drift/KolmogorovSmirnov.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using wk::analytics::drift::KsMethod;
using wk::analytics::drift::KsResult;

namespace {

constexpr std::size_t kSize = 1000000;
constexpr int kOurRuns = 5;
constexpr int kScipyRuns = 3;
const char* const kPython = "/usr/bin/python3";

// Reads the two samples, times ks_2samp alone, prints "seconds statistic pvalue" or "missing <what>".
constexpr char kScript[] = R"(
import sys, time
try:
    import numpy as np
    from scipy import stats
except ImportError as error:
    print("missing", error.name)
    sys.exit(0)
a = np.fromfile(sys.argv[1], dtype="<f8")
b = np.fromfile(sys.argv[2], dtype="<f8")
best, result = float("inf"), None
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    result = stats.ks_2samp(a, b)
    best = min(best, time.perf_counter() - start)
print(best, repr(float(result.statistic)), repr(float(result.pvalue)))
)";

bool writeFile(const QString& path, const char* data, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data, size) == size;
}

bool writeSample(const QString& path, const std::vector<double>& values)
{
    return writeFile(path, reinterpret_cast<const char*>(values.data()), qint64(values.size() * sizeof(double)));
}

} // namespace

int main()
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    std::vector<double> reference(kSize);
    std::vector<double> current(kSize);
    for (double& x : reference)
        x = normal(rng);
    for (double& x : current)
        x = normal(rng) + 0.005;

    double ours = INFINITY;
    KsResult result;
    for (int run = 0; run < kOurRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        result = wk::analytics::drift::ksTwoSample(reference, current);
        ours = std::min(ours, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("ksTwoSample     %zu + %zu values: %8.1f ms (best of %d), D = %.17g, p = %.17g (%s)\n", kSize, kSize,
        ours * 1e3, kOurRuns, result.statistic, result.pvalue,
        result.method == KsMethod::Exact ? "exact" : "asymptotic");

    QTemporaryDir dir;
    const QString script = dir.filePath(u"ks_bench.py"_s);
    const QString a = dir.filePath(u"reference.f64"_s);
    const QString b = dir.filePath(u"current.f64"_s);
    if (!dir.isValid() || !writeFile(script, kScript, qint64(sizeof(kScript) - 1)) || !writeSample(a, reference)
        || !writeSample(b, current)) {
        std::printf("cannot write the samples for python to a temporary directory\n");
        return 1;
    }
    if (!QFile::exists(QString::fromLatin1(kPython))) {
        std::printf("%s not found: scipy comparison skipped\n", kPython);
        return 0;
    }
    // One thread for numpy too, so the comparison is single-threaded on both sides.
    const QByteArray command = "OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 " + QByteArray(kPython) + " '"
        + script.toLocal8Bit() + "' '" + a.toLocal8Bit() + "' '" + b.toLocal8Bit() + "' "
        + QByteArray::number(kScipyRuns);
    FILE* pipe = popen(command.constData(), "r");
    if (pipe == nullptr) {
        std::printf("cannot run %s: scipy comparison skipped\n", kPython);
        return 0;
    }
    char line[512] = {};
    const bool gotLine = std::fgets(line, sizeof line, pipe) != nullptr;
    const int status = pclose(pipe);
    const QByteArray answer = QByteArray(line).trimmed();
    if (!gotLine || status != 0 || answer.startsWith("missing")) {
        std::printf("scipy not available (%s): comparison skipped\n", answer.isEmpty() ? "no answer" : line);
        return 0;
    }
    const QList<QByteArray> fields = answer.split(' ');
    if (fields.size() != 3) {
        std::printf("unexpected answer from python: %s\n", answer.constData());
        return 1;
    }
    const double scipy = fields[0].toDouble();
    const double statistic = fields[1].toDouble();
    const double pvalue = fields[2].toDouble();
    std::printf("scipy ks_2samp  %zu + %zu values: %8.1f ms (best of %d), D = %.17g, p = %.17g\n", kSize, kSize,
        scipy * 1e3, kScipyRuns, statistic, pvalue);
    const double ratio = scipy / ours;
    std::printf("scipy / ours = %.1fx (target >= 3x)%s\n", ratio, ratio >= 3.0 ? "" : "  BELOW TARGET");

    const double statisticDiff = std::abs(result.statistic - statistic);
    const double pvalueDiff = std::abs(result.pvalue - pvalue);
    const bool agree = statisticDiff <= 1e-12 && (pvalueDiff <= 1e-9 || pvalueDiff <= 1e-6 * std::abs(pvalue));
    std::printf("statistic differs by %.3g, p-value by %.3g (%.3g relative): %s\n", statisticDiff, pvalueDiff,
        pvalue != 0.0 ? pvalueDiff / std::abs(pvalue) : 0.0, agree ? "agree" : "DISAGREE");
    return agree ? 0 : 1;
}
