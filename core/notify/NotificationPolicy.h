#pragma once

#include "alerts/Alert.h"
#include "notify/Notification.h"
#include "notify/NotificationSettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace wk::notify {

// Decides, after each alert poll, what deserves a desktop notification. Plain logic: no timers, no QObject; the
// caller passes the time, so tests drive it with a manual clock.
//
// The rules, so that the user is woken for what matters and not for what does not:
// - Only open alerts (not acknowledged, snoozed or closed) at or above the minimum priority notify.
// - A new such alert notifies once (New) unless it is silenced: quiet hours for its priority cover `now` on the
//   user's wall clock, the user is muted, or `onlyWhileOnCall` is set and the user is not on call. Silenced alerts are
//   not queued one by one: an alert still open and unacknowledged when the silence ends notifies then, once
//   (Reminder). Going on call counts as the end of a silence: what is still open is now the user's to handle.
// - While it stays open and unacknowledged it is repeated every `repeatMinutes` (Reminder), silences permitting.
// - Acknowledging, snoozing or closing stops the repeats. If it opens again (unacknowledged, snooze over) it is
//   reminded at once: it is back in the user's lap.
// - A priority raised to the minimum or beyond notifies then (Raised), even if it was notified before at a lower one.
// - The first update is the console starting: what is already open makes one Summary, not one bubble per alert.
// - More than `floodThreshold` notifications due in one update become one Summary ("30 new alerts, highest P1").
class NotificationPolicy
{
public:
    explicit NotificationPolicy(NotificationSettings settings = {});

    // The alerts as the backend lists them now. Returns what to show, most urgent first.
    std::vector<Notification> update(const QList<alerts::Alert>& alerts, const QDateTime& now, bool userOnCall);

    // Silence every priority until `until` (an invalid time unmutes). Silenced alerts are reminded when it ends.
    void setMutedUntil(const QDateTime& until) { m_mutedUntil = until; }
    QDateTime mutedUntil() const { return m_mutedUntil; }
    bool isMuted(const QDateTime& now) const { return m_mutedUntil.isValid() && now < m_mutedUntil; }

    const NotificationSettings& settings() const { return m_settings; }
    void setSettings(const NotificationSettings& settings) { m_settings = settings; }

    // Open and unacknowledged in the last update, every priority (the tray's count, not only what notifies).
    int unacknowledgedOpen() const;
    int unacknowledgedOpen(alerts::Priority priority) const;
    bool started() const { return m_started; }

private:
    struct Tracked
    {
        alerts::Priority priority = alerts::Priority::P3;
        QDateTime notifiedAt; // invalid: not told about in its current open spell
        QDateTime lastSeen;
    };
    struct Due
    {
        Notification::Kind kind;
        std::optional<alerts::Priority> raisedFrom;
        alerts::Alert alert;
    };

    bool wantsNotification(const alerts::Alert& alert) const;
    bool silenced(alerts::Priority priority, const QDateTime& now, bool userOnCall) const;
    Notification single(const Due& due) const;
    Notification summary(QList<alerts::Alert> alerts, bool startup, int newCount) const;
    void forgetOld(const QDateTime& now);

    NotificationSettings m_settings;
    QHash<QString, Tracked> m_tracked;
    QDateTime m_mutedUntil;
    std::array<int, 5> m_open{}; // per priority, P1 first
    bool m_started = false;
};

} // namespace wk::notify
