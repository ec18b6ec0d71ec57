#include "notify/NotificationsInterface.h"

using namespace Qt::StringLiterals;

namespace wk::ui {

QString NotificationsInterface::serviceName()
{
    return u"org.freedesktop.Notifications"_s;
}

QString NotificationsInterface::objectPath()
{
    return u"/org/freedesktop/Notifications"_s;
}

NotificationsInterface::NotificationsInterface(const QDBusConnection& bus, QObject* parent)
    : QDBusAbstractInterface(serviceName(), objectPath(), "org.freedesktop.Notifications", bus, parent)
{ }

} // namespace wk::ui
