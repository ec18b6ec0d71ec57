// Durations and times as people type them on the command line and in workspace files ("1h30m", "now-6h",
// RFC 3339, Unix seconds). Besides crashes, it checks that a duration written back reads as the same duration.
#include "FuzzSupport.h"
#include "common/TimeText.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    const QString text = QString::fromUtf8(fuzz::viewOf(data, size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    (void)parseTimeArgument(text, now);
    if (const auto seconds = parseDuration(text)) {
        (void)humanDuration(double(*seconds));
        // Written back largest units first, in days at most: fine up to nine digits of days.
        if (*seconds < 86400LL * 999'999'999 && parseDuration(durationText(*seconds)) != *seconds)
            fuzz::broken("a duration written back reads as the same duration");
    }
    return 0;
}
