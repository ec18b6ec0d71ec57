#include "common/TimeText.h"

#include <QString>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace wk {

std::optional<qint64> parseDuration(QStringView text)
{
    // Units in Prometheus order; each may appear once, largest first ("1h30m").
    constexpr std::pair<char16_t, qint64> units[]
        = {{u'w', 604800}, {u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}};
    constexpr qsizetype maxDigits = 9;
    qint64 total = 0;
    qsizetype nextUnit = 0;
    qsizetype i = 0;
    if (text.isEmpty())
        return std::nullopt;
    while (i < text.size()) {
        const qsizetype digitsStart = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            ++i;
        const qsizetype digits = i - digitsStart;
        if (digits == 0 || digits > maxDigits || i == text.size())
            return std::nullopt;
        const qint64 amount = text.sliced(digitsStart, digits).toLongLong();
        const char16_t unit = text[i].unicode();
        ++i;
        qsizetype u = nextUnit;
        while (u < qsizetype(std::size(units)) && units[u].first != unit)
            ++u;
        if (u == qsizetype(std::size(units)))
            return std::nullopt;
        total += amount * units[u].second;
        nextUnit = u + 1;
    }
    return total;
}

std::optional<QDateTime> parseTimeArgument(QStringView text, const QDateTime& now)
{
    const QStringView t = text.trimmed();
    if (t == u"now")
        return now;
    if (t.startsWith(u"now-")) {
        const auto back = parseDuration(t.sliced(4));
        if (!back)
            return std::nullopt;
        return now.addSecs(-*back);
    }
    bool ok = false;
    const double seconds = t.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
    QDateTime parsed = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    if (parsed.isValid())
        return parsed.toUTC();
    return std::nullopt;
}

QString durationText(qint64 seconds)
{
    if (seconds == 0)
        return u"0s"_s;
    QString text = seconds < 0 ? u"-"_s : QString();
    qint64 rest = seconds < 0 ? -seconds : seconds;
    constexpr std::pair<qint64, char16_t> units[] = {{86400, u'd'}, {3600, u'h'}, {60, u'm'}, {1, u's'}};
    for (const auto& [size, unit] : units) {
        if (rest >= size) {
            text += QString::number(rest / size) + QChar(unit);
            rest %= size;
        }
    }
    return text;
}

QString humanDuration(double seconds)
{
    if (seconds < 1.0)
        return u"%1ms"_s.arg(std::llround(seconds * 1000.0));
    if (seconds < 9.95) // "5s", "9.6s"
        return QString::number(std::round(seconds * 10.0) / 10.0) + u's';
    const qint64 s = std::llround(seconds);
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m %2s"_s.arg(s / 60).arg(s % 60);
    if (s < 86400)
        return u"%1h %2m"_s.arg(s / 3600).arg(s % 3600 / 60);
    return u"%1d %2h"_s.arg(s / 86400).arg(s % 86400 / 3600);
}

} // namespace wk
