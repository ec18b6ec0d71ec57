#include "analytics/Downsample.h"
#include "metrics/MatrixDecimation.h"
#include "prometheus/ResponseParser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace wk::analytics;

TEST(Downsample, SmallSeriesPassThroughWithoutNaN)
{
    std::vector<long long> xs{0, 1, 2, 3};
    std::vector<double> ys{1.0, NAN, 3.0, 4.0};
    auto out = decimateMinMax(xs, ys, 100);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[1].x, 2.0);
}

TEST(Downsample, KeepsAtMostTwoPointsPerColumnAndEverySpike)
{
    const int n = 1'000'000;
    std::vector<long long> xs(n);
    std::vector<double> ys(n);
    for (int i = 0; i < n; ++i) {
        xs[i] = i;
        ys[i] = std::sin(i * 0.001);
    }
    ys[123'457] = 50.0;  // a one-sample spike
    ys[876'543] = -50.0; // and a dip
    auto out = decimateMinMax(xs, ys, 800);
    EXPECT_LE(out.size(), 1600u);
    EXPECT_GE(out.size(), 800u);
    bool spike = false;
    bool dip = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        spike |= out[i].y == 50.0;
        dip |= out[i].y == -50.0;
        if (i > 0) {
            EXPECT_LE(out[i - 1].x, out[i].x) << "points stay in time order";
        }
    }
    EXPECT_TRUE(spike);
    EXPECT_TRUE(dip);
}

// Found by fuzz_prometheus_query: a range answer whose first time is later than the others put the later samples
// billions of columns before the first, and converting that to an int is undefined. The input is the fuzzer's.
TEST(Downsample, TimesOutOfOrderStayInsideTheColumns)
{
    const auto answer = wk::prometheus::parseQueryResponse(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up",)"
        R"("instance":"127.0.0.1:19391","job":"self","model":"churn-predictor"},"values":[[3590552408.387,"1"],)"
        R"([1795276205.396,"1"],[1795276206.392,"1"],[1795276207.387,"1"],[1795276208.387,"1"]]}]}})");
    ASSERT_TRUE(answer);
    wk::metrics::QueryResult decimated = *answer;
    wk::metrics::decimateMatrix(decimated, 1);
    const auto& series = std::get<wk::metrics::Matrix>(decimated.data).front();
    EXPECT_LE(series.values.size(), 2u);

    const std::vector<long long> xs{3590552408387, 1795276205396, 1795276206392, 1795276207387, 1795276208387};
    const std::vector<double> ys{1.0, 2.0, 3.0, 4.0, 5.0};
    EXPECT_LE(decimateMinMax(xs, ys, 2).size(), 4u);
}
