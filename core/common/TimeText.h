#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace wk {

// Prometheus-style durations: "15s", "30m", "6h", "7d", "2w", combined largest first ("1h30m"), in seconds.
std::optional<qint64> parseDuration(QStringView text);

// A time on the command line: "now", "now-1h", RFC 3339 ("2026-11-20T10:00:00Z") or Unix seconds.
std::optional<QDateTime> parseTimeArgument(QStringView text, const QDateTime& now);

} // namespace wk
