// The SLO poll: the PromQL asked for each window, and the evaluation of what comes back.
#include "fakes/FakeMetricsBackend.h"
#include "polling/SloFetcher.h"

#include <gtest/gtest.h>

using namespace wk;
using analytics::slo::Seconds;

namespace {

struct SloFetcherTest : ::testing::Test
{
    workspace::Slo slo;
    fakes::FakeMetricsBackend backend;
    QMap<QString, QString> variables{{QStringLiteral("service"), QStringLiteral("api")}};
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    SloFetcherTest()
    {
        slo.id = QStringLiteral("availability");
        slo.objective = 0.999;
        slo.periodSeconds = 30 * 86400;
        slo.errorsQuery = QStringLiteral("sum(rate(e{service=\"$service\"}[{{.window}}]))");
        slo.totalQuery = QStringLiteral("sum(rate(t{service=\"$service\"}[{{.window}}]))");
    }

    void answer(qint64 windowSeconds, const metrics::Vector& vector)
    {
        backend.answers.insert(polling::sloRatioExpr(slo, windowSeconds, variables), metrics::QueryResult{vector, {}});
    }
    void answerAll(double ratio)
    {
        for (qint64 w : {300, 1800, 3600, 7200, 21600, 86400, 259200, 30 * 86400})
            answer(w, {{{}, 0, ratio}});
    }

    Result<polling::SloReport> fetch()
    {
        Result<polling::SloReport> out = std::unexpected(Error{});
        bool called = false;
        polling::fetchSlo(backend, slo, variables, now, nullptr, [&](Result<polling::SloReport> report) {
            out = std::move(report);
            called = true;
        });
        EXPECT_TRUE(called);
        return out;
    }
};

} // namespace

TEST_F(SloFetcherTest, PutsTheWindowIntoTheQueries)
{
    EXPECT_EQ(polling::sloRatioExpr(slo, 300, variables),
        QStringLiteral("(sum(rate(e{service=\"api\"}[5m]))) / (sum(rate(t{service=\"api\"}[5m])))"));
    EXPECT_EQ(polling::sloRatioExpr(slo, 3 * 86400, variables),
        QStringLiteral("(sum(rate(e{service=\"api\"}[3d]))) / (sum(rate(t{service=\"api\"}[3d])))"));
    slo.errorsQuery.clear();
    slo.goodQuery = QStringLiteral("sum(rate(g[{{.window}}]))");
    EXPECT_EQ(polling::sloRatioExpr(slo, 3600, variables),
        QStringLiteral("1 - (sum(rate(g[1h]))) / (sum(rate(t{service=\"api\"}[1h])))"));
}

TEST_F(SloFetcherTest, AFullOutageFiresThePageAndSpendsTheBudget)
{
    answerAll(0.0);
    // The last hour failed completely; the 6 h window saw 1/6 of it; the period a little.
    answer(300, {{{}, 0, 1.0}});
    answer(1800, {{{}, 0, 1.0}});
    answer(3600, {{{}, 0, 1.0}});
    answer(21600, {{{}, 0, 1.0 / 6}});
    answer(30 * 86400, {{{}, 0, 0.0005}});
    const auto report = fetch();
    ASSERT_TRUE(report) << report.error().detail.toStdString();
    EXPECT_EQ(backend.instantQueries.size(), 8); // 7 distinct windows of Sloth + the period
    EXPECT_EQ(report->at, now);
    ASSERT_EQ(report->status.alerts.size(), 4u);
    EXPECT_TRUE(report->status.alerts[0].firing) << "page: 5m & 1h above 14.4x";
    EXPECT_TRUE(report->status.alerts[1].firing) << "page: 30m & 6h above 6x";
    EXPECT_FALSE(report->status.alerts[2].firing) << "ticket: the 1d window saw no errors";
    ASSERT_TRUE(report->status.budgetRemaining);
    EXPECT_NEAR(*report->status.budgetRemaining, 0.5, 1e-12);
    ASSERT_TRUE(report->status.exhaustionSeconds);
    // Half the budget left at 1000x burn: 0.5 * 30 d / 1000.
    EXPECT_NEAR(*report->status.exhaustionSeconds, 0.5 * 30 * 86400 / 1000.0, 1e-6);
}

TEST_F(SloFetcherTest, NoTrafficIsNoRatioNotAnError)
{
    answerAll(0.0);
    answer(300, {});
    const auto report = fetch();
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->status.windows.empty());
    EXPECT_EQ(report->status.windows[0].window, Seconds(300));
    EXPECT_FALSE(report->status.windows[0].errorRatio);
    EXPECT_FALSE(report->status.alerts[0].firing);
}

TEST_F(SloFetcherTest, SeveralSeriesMustBeAggregated)
{
    answerAll(0.0);
    answer(3600,
        {{{{QStringLiteral("pod"), QStringLiteral("a")}}, 0, 0.1},
            {{{QStringLiteral("pod"), QStringLiteral("b")}}, 0, 0.2}});
    const auto report = fetch();
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().detail.contains(QStringLiteral("sum(")));
}

TEST_F(SloFetcherTest, AFailingQueryFailsThePoll)
{
    answerAll(0.0);
    backend.answers.remove(polling::sloRatioExpr(slo, 86400, variables));
    EXPECT_FALSE(fetch());
}
