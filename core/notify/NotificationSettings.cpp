#include "notify/NotificationSettings.h"

namespace wk::notify {

bool QuietHours::covers(const QTime& t) const
{
    if (!from.isValid() || !to.isValid() || !t.isValid() || from == to)
        return false;
    if (from < to)
        return from <= t && t < to;
    return t >= from || t < to; // wraps midnight
}

QMap<alerts::Priority, QuietHours> NotificationSettings::defaultQuietHours()
{
    // The seed's rotations: "P3-P5 Email Only 22:00-08:00". Email is not ours to send; the desktop stays silent.
    const QuietHours night{QTime(22, 0), QTime(8, 0)};
    return {
        {alerts::Priority::P3, night},
        {alerts::Priority::P4, night},
        {alerts::Priority::P5, night},
    };
}

bool isQuiet(const NotificationSettings& settings, alerts::Priority priority, const QDateTime& at)
{
    const auto it = settings.quiet.constFind(priority);
    if (it == settings.quiet.cend())
        return false;
    // Converting the instant (not the wall-clock fields) keeps DST right: on 2026-10-25 Berlin's 02:00-03:00 happens
    // twice and the night is an hour longer, and both are read correctly.
    const QTimeZone zone = settings.zone.isValid() ? settings.zone : QTimeZone::systemTimeZone();
    return it->covers(at.toTimeZone(zone).time());
}

} // namespace wk::notify
