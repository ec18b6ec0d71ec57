#pragma once

#include "alerts/Alert.h"
#include "common/Clock.h"
#include "notify/NotificationPolicy.h"

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <chrono>

namespace wk::ui {

class AlertTray;
class DesktopNotifier;

// Desktop notifications for alerts: after each alert poll it asks the policy what deserves a word, shows it as a
// native notification (or in the tray's balloon when there is no notification service), and keeps the tray's
// badge and tooltip current. Owns the policy, the notifier and the tray.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    AlertNotifier(const Clock& clock, notify::NotificationSettings settings, QObject* parent = nullptr);
    // The same on a given bus: tests pass a private one, or a disconnected one to exercise the fallback.
    AlertNotifier(const Clock& clock, notify::NotificationSettings settings, const QDBusConnection& bus,
        QObject* parent = nullptr);
    ~AlertNotifier() override;

    // Call after every successful alert poll with the whole list, and whether the user is on call right now.
    void onAlerts(const QList<alerts::Alert>& alerts, bool userOnCall);

    void mute(std::chrono::minutes duration);
    void unmute();
    bool isMuted() const;

    int count() const; // open and unacknowledged alerts, every priority
    // For the status bar: "" when all is well, else "notifications: no desktop notification service".
    QString statusText() const;

    void setSettings(const notify::NotificationSettings& settings);
    const notify::NotificationPolicy& policy() const { return m_policy; }
    AlertTray* tray() const { return m_tray; }
    DesktopNotifier* desktop() const { return m_desktop; }

Q_SIGNALS:
    void activated(const QString& alertId); // show the window and select this alert (empty: just show the window)
    void countChanged(int count);
    void statusChanged(const QString& text);
    void showWindowRequested();
    void quitRequested();
    void notified(const QString& title, const QString& body); // each notification, whichever way it went

private:
    void refreshTray();

    const Clock& m_clock;
    notify::NotificationPolicy m_policy;
    DesktopNotifier* m_desktop = nullptr;
    AlertTray* m_tray = nullptr;
    QString m_lastFallbackAlert; // what a click on the tray's balloon opens
    int m_count = -1;
};

} // namespace wk::ui
