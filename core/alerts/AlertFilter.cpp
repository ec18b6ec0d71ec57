#include "alerts/AlertFilter.h"

#include <QStringList>

namespace wk::alerts {

namespace {

bool wordMatches(const Alert& alert, QStringView word)
{
    const auto in = [word](const QString& field) { return field.contains(word, Qt::CaseInsensitive); };
    if (in(alert.message) || in(alert.alias) || in(alert.service) || in(alert.team) || in(alert.owner) || in(alert.id))
        return true;
    for (const QString& tag : alert.tags) {
        if (in(tag))
            return true;
    }
    return false;
}

} // namespace

bool matchesStatus(AlertFilter::StatusFilter filter, AlertStatus status)
{
    switch (filter) {
    case AlertFilter::StatusFilter::Active:
        return status != AlertStatus::Closed;
    case AlertFilter::StatusFilter::Open:
        return status == AlertStatus::Open;
    case AlertFilter::StatusFilter::Acknowledged:
        return status == AlertStatus::Acknowledged;
    case AlertFilter::StatusFilter::Closed:
        return status == AlertStatus::Closed;
    case AlertFilter::StatusFilter::All:
        return true;
    }
    return true;
}

bool matches(const AlertFilter& filter, const Alert& alert)
{
    if (!matchesStatus(filter.status, alert.status))
        return false;
    if (filter.maxPriority && static_cast<int>(alert.priority) > static_cast<int>(*filter.maxPriority))
        return false;
    if (!filter.team.isEmpty() && alert.team.compare(filter.team, Qt::CaseInsensitive) != 0)
        return false;

    // tokenize() avoids allocating a list for every row while the user types.
    for (const QStringView word : QStringView(filter.text).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!wordMatches(alert, word))
            return false;
    }
    return true;
}

} // namespace wk::alerts
