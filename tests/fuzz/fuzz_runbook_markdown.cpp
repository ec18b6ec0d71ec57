// A runbook in Markdown, with its YAML front matter.
#include "FuzzSupport.h"
#include "runbooks/RunbookMarkdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Qt::StringLiterals;
    (void)wk::runbooks::parseRunbookMarkdown(wk::fuzz::bytesOf(data, size), u"fuzz.md"_s);
    return 0;
}
