// The SLO command's counter CSV (`timestamp,total,errors`), then the series and the windows the command reads.
#include "FuzzSupport.h"
#include "analytics/slo/CounterCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk::analytics::slo;
    const auto csv = parseCounterCsv(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!csv)
        return 0;
    const auto series = CounterSeries::fromSamples(csv->samples);
    if (!series)
        return 0;
    const std::int64_t at = series->lastTime();
    using namespace std::chrono;
    const std::vector<Seconds> windows{Seconds(series->interval()), minutes(5), hours(1), hours(6), days(3)};
    (void)series->windowRatios(at, windows);
    (void)series->periodIncrease(at, days(30));
    (void)series->periodIncrease(series->firstTime(), days(7));
    return 0;
}
