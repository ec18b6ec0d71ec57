#include "alerts/Alert.h"

using namespace Qt::StringLiterals;

namespace wk::alerts {

QString priorityName(Priority p)
{
    return u"P"_s + QString::number(static_cast<int>(p));
}

std::optional<Priority> priorityFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n.size() == 2 && n.front() == u'P' && n.back() >= u'1' && n.back() <= u'5')
        return static_cast<Priority>(n.back().unicode() - u'0');
    return std::nullopt;
}

QString statusName(AlertStatus s)
{
    switch (s) {
    case AlertStatus::Open:
        return u"open"_s;
    case AlertStatus::Acknowledged:
        return u"acknowledged"_s;
    case AlertStatus::Snoozed:
        return u"snoozed"_s;
    case AlertStatus::Closed:
        return u"closed"_s;
    }
    return {};
}

} // namespace wk::alerts
