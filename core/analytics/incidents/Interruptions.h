#pragma once

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace wk::analytics::incidents {

// When a page reached the person on call, on their own wall clock (PagerDuty's analytics use the same three):
// business hours are 08:00-18:00 Monday to Friday; sleep hours are 22:00-08:00 every day; evenings and weekends
// are the rest (18:00-22:00 on weekdays, 08:00-22:00 on Saturday and Sunday).
enum class InterruptionTime { BusinessHours, EveningsAndWeekends, SleepHours };

// Read on the wall clock of `zone` (an invalid zone means UTC), so a page at 07:30 local time is a sleep-hours
// page in winter and in summer alike, whatever the UTC offset that day.
InterruptionTime interruptionTimeOf(const QDateTime& at, const QTimeZone& zone);

// The same for many times: the zone's offset is looked up once per UTC quarter hour (offsets change on the hour or the
// half hour, and in a few zones on a quarter hour: one lookup per UTC quarter hour), not once per alert.
class InterruptionClock
{
public:
    explicit InterruptionClock(QTimeZone zone);
    InterruptionTime of(const QDateTime& at);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByQuarterHour; // UTC quarter hours since the epoch -> seconds east of UTC
};

struct InterruptionCounts
{
    qsizetype businessHours = 0;
    qsizetype eveningsAndWeekends = 0;
    qsizetype sleepHours = 0;

    qsizetype total() const { return businessHours + eveningsAndWeekends + sleepHours; }
    // The share that came in sleep hours; nothing without interruptions.
    std::optional<double> sleepShare() const
    {
        return total() > 0 ? std::optional<double>(double(sleepHours) / double(total())) : std::nullopt;
    }
    void add(InterruptionTime time);
};

} // namespace wk::analytics::incidents
