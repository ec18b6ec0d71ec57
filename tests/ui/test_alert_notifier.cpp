#include "common/Clock.h"
#include "common/Theme.h"
#include "notify/AlertNotifier.h"
#include "notify/AlertTray.h"
#include "notify/DesktopNotifier.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace wk;
using alerts::Alert;
using alerts::AlertStatus;
using alerts::Priority;

namespace {

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Alert alert(const QString& id, Priority priority, AlertStatus status = AlertStatus::Open)
{
    Alert a;
    a.id = id;
    a.tinyId = u"17"_s + id;
    a.message = u"Ranker latency high "_s + id;
    a.service = u"ranker-api"_s;
    a.team = u"ML Platform"_s;
    a.priority = priority;
    a.status = status;
    a.createdAt = at(u"2026-03-02T11:55:00Z"_s);
    return a;
}

notify::NotificationSettings utcSettings()
{
    notify::NotificationSettings s;
    s.zone = QTimeZone("UTC");
    return s;
}

// No session bus at all: these tests are about the tray and the words, and must never pop up a real bubble.
QDBusConnection noBus()
{
    return QDBusConnection(u"wk-test-no-bus"_s);
}

QImage iconImage(const ui::AlertTray& tray)
{
    return tray.icon().pixmap(64, 64).toImage().convertToFormat(QImage::Format_ARGB32);
}

int pixelsNear(const QImage& image, const QColor& color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < 12)
                ++n;
        }
    return n;
}

void saveScreenshot(const QImage& image, const QString& name)
{
    QDir().mkpath(QStringLiteral(WK_SCREENSHOT_DIR));
    image.save(QStringLiteral(WK_SCREENSHOT_DIR) + u'/' + name);
}

struct Fixture
{
    Fixture()
        : clock(at(u"2026-03-02T12:00:00Z"_s))
        , notifier(clock, utcSettings(), noBus())
        , notified(&notifier, &ui::AlertNotifier::notified)
        , counts(&notifier, &ui::AlertNotifier::countChanged)
    { }
    ManualClock clock;
    ui::AlertNotifier notifier;
    QSignalSpy notified;
    QSignalSpy counts;
};

} // namespace

TEST(AlertNotifier, BadgeShowsTheCountAndTurnsRedForP1OrP2)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    const QImage none = iconImage(*f.notifier.tray());
    ASSERT_FALSE(none.isNull());
    ASSERT_EQ(f.counts.size(), 1);
    EXPECT_EQ(f.counts.last().at(0).toInt(), 0);

    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P4), alert(u"c"_s, Priority::P5),
                            alert(u"d"_s, Priority::P2, AlertStatus::Acknowledged)},
        true);
    const QImage calm = iconImage(*f.notifier.tray());
    EXPECT_EQ(f.notifier.count(), 3);
    EXPECT_EQ(f.counts.last().at(0).toInt(), 3);
    EXPECT_NE(calm, none);
    EXPECT_GT(pixelsNear(calm, ui::theme::warning), 50);
    EXPECT_LT(pixelsNear(calm, ui::theme::critical), 5);

    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P4), alert(u"c"_s, Priority::P1)}, true);
    const QImage urgent = iconImage(*f.notifier.tray());
    EXPECT_NE(urgent, calm);
    EXPECT_GT(pixelsNear(urgent, ui::theme::critical), 50);

    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"c"_s, Priority::P1)}, true);
    EXPECT_NE(iconImage(*f.notifier.tray()), urgent); // "2" is not "3"
    EXPECT_EQ(f.counts.last().at(0).toInt(), 2);

    const int changes = int(f.counts.size());
    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"c"_s, Priority::P1)}, true);
    EXPECT_EQ(f.counts.size(), changes); // only changes are signalled

    saveScreenshot(none, u"tray_badge_none.png"_s);
    saveScreenshot(calm, u"tray_badge_3.png"_s);
    saveScreenshot(urgent, u"tray_badge_3_p1.png"_s);
    saveScreenshot(ui::AlertTray::badgeIcon(120, true).pixmap(64, 64).toImage(), u"tray_badge_99plus.png"_s);
}

TEST(AlertNotifier, TooltipSaysHowManyAndHowUrgentInWords)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    EXPECT_TRUE(f.notifier.tray()->toolTip().startsWith(u"Watchkeeper: no open alerts"_s))
        << f.notifier.tray()->toolTip().toStdString();

    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P1), alert(u"c"_s, Priority::P4),
                            alert(u"d"_s, Priority::P1, AlertStatus::Closed)},
        true);
    const QString tip = f.notifier.tray()->toolTip();
    EXPECT_TRUE(tip.startsWith(u"Watchkeeper: 3 open, unacknowledged (1 P1)"_s)) << tip.toStdString();
    EXPECT_EQ(f.notifier.tray()->trayIcon()->toolTip(), tip);

    f.notifier.onAlerts({alert(u"a"_s, Priority::P3), alert(u"b"_s, Priority::P1), alert(u"e"_s, Priority::P2)}, true);
    EXPECT_TRUE(f.notifier.tray()->toolTip().startsWith(u"Watchkeeper: 3 open, unacknowledged (1 P1, 1 P2)"_s));
}

TEST(AlertNotifier, WithoutANotificationServiceTheTooltipAndStatusSaySo)
{
    Fixture f;
    EXPECT_FALSE(f.notifier.desktop()->available());
    EXPECT_TRUE(f.notifier.statusText().startsWith(u"notifications: no desktop notification service"_s))
        << f.notifier.statusText().toStdString();
    EXPECT_TRUE(f.notifier.tray()->toolTip().contains(u"notifications: no desktop notification service"_s));
    // Offscreen there is no system tray either: nothing is shown, nothing breaks.
    EXPECT_FALSE(f.notifier.tray()->available());
    EXPECT_FALSE(f.notifier.tray()->trayIcon()->isVisible());
}

TEST(AlertNotifier, MuteSuppressesUntilItEndsThenReminds)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    f.notifier.mute(60min);
    EXPECT_TRUE(f.notifier.isMuted());
    EXPECT_EQ(f.notifier.tray()->muteAction()->text(), u"Unmute notifications"_s);
    EXPECT_TRUE(f.notifier.tray()->toolTip().contains(u"muted until"_s));

    f.notifier.onAlerts({alert(u"a"_s, Priority::P1)}, true);
    EXPECT_EQ(f.notified.size(), 0);
    EXPECT_EQ(f.notifier.count(), 1); // the badge still counts what is open

    f.clock.advance(61 * 60'000);
    f.notifier.onAlerts({alert(u"a"_s, Priority::P1)}, true);
    EXPECT_FALSE(f.notifier.isMuted());
    ASSERT_EQ(f.notified.size(), 1);
    EXPECT_EQ(f.notified.at(0).at(0).toString(), u"P1 still open: Ranker latency high a"_s);
    EXPECT_EQ(f.notifier.tray()->muteAction()->text(), u"Mute notifications for 1 h"_s);
    EXPECT_FALSE(f.notifier.tray()->toolTip().contains(u"muted"_s));
}

TEST(AlertNotifier, TrayMenuMutesAndUnmutes)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    f.notifier.tray()->muteAction()->trigger();
    EXPECT_TRUE(f.notifier.isMuted());
    EXPECT_EQ(f.notifier.policy().mutedUntil(), at(u"2026-03-02T13:00:00Z"_s));
    f.notifier.tray()->muteAction()->trigger();
    EXPECT_FALSE(f.notifier.isMuted());
    f.notifier.onAlerts({alert(u"a"_s, Priority::P2)}, true);
    EXPECT_EQ(f.notified.size(), 1);

    const QStringList entries{f.notifier.tray()->menu()->actions()[0]->text(),
        f.notifier.tray()->menu()->actions()[1]->text(), f.notifier.tray()->menu()->actions()[3]->text()};
    EXPECT_EQ(entries, (QStringList{u"Show window"_s, u"Mute notifications for 1 h"_s, u"Quit"_s}));
    QSignalSpy quit(&f.notifier, &ui::AlertNotifier::quitRequested);
    f.notifier.tray()->menu()->actions()[3]->trigger();
    EXPECT_EQ(quit.size(), 1);
}

TEST(AlertNotifier, NewAlertReadsLikeAPage)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    f.notifier.onAlerts({alert(u"91"_s, Priority::P1)}, true);
    ASSERT_EQ(f.notified.size(), 1);
    EXPECT_EQ(f.notified.at(0).at(0).toString(), u"P1: Ranker latency high 91"_s);
    EXPECT_EQ(f.notified.at(0).at(1).toString(), u"ranker-api · ML Platform\nopen for 5 min · #1791"_s);
}

TEST(AlertNotifier, FloodIsOneNotificationNamingTheWorst)
{
    Fixture f;
    f.notifier.onAlerts({}, true);
    QList<Alert> flood;
    for (int i = 0; i < 29; ++i)
        flood.append(alert(QString::number(i), Priority::P3));
    flood.append(alert(u"worst"_s, Priority::P1));
    f.notifier.onAlerts(flood, true);
    ASSERT_EQ(f.notified.size(), 1);
    const QString title = f.notified.at(0).at(0).toString();
    EXPECT_TRUE(title.startsWith(u"30 new alert"_s)) << title.toStdString();
    EXPECT_TRUE(title.endsWith(u"highest P1"_s)) << title.toStdString();
    const QStringList body = f.notified.at(0).at(1).toString().split(u'\n');
    ASSERT_EQ(body.size(), 4);
    EXPECT_EQ(body[0], u"P1: Ranker latency high worst (ranker-api)"_s);
    EXPECT_TRUE(body[3].startsWith(u"and 27 more"_s)) << body[3].toStdString();
}

TEST(AlertNotifier, ClickOnTheFallbackBalloonOpensItsAlert)
{
    Fixture f;
    QSignalSpy activated(&f.notifier, &ui::AlertNotifier::activated);
    f.notifier.onAlerts({}, true);
    f.notifier.onAlerts({alert(u"a"_s, Priority::P1)}, true);
    Q_EMIT f.notifier.tray()->trayIcon()->messageClicked();
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), u"a"_s);
}
