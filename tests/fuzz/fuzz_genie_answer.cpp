// How an Opsgenie or JSM Ops answer of any status is read: the error it stands for, or a request's status.
// The input's first line stands for the status line and a few headers: "<status> [jsm] [html] [notprocessed]";
// the rest is the body.
#include "FuzzSupport.h"
#include "genie/GenieJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    const fuzz::Headed input = fuzz::headedOf(fuzz::viewOf(data, size));
    net::HttpResponse response;
    response.status = input.header.first(std::min<qsizetype>(3, input.header.size())).toInt();
    response.body = input.body.toByteArray();
    if (input.header.contains("html"))
        response.headers.append(net::Header("Content-Type", "text/html; charset=utf-8"));
    if (input.header.contains("notprocessed"))
        response.headers.append(net::Header("X-Opsgenie-Errortype", "RequestNotProcessed"));
    const genie::Vendor vendor = input.header.contains("jsm") ? genie::Vendor::Jsm : genie::Vendor::Opsgenie;
    (void)genie::readAnswer(response, vendor);
    (void)genie::readActionStatus(response, vendor);
    return 0;
}
