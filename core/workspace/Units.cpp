#include "workspace/Units.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

QString number(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

AxisScale siScale(double maxAbs, const QString& unit)
{
    const QString sep = unit.isEmpty() ? QString() : u" "_s;
    if (maxAbs >= 1e9)
        return {1e-9, u" G"_s + unit};
    if (maxAbs >= 1e6)
        return {1e-6, u" M"_s + unit};
    if (maxAbs >= 1e4)
        return {1e-3, u" k"_s + unit};
    return {1.0, sep + unit};
}

} // namespace

AxisScale axisScale(Unit unit, double maxAbs)
{
    switch (unit) {
    case Unit::Seconds:
        if (maxAbs < 1.0)
            return {1000.0, u" ms"_s};
        if (maxAbs >= 7200.0)
            return {1.0 / 3600.0, u" h"_s};
        if (maxAbs >= 120.0)
            return {1.0 / 60.0, u" min"_s};
        return {1.0, u" s"_s};
    case Unit::Percent:
        return {1.0, u" %"_s};
    case Unit::PercentUnit:
        return {100.0, u" %"_s};
    case Unit::Bytes: {
        constexpr double k = 1024.0;
        if (maxAbs >= k * k * k)
            return {1.0 / (k * k * k), u" GiB"_s};
        if (maxAbs >= k * k)
            return {1.0 / (k * k), u" MiB"_s};
        if (maxAbs >= k)
            return {1.0 / k, u" KiB"_s};
        return {1.0, u" B"_s};
    }
    case Unit::RequestsPerSecond:
        return siScale(maxAbs, u"req/s"_s);
    case Unit::Cores:
        return {1.0, u" cores"_s};
    case Unit::None:
        return siScale(maxAbs, {});
    }
    return {};
}

QString formatDuration(double seconds)
{
    if (std::isnan(seconds))
        return u"no data"_s;
    const bool negative = seconds < 0;
    const qint64 s = qint64(std::llround(std::abs(seconds)));
    QString text;
    if (s < 60)
        text = QString::number(s) + u" s"_s;
    else if (s < 3600)
        text = QString::number(s / 60) + u" min"_s;
    else if (s < 86400)
        text = QString::number(s / 3600) + u" h"_s
            + (s % 3600 >= 60 ? u" "_s + QString::number(s % 3600 / 60) + u" min"_s : QString());
    else
        text = QString::number(s / 86400) + u" d"_s
            + (s % 86400 >= 3600 ? u" "_s + QString::number(s % 86400 / 3600) + u" h"_s : QString());
    return negative ? u"-"_s + text : text;
}

QString formatValue(double value, Unit unit)
{
    if (std::isnan(value))
        return u"no data"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (unit == Unit::Seconds && std::abs(value) >= 60.0)
        return formatDuration(value);
    if (unit == Unit::PercentUnit) {
        // Availability-style ratios need their nines: 99.95 %, not 100 %.
        const double pct = value * 100.0;
        const int decimals = pct >= 99.0 && pct < 100.0 ? 2 : 1;
        return QString::number(pct, 'f', decimals) + u" %"_s;
    }
    const AxisScale scale = axisScale(unit, std::abs(value));
    return number(value * scale.factor) + scale.suffix;
}

} // namespace wk::workspace
