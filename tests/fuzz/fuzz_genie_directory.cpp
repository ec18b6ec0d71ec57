// Opsgenie and JSM Ops directory answers: schedules and who is on call, heartbeats, teams and escalations.
#include "FuzzSupport.h"
#include "genie/GenieJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    using namespace Qt::StringLiterals;
    net::HttpResponse response;
    response.status = 200;
    response.body = fuzz::bytesOf(data, size);
    const auto answer = genie::readAnswer(response, genie::Vendor::Opsgenie);
    if (!answer)
        return 0;
    (void)genie::readOnCallRecipients(*answer, false);
    (void)genie::readOnCallRecipients(*answer, true);
    (void)genie::readScheduleId(*answer, u"ml-platform_schedule"_s);
    (void)genie::readIdNames(*answer);
    if (const auto heartbeats = genie::readHeartbeats(*answer)) {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        for (const genie::Heartbeat& heartbeat : *heartbeats)
            (void)genie::heartbeatAlert(heartbeat, now);
    }
    return 0;
}
