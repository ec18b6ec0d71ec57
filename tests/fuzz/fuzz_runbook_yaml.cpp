// A runbook in the YAML format.
#include "FuzzSupport.h"
#include "runbooks/RunbookYaml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Qt::StringLiterals;
    (void)wk::runbooks::parseRunbookYaml(wk::fuzz::bytesOf(data, size), u"fuzz.yaml"_s);
    return 0;
}
