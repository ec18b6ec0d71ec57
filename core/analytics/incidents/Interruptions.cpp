#include "analytics/incidents/Interruptions.h"

namespace wk::analytics::incidents {

namespace {

constexpr int businessStartHour = 8;
constexpr int businessEndHour = 18;
constexpr int sleepStartHour = 22;
constexpr int sleepEndHour = 8;

InterruptionTime bucketOf(int hour, int dayOfWeek)
{
    if (hour >= sleepStartHour || hour < sleepEndHour)
        return InterruptionTime::SleepHours;
    if (dayOfWeek <= 5 && hour >= businessStartHour && hour < businessEndHour)
        return InterruptionTime::BusinessHours;
    return InterruptionTime::EveningsAndWeekends;
}

} // namespace

InterruptionTime interruptionTimeOf(const QDateTime& at, const QTimeZone& zone)
{
    const QDateTime local = at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return bucketOf(local.time().hour(), local.date().dayOfWeek());
}

InterruptionClock::InterruptionClock(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{ }

InterruptionTime InterruptionClock::of(const QDateTime& at)
{
    constexpr qint64 quarterMs = 15LL * 60 * 1000;
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 quarter = ms >= 0 ? ms / quarterMs : (ms - quarterMs + 1) / quarterMs;
    auto it = m_offsetByQuarterHour.constFind(quarter);
    if (it == m_offsetByQuarterHour.cend())
        it = m_offsetByQuarterHour.insert(
            quarter, m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(quarter * quarterMs, QTimeZone::utc())));
    // The wall clock as plain arithmetic: seconds since the epoch shifted by the offset, split into day and hour.
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 local = ms + qint64(*it) * 1000;
    const qint64 day = local >= 0 ? local / dayMs : (local - dayMs + 1) / dayMs;
    const int hour = int((local - day * dayMs) / (3600LL * 1000));
    // 1970-01-01 was a Thursday (ISO day 4).
    const int dayOfWeek = int(((day % 7) + 7 + 3) % 7) + 1;
    return bucketOf(hour, dayOfWeek);
}

void InterruptionCounts::add(InterruptionTime time)
{
    switch (time) {
    case InterruptionTime::BusinessHours:
        ++businessHours;
        break;
    case InterruptionTime::EveningsAndWeekends:
        ++eveningsAndWeekends;
        break;
    case InterruptionTime::SleepHours:
        ++sleepHours;
        break;
    }
}

} // namespace wk::analytics::incidents
