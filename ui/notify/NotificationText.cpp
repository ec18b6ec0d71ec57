#include "notify/NotificationText.h"

#include "alerts/AlertText.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

// A summary names this many alerts; the rest are counted. Bubbles are small and most servers cut long bodies.
constexpr qsizetype summaryLines = 3;

} // namespace

QString NotificationText::alertLine(const alerts::Alert& a)
{
    if (a.service.isEmpty())
        return tr("%1: %2").arg(alerts::priorityName(a.priority), a.message);
    return tr("%1: %2 (%3)").arg(alerts::priorityName(a.priority), a.message, a.service);
}

QString NotificationText::summaryTitle(const notify::Notification& n)
{
    const QString highest = alerts::priorityName(n.priority);
    if (n.startup)
        return tr("%n alert(s) open, highest %1", nullptr, n.count()).arg(highest);
    const int reminders = n.count() - n.newCount;
    if (reminders == 0)
        return tr("%n new alert(s), highest %1", nullptr, n.newCount).arg(highest);
    if (n.newCount == 0)
        return tr("%n alert(s) still unacknowledged, highest %1", nullptr, reminders).arg(highest);
    return tr("%1 new and %2 still unacknowledged alerts, highest %3")
        .arg(QString::number(n.newCount), QString::number(reminders), highest);
}

QString NotificationText::title(const notify::Notification& n)
{
    if (n.kind == notify::Notification::Kind::Summary || n.alerts.isEmpty())
        return summaryTitle(n);
    const alerts::Alert& a = n.alerts.front();
    const QString priority = alerts::priorityName(a.priority);
    switch (n.kind) {
    case notify::Notification::Kind::Raised:
        return tr("%1 (raised): %2").arg(priority, a.message);
    case notify::Notification::Kind::Reminder:
        return tr("%1 still open: %2").arg(priority, a.message);
    case notify::Notification::Kind::New:
    case notify::Notification::Kind::Summary:
        break;
    }
    return tr("%1: %2").arg(priority, a.message);
}

QString NotificationText::body(const notify::Notification& n, const QDateTime& now)
{
    QStringList lines;
    if (n.kind == notify::Notification::Kind::Summary || n.alerts.isEmpty()) {
        for (qsizetype i = 0; i < std::min(summaryLines, n.alerts.size()); ++i)
            lines.append(alertLine(n.alerts[i]));
        if (n.alerts.size() > summaryLines)
            lines.append(tr("and %n more", nullptr, int(n.alerts.size() - summaryLines)));
        return lines.join(u'\n');
    }

    const alerts::Alert& a = n.alerts.front();
    if (n.raisedFrom)
        lines.append(
            tr("Raised from %1 to %2").arg(alerts::priorityName(*n.raisedFrom), alerts::priorityName(a.priority)));
    QStringList where;
    for (const QString& part : {a.service, a.team})
        if (!part.isEmpty())
            where.append(part);
    if (!where.isEmpty())
        lines.append(where.join(u" · "_s));
    QStringList facts;
    if (a.createdAt.isValid())
        facts.append(tr("open for %1").arg(ageText(a.createdAt.secsTo(now))));
    if (!a.tinyId.isEmpty())
        facts.append(u"#"_s + a.tinyId);
    if (!facts.isEmpty())
        lines.append(facts.join(u" · "_s));
    return lines.join(u'\n');
}

QString NotificationText::trayToolTip(int open, int p1, int p2)
{
    if (open == 0)
        return tr("Watchkeeper: no open alerts");
    QStringList urgent;
    if (p1 > 0)
        urgent.append(tr("%1 P1").arg(p1));
    if (p2 > 0)
        urgent.append(tr("%1 P2").arg(p2));
    if (urgent.isEmpty())
        return tr("Watchkeeper: %1 open, unacknowledged").arg(open);
    return tr("Watchkeeper: %1 open, unacknowledged (%2)").arg(QString::number(open), urgent.join(u", "_s));
}

} // namespace wk::ui
