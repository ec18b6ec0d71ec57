#pragma once

#include "notify/Notification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wk::ui {

// The words of desktop notifications and of the tray, shared by the D-Bus bubble and the tray fallback.
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)
public:
    static QString title(const notify::Notification& n);                      // "P1: Ranker latency high"
    static QString body(const notify::Notification& n, const QDateTime& now); // where, how long, which id
    static QString trayToolTip(int open, int p1, int p2); // "Watchkeeper: 3 open, unacknowledged (1 P1)"

private:
    static QString summaryTitle(const notify::Notification& n);
    static QString alertLine(const alerts::Alert& a);
};

} // namespace wk::ui
