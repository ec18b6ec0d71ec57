#pragma once

#include "alerts/Alert.h"
#include "notify/Notification.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace wk::ui {

class NotificationsInterface;

// Native notifications through the freedesktop API (org.freedesktop.Notifications on the session bus): GNOME, KDE,
// dunst, mako and others. Every call is asynchronous; the GUI thread never waits for the notification server.
//
// A bubble per alert, replaced (not stacked) by that alert's next reminder; P1/P2 are critical and stay until
// dismissed. The server plays the priority's sound from a real file (the WAV is copied out of the resources once).
// Clicking a bubble emits activated(alertId). Without a server the fallback (the tray's balloon) shows the words
// and nothing plays; available() is false and unavailableReason() says why.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    using Fallback = std::function<void(
        const QString& alertId, const QString& title, const QString& body, alerts::Priority priority)>;

    explicit DesktopNotifier(QObject* parent = nullptr); // on the session bus
    explicit DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    bool available() const { return m_state == State::Available; }
    bool probing() const { return m_state == State::Probing; } // the server has not answered yet
    QString unavailableReason() const { return m_reason; }     // "no desktop notification service"
    QString serverName() const { return m_serverName; }        // "gnome-shell 43.9", for the log and the about box

    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }

    // Shows `n` with these words. A summary replaces the previous summary's bubble.
    void show(const notify::Notification& n, const QString& title, const QString& body);
    // Takes down the bubbles of alerts not in `stillOpen` (acknowledged, snoozed or closed meanwhile).
    void withdrawExcept(const QSet<QString>& stillOpen);

    // The priority's sound as a file the server can read; empty if it could not be written.
    QString soundFile(alerts::Priority priority);

Q_SIGNALS:
    void activated(const QString& alertId); // the user clicked the bubble (empty id: a summary)
    void availabilityChanged(bool available);
    void shown(const QString& alertId, uint notificationId); // the server took it

private:
    enum class State { Probing, Available, Unavailable };

    void probe();
    void setState(State state, const QString& reason = {});
    void fallBack(const QString& alertId, const QString& title, const QString& body, alerts::Priority priority);
    void onActionInvoked(uint id, const QString& actionKey);
    void onClosed(uint id, uint reason);
    QString appIcon();
    QString cachedFile(const QString& resource);

    QDBusConnection m_bus;
    NotificationsInterface* m_interface = nullptr;
    State m_state = State::Probing;
    QString m_reason;
    QString m_serverName;
    bool m_bodyMarkup = false; // the server reads <b> and &amp;: alert text must be escaped
    quint64 m_probe = 0;       // only the latest probe's answer counts
    Fallback m_fallback;
    QHash<QString, uint> m_bubbles;  // alert id (empty: the summary) -> the server's notification id
    QHash<QString, QString> m_files; // resource path -> the copy on disk
};

} // namespace wk::ui
