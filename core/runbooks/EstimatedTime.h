#pragma once

#include <QString>

#include <optional>

namespace wk::runbooks {

// A person's estimate such as "30-60 minutes", kept as written, with the range it reads as.
struct EstimatedTime
{
    QString text;
    qint64 minSeconds = 0;
    qint64 maxSeconds = 0;
};

// Reads "45m", "1h30m", "2 hours", "30-60 minutes", "10 to 20 min" (an optional "~" or "about" in front).
// A bare number has no unit and is refused, as is an estimate over a year, and anything else.
std::optional<EstimatedTime> parseEstimatedTime(const QString& text);

} // namespace wk::runbooks
