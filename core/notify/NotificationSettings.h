#pragma once

#include "alerts/Alert.h"

#include <QMap>
#include <QTime>
#include <QTimeZone>

namespace wk::notify {

// A daily span of wall-clock time in the user's zone. `from` is inside, `to` is not, so 22:00-08:00 is quiet at
// 22:00 and at 07:59 and rings again at 08:00. A span whose `from` is later than its `to` wraps midnight; equal
// ends (or an invalid time) mean no quiet at all, never a whole day: a silent day must be said explicitly.
struct QuietHours
{
    QTime from;
    QTime to;

    bool covers(const QTime& t) const;
};

// What wakes the user. Defaults follow the team rules: P1-P3 notify, P3-P5 stay silent 22:00-08:00.
struct NotificationSettings
{
    alerts::Priority minimum = alerts::Priority::P3; // notify for this priority and every more urgent one
    bool onlyWhileOnCall = false;
    QMap<alerts::Priority, QuietHours> quiet = defaultQuietHours();
    int repeatMinutes = 5; // remind again while still open and unacknowledged; 0: notify each alert once
    QTimeZone zone = QTimeZone::systemTimeZone(); // the user's: quiet hours are read on their wall clock
    bool sound = true;
    // More individual notifications than this in one update become one summary: thirty bubbles and thirty sounds
    // at once tell the user less than one line saying "30 new alerts, highest P1". 0: never summarise.
    int floodThreshold = 3;

    static QMap<alerts::Priority, QuietHours> defaultQuietHours();
};

// True when the quiet hours for `priority` cover `at`, read on the wall clock of `settings.zone`.
bool isQuiet(const NotificationSettings& settings, alerts::Priority priority, const QDateTime& at);

} // namespace wk::notify
