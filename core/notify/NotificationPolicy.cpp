#include "notify/NotificationPolicy.h"

#include <algorithm>
#include <numeric>

namespace wk::notify {

using alerts::Alert;
using alerts::AlertStatus;
using alerts::Priority;

namespace {

// An alert missing from the list is kept in mind this long, so one short or paged answer from the backend does not
// make every alert "new" again when it comes back.
constexpr qint64 forgetAfterSeconds = 24 * 3600;

int slot(Priority p)
{
    return std::clamp(static_cast<int>(p), 1, 5) - 1;
}

// Most urgent first; among equals the newest first, since that is the one the user has not seen yet.
bool moreUrgent(const Alert& a, const Alert& b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.createdAt > b.createdAt;
}

} // namespace

NotificationPolicy::NotificationPolicy(NotificationSettings settings)
    : m_settings(std::move(settings))
{ }

std::vector<Notification> NotificationPolicy::update(const QList<Alert>& alerts, const QDateTime& now, bool userOnCall)
{
    const bool startup = !m_started;
    m_started = true;
    m_open.fill(0);

    QList<Alert> openAtStartup;
    std::vector<Due> due;
    for (const Alert& alert : alerts) {
        if (alert.status == AlertStatus::Open)
            ++m_open[slot(alert.priority)];

        auto it = m_tracked.find(alert.id);
        const bool seenBefore = it != m_tracked.end();
        if (!seenBefore)
            it = m_tracked.insert(alert.id, Tracked{alert.priority, {}, now});
        Tracked& tracked = *it;
        const Priority before = tracked.priority;
        tracked.priority = alert.priority;
        tracked.lastSeen = now;

        if (!wantsNotification(alert)) {
            tracked.notifiedAt = {}; // whatever was said no longer holds; if it opens again, say it again
            continue;
        }
        if (silenced(alert.priority, now, userOnCall))
            continue; // not queued: the first update after the silence finds it still open and reminds once
        if (startup) {
            openAtStartup.append(alert);
            tracked.notifiedAt = now;
            continue;
        }

        const bool raised = seenBefore && alert.priority < before;
        const bool told = tracked.notifiedAt.isValid();
        const bool repeatDue = told && m_settings.repeatMinutes > 0
            && now >= tracked.notifiedAt.addSecs(qint64(m_settings.repeatMinutes) * 60);
        if (told && !raised && !repeatDue)
            continue;

        const auto kind = raised ? Notification::Kind::Raised
            : seenBefore         ? Notification::Kind::Reminder
                                 : Notification::Kind::New;
        due.push_back({kind, raised ? std::optional(before) : std::nullopt, alert});
        tracked.notifiedAt = now;
    }
    forgetOld(now);

    std::vector<Notification> out;
    if (startup) {
        if (!openAtStartup.isEmpty())
            out.push_back(summary(openAtStartup, true, int(openAtStartup.size())));
        return out;
    }

    std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return moreUrgent(a.alert, b.alert); });
    if (m_settings.floodThreshold > 0 && int(due.size()) > m_settings.floodThreshold) {
        QList<Alert> flood;
        int newCount = 0;
        for (const Due& d : due) {
            flood.append(d.alert);
            if (d.kind != Notification::Kind::Reminder)
                ++newCount;
        }
        out.push_back(summary(std::move(flood), false, newCount));
        return out;
    }
    for (const Due& d : due)
        out.push_back(single(d));
    return out;
}

int NotificationPolicy::unacknowledgedOpen() const
{
    return std::accumulate(m_open.begin(), m_open.end(), 0);
}

int NotificationPolicy::unacknowledgedOpen(Priority priority) const
{
    return m_open[slot(priority)];
}

bool NotificationPolicy::wantsNotification(const Alert& alert) const
{
    // Priority::P1 is the smallest value: "at or above the minimum" is "numerically at most".
    return alert.status == AlertStatus::Open && alert.priority <= m_settings.minimum;
}

bool NotificationPolicy::silenced(Priority priority, const QDateTime& now, bool userOnCall) const
{
    if (isMuted(now))
        return true;
    if (m_settings.onlyWhileOnCall && !userOnCall)
        return true;
    return isQuiet(m_settings, priority, now);
}

Notification NotificationPolicy::single(const Due& due) const
{
    Notification n;
    n.kind = due.kind;
    n.alertId = due.alert.id;
    n.priority = due.alert.priority;
    if (m_settings.sound)
        n.soundPriority = n.priority;
    n.raisedFrom = due.raisedFrom;
    n.newCount = due.kind == Notification::Kind::Reminder ? 0 : 1;
    n.alerts = {due.alert};
    return n;
}

Notification NotificationPolicy::summary(QList<Alert> alerts, bool startup, int newCount) const
{
    std::stable_sort(alerts.begin(), alerts.end(), moreUrgent);
    Notification n;
    n.kind = Notification::Kind::Summary;
    n.priority = alerts.front().priority;
    // One sound for the lot, the most urgent one's: a flood with a P1 in it must sound like a P1.
    if (m_settings.sound)
        n.soundPriority = n.priority;
    n.startup = startup;
    n.newCount = newCount;
    n.alerts = std::move(alerts);
    return n;
}

void NotificationPolicy::forgetOld(const QDateTime& now)
{
    const QDateTime cutoff = now.addSecs(-forgetAfterSeconds);
    m_tracked.removeIf([&cutoff](const auto& it) { return it.value().lastSeen < cutoff; });
}

} // namespace wk::notify
