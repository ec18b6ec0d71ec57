// The demo backend's PromQL parser: in demo mode it reads every panel query of a workspace file.
#include "FuzzSupport.h"
#include "demo/promql/Parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)wk::demo::promql::parse(QString::fromUtf8(wk::fuzz::viewOf(data, size)));
    return 0;
}
