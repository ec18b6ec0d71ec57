// An alert's activity log and notes pages, and what each log line means to the archive.
#include "FuzzSupport.h"
#include "genie/GenieJson.h"
#include "genie/GenieLogs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    net::HttpResponse response;
    response.status = 200;
    response.body = fuzz::bytesOf(data, size);
    const auto answer = genie::readAnswer(response, genie::Vendor::Jsm);
    if (!answer)
        return 0;
    (void)genie::readNotes(*answer);
    (void)genie::readLogs(*answer);
    if (const auto page = genie::readLogLines(*answer)) {
        for (const genie::LogLine& line : page->lines)
            (void)genie::logEntryOf(line);
    }
    return 0;
}
