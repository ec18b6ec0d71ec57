// /api/v1/alerts and /api/v1/rules answers, and the threshold split the alert detail makes of each rule's query.
#include "FuzzSupport.h"
#include "prometheus/ResponseParser.h"
#include "prometheus/RuleCondition.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    const QByteArrayView body = fuzz::viewOf(data, size);
    (void)prometheus::parseAlerts(body);
    if (const auto rules = prometheus::parseRules(body)) {
        for (const auto& rule : *rules)
            (void)prometheus::splitRuleCondition(rule.query);
    }
    // A rule's query as text of its own, so the split sees more than what survives the JSON.
    (void)prometheus::splitRuleCondition(QString::fromUtf8(body));
    return 0;
}
