// Opsgenie and JSM Ops alert answers: a list page, one alert, the count, a write's receipt.
#include "FuzzSupport.h"
#include "genie/GenieJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    using namespace Qt::StringLiterals;
    static const QHash<QString, QString> teamNames{{u"4170119c-fe84-4ffc-b8c5-fb67ed910819"_s, u"ml-platform"_s}};
    net::HttpResponse response;
    response.status = 200;
    response.body = fuzz::bytesOf(data, size);
    const auto answer = genie::readAnswer(response, genie::Vendor::Opsgenie);
    if (!answer)
        return 0;
    (void)genie::readAlertList(*answer, teamNames);
    (void)genie::readAlertAnswer(*answer, teamNames);
    (void)genie::readCount(*answer);
    (void)genie::readReceipt(*answer);
    return 0;
}
