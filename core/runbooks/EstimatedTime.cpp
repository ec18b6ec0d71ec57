#include "runbooks/EstimatedTime.h"

#include "common/TimeText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

// No runbook takes longer than a year: anything beyond is a typo, and it would not fit the seconds either.
constexpr double longestEstimateSeconds = 366.0 * 86400;

std::optional<qint64> unitSeconds(const QString& unit)
{
    const QString u = unit.toLower();
    if (u == u"s" || u == u"sec" || u == u"secs" || u == u"second" || u == u"seconds")
        return 1;
    if (u == u"m" || u == u"min" || u == u"mins" || u == u"minute" || u == u"minutes")
        return 60;
    if (u == u"h" || u == u"hr" || u == u"hrs" || u == u"hour" || u == u"hours")
        return 3600;
    if (u == u"d" || u == u"day" || u == u"days")
        return 86400;
    return std::nullopt;
}

} // namespace

std::optional<EstimatedTime> parseEstimatedTime(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(u'~'))
        rest = rest.mid(1).trimmed();
    else if (rest.startsWith(u"about "_s, Qt::CaseInsensitive))
        rest = rest.mid(6).trimmed();
    if (rest.isEmpty())
        return std::nullopt;
    if (const auto seconds = wk::parseDuration(rest); seconds && *seconds > 0 && *seconds <= longestEstimateSeconds)
        return EstimatedTime{text.trimmed(), *seconds, *seconds};

    static const QRegularExpression range(uR"(^(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*([A-Za-z]+)$)"_s);
    const auto match = range.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const auto unit = unitSeconds(match.captured(3));
    if (!unit)
        return std::nullopt;
    const double low = match.captured(1).toDouble();
    const double high = match.captured(2).isEmpty() ? low : match.captured(2).toDouble();
    if (low <= 0 || high < low || high * double(*unit) > longestEstimateSeconds)
        return std::nullopt;
    return EstimatedTime{text.trimmed(), qint64(low * double(*unit)), qint64(high * double(*unit))};
}

} // namespace wk::runbooks
