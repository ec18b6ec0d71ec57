// An exported list of Opsgenie alerts, as `watchkeeper report --input` reads it, and the report made of it.
#include "FuzzSupport.h"
#include "analytics/incidents/IncidentMetrics.h"
#include "analytics/incidents/OpsgenieAlertsJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk::analytics::incidents;
    if (const auto file = readOpsgenieAlerts(wk::fuzz::bytesOf(data, size)))
        (void)computeIncidentReport(file->records);
    return 0;
}
