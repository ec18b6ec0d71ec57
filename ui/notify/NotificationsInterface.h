#pragma once

#include <QDBusAbstractInterface>

namespace wk::ui {

// A typed proxy for org.freedesktop.Notifications, so its D-Bus signals connect like any Qt signal
// (QDBusAbstractInterface relays a D-Bus signal to the Qt signal of the same name and argument types).
class NotificationsInterface : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    static QString serviceName();
    static QString objectPath();

    NotificationsInterface(const QDBusConnection& bus, QObject* parent = nullptr);

Q_SIGNALS:
    // Names and types as the specification has them: D-Bus matches on both.
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

} // namespace wk::ui
