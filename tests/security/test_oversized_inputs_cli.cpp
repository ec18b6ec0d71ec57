// The command line's file inputs are bounded too: a 3 GB file (sparse, made as `truncate -s 3G` would) given to
// drift, slo, report, runbook validate, preflight, or as a source's ca_file is refused within seconds with a message
// that names the file and the limit; each command runs under a 2 GB address-space limit, so it cannot have read it.
#include "WatchkeeperRun.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::security;

namespace {

constexpr qint64 threeGB = 3'000'000'000LL;

class OversizedInputs : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_home.workspace() + u'/' + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString sparse(const QString& name)
    {
        const QString path = write(name, {});
        QFile file(path);
        EXPECT_TRUE(file.resize(threeGB));
        return path;
    }

    // Under a 2 GB address-space limit: reading the 3 GB file into memory would fail loudly, not pass slowly.
    testsupport::CliRun run(const QStringList& arguments)
    {
        return runWatchkeeper(arguments, m_home.environment(), 60'000, 2'000'000);
    }

    IsolatedHome m_home;
};

std::string refusedText(const QString& path, const char* limit)
{
    return QString(path + u": the file is larger than "_s + QLatin1StringView(limit) + u" (is this the right file?)"_s)
        .toStdString();
}

} // namespace

TEST_F(OversizedInputs, DriftRefusesAHugeReferenceOrCurrentFile)
{
    const QString huge = sparse(u"huge.csv"_s);
    const QString small = write(u"small.csv"_s, "amount\n1\n2\n3\n");
    for (const QStringList& files : {QStringList{huge, small}, QStringList{small, huge}}) {
        const auto result
            = run({u"drift"_s, u"--reference"_s, files[0], u"--current"_s, files[1], u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, 2) << result;
        EXPECT_TRUE(result.errors().find(refusedText(huge, "256 MiB")) != std::string::npos) << result;
        EXPECT_LT(result.elapsedMs, 20'000) << result;
    }
}

TEST_F(OversizedInputs, SloAndReportRefuseAHugeInput)
{
    const QString counters = sparse(u"counters.csv"_s);
    const auto slo = run({u"slo"_s, u"--objective"_s, u"0.999"_s, u"--input"_s, counters});
    EXPECT_EQ(slo.exitCode, 2) << slo;
    EXPECT_TRUE(slo.errors().find(refusedText(counters, "256 MiB")) != std::string::npos) << slo;

    const QString alerts = sparse(u"alerts.json"_s);
    const auto report = run({u"report"_s, u"--input"_s, alerts});
    EXPECT_EQ(report.exitCode, 2) << report;
    EXPECT_TRUE(report.errors().find(refusedText(alerts, "256 MiB")) != std::string::npos) << report;
}

TEST_F(OversizedInputs, RunbookValidateAndPreflightRefuseAHugeFile)
{
    const QString runbook = sparse(u"runbook.yaml"_s);
    const auto validated = run({u"runbook"_s, u"validate"_s, runbook});
    EXPECT_NE(validated.exitCode, 0) << validated;
    EXPECT_TRUE(QByteArray(validated.out + validated.err).contains(refusedText(runbook, "4 MiB").c_str())) << validated;

    const QString workspace = sparse(u"workspace.yaml"_s);
    const auto checked = run({u"preflight"_s, u"--workspace"_s, workspace});
    EXPECT_NE(checked.exitCode, 0) << checked;
    EXPECT_TRUE(QByteArray(checked.out + checked.err).contains(refusedText(workspace, "4 MiB").c_str())) << checked;
}

TEST_F(OversizedInputs, AHugeCaFileIsRefusedBeforeAnyRequest)
{
    const QString ca = sparse(u"ca.pem"_s);
    const QString workspace = write(u"ca.yaml"_s,
        "sources:\n  - {name: tls, type: prometheus, url: 'https://127.0.0.1:9', ca_file: '" + ca.toUtf8()
            + "'}\ndashboards:\n  - id: a\n    title: A\n    panels:\n      - {id: up, title: Up, expr: up}\n");
    const auto queried = run({u"query"_s, u"--source"_s, u"tls"_s, u"--workspace"_s, workspace, u"up"_s});
    EXPECT_EQ(queried.exitCode, 1) << queried;
    EXPECT_TRUE(queried.err.contains((ca + u" is larger than 4 MiB: not a CA certificate file"_s).toUtf8())) << queried;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
