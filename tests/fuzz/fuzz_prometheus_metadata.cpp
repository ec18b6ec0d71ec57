// The metadata answers: label names and values, series, build info.
#include "FuzzSupport.h"
#include "prometheus/ResponseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    const QByteArrayView body = fuzz::viewOf(data, size);
    (void)prometheus::parseStringList(body);
    (void)prometheus::parseSeries(body);
    (void)prometheus::parseBuildInfo(body);
    (void)prometheus::parseBuildInfo(body, 404);
    return 0;
}
