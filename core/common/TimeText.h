#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace wk {

// Prometheus-style durations: "15s", "30m", "6h", "7d", "2w", combined largest first ("1h30m"), in seconds.
std::optional<qint64> parseDuration(QStringView text);

// Prometheus-style text, largest units first: 300 -> "5m", 3600 -> "1h", 3840 -> "1h4m", 92580 -> "1d1h43m".
QString durationText(qint64 seconds);

// For people, two units at most: "850ms", "9.6s", "42s", "4m 12s", "2h 5m", "3d 4h".
QString humanDuration(double seconds);

// A time on the command line: "now", "now-1h", RFC 3339 ("2026-11-20T10:00:00Z") or Unix seconds.
std::optional<QDateTime> parseTimeArgument(QStringView text, const QDateTime& now);

} // namespace wk
