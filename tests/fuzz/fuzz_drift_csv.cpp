// The drift command's two CSV files (reference, then current, separated by a "\n----\n" line), each parsed, then
// compared column by column as `watchkeeper drift` does.
#include "FuzzSupport.h"
#include "analytics/drift/DatasetDrift.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk::analytics::drift;
    const QList<QByteArrayView> parts = wk::fuzz::partsOf(wk::fuzz::viewOf(data, size));
    const auto reference = parseCsv(parts.value(0));
    if (!reference || parts.size() < 2)
        return 0;
    const auto current = parseCsv(parts.value(1));
    if (!current)
        return 0;
    (void)datasetDrift(*reference, *current, DatasetOptions{});
    return 0;
}
