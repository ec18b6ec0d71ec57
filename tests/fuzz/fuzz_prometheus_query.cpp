// /api/v1/query and /api/v1/query_range answers, then the decimation the client runs on them before a chart.
#include "FuzzSupport.h"
#include "metrics/MatrixDecimation.h"
#include "prometheus/ResponseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    const QByteArrayView body = fuzz::viewOf(data, size);
    // Non-2xx bodies are parsed too: an error envelope carries its status.
    for (int status : {200, 422, 503}) {
        auto result = prometheus::parseQueryResponse(body, status);
        if (!result)
            continue;
        for (int columns : {1, 3, 800}) {
            metrics::QueryResult decimated = *result;
            metrics::decimateMatrix(decimated, columns);
        }
    }
    // Sample values arrive as strings ("1e-07", "NaN", "+Inf").
    (void)prometheus::parseSampleValue(std::string_view(body.data(), std::size_t(body.size())));
    return 0;
}
