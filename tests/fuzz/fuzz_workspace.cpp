// A workspace file (YAML): sources, dashboards, alerts, analytics, runbooks, notifications.
#include "FuzzSupport.h"
#include "workspace/WorkspaceLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace Qt::StringLiterals;
    (void)wk::workspace::parseWorkspace(wk::fuzz::bytesOf(data, size), u"fuzz.yaml"_s);
    return 0;
}
