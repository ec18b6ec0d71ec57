// Runs inside `dbus-run-session`: a private session bus on which the test plays the notification server.
#include "common/Clock.h"
#include "notify/AlertNotifier.h"
#include "notify/DesktopNotifier.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using alerts::Priority;

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

// Just enough of the freedesktop notification server to see what the console sends.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<NotifyCall> calls;
    QList<uint> closed;

public Q_SLOTS:
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s, u"sound"_s}; }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = u"Watchkeeper tests"_s;
        version = u"1.0"_s;
        specVersion = u"1.2"_s;
        return u"fake-server"_s;
    }
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return replacesId != 0 ? replacesId : ++m_lastId;
    }
    void CloseNotification(uint id) { closed.append(id); }

private:
    uint m_lastId = 100;
};

// The server's own connection, as a real server would have: the notifier talks to it over the bus.
QDBusConnection serverBus()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notification-server"_s);
}

void emitSignal(const QString& name, const QList<QVariant>& args)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, service, name);
    signal.setArguments(args);
    ASSERT_TRUE(serverBus().send(signal));
}

notify::Notification notification(const QString& alertId, Priority priority, bool sound = true)
{
    notify::Notification n;
    n.alertId = alertId;
    n.priority = priority;
    if (sound)
        n.soundPriority = priority;
    return n;
}

class DesktopNotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(serverBus().isConnected()) << "run inside dbus-run-session";
        ASSERT_TRUE(serverBus().registerObject(path, &server, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(serverBus().registerService(service));
    }
    void TearDown() override
    {
        serverBus().unregisterService(service);
        serverBus().unregisterObject(path);
    }
    static bool settle(const ui::DesktopNotifier& notifier)
    {
        return uitest::waitUntil([&] { return !notifier.probing(); }, 10'000);
    }

    FakeNotificationServer server;
};

} // namespace

TEST_F(DesktopNotifierTest, FindsTheServer)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    EXPECT_TRUE(notifier.available());
    EXPECT_TRUE(notifier.unavailableReason().isEmpty());
    ASSERT_TRUE(uitest::waitUntil([&] { return !notifier.serverName().isEmpty(); }));
    EXPECT_EQ(notifier.serverName(), u"fake-server 1.0"_s);
}

TEST_F(DesktopNotifierTest, SendsSummaryUrgencyAndADistinctSoundPerPriority)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    QSet<QString> sounds;
    QSet<QByteArray> contents;
    for (Priority p : {Priority::P1, Priority::P2, Priority::P3, Priority::P4, Priority::P5}) {
        const QString name = alerts::priorityName(p);
        server.calls.clear();
        notifier.show(notification(u"alert-"_s + name, p), name + u": Ranker latency high"_s, u"ranker-api"_s);
        ASSERT_TRUE(uitest::waitUntil([&] { return server.calls.size() == 1; })) << name.toStdString();
        const NotifyCall& call = server.calls.front();
        EXPECT_EQ(call.appName, u"Watchkeeper"_s);
        EXPECT_FALSE(call.appIcon.isEmpty());
        EXPECT_EQ(call.summary, name + u": Ranker latency high"_s);
        EXPECT_EQ(call.body, u"ranker-api"_s);
        EXPECT_EQ(call.actions, (QStringList{u"default"_s, u"Open"_s}));
        EXPECT_EQ(call.hints.value(u"category"_s).toString(), u"alert"_s);

        const QVariant urgency = call.hints.value(u"urgency"_s);
        EXPECT_EQ(urgency.metaType(), QMetaType::fromType<uchar>()) << "urgency must be a D-Bus byte";
        const bool critical = p <= Priority::P2;
        EXPECT_EQ(urgency.value<uchar>(), critical ? 2 : 1) << name.toStdString();
        EXPECT_EQ(call.expireTimeout, critical ? 0 : -1) << name.toStdString();

        const QString sound = call.hints.value(u"sound-file"_s).toString();
        EXPECT_TRUE(QFileInfo(sound).isAbsolute()) << sound.toStdString();
        QFile file(sound);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << sound.toStdString();
        const QByteArray wav = file.readAll();
        EXPECT_TRUE(wav.startsWith("RIFF") && wav.mid(8, 4) == "WAVE") << sound.toStdString();
        EXPECT_LT(wav.size(), 50'000);
        sounds.insert(sound);
        contents.insert(wav);
    }
    EXPECT_EQ(sounds.size(), 5);
    EXPECT_EQ(contents.size(), 5);
}

TEST_F(DesktopNotifierTest, SoundOffAsksTheServerForSilence)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    notifier.show(notification(u"a"_s, Priority::P1, false), u"t"_s, u"b"_s);
    ASSERT_TRUE(uitest::waitUntil([&] { return server.calls.size() == 1; }));
    EXPECT_FALSE(server.calls.front().hints.contains(u"sound-file"_s));
    EXPECT_TRUE(server.calls.front().hints.value(u"suppress-sound"_s).toBool());
}

TEST_F(DesktopNotifierTest, ReminderReplacesTheAlertsBubble)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    QSignalSpy shown(&notifier, &ui::DesktopNotifier::shown);
    notifier.show(notification(u"a"_s, Priority::P2), u"first"_s, {});
    ASSERT_TRUE(uitest::waitUntil([&] { return shown.size() == 1; }));
    notifier.show(notification(u"a"_s, Priority::P2), u"again"_s, {});
    notifier.show(notification(u"b"_s, Priority::P2), u"other"_s, {});
    ASSERT_TRUE(uitest::waitUntil([&] { return shown.size() == 3; }));
    EXPECT_EQ(server.calls[0].replacesId, 0u);
    EXPECT_EQ(server.calls[1].replacesId, shown.at(0).at(1).toUInt());
    EXPECT_EQ(server.calls[2].replacesId, 0u);
}

TEST_F(DesktopNotifierTest, ClickOnTheBubbleActivatesItsAlert)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    QSignalSpy shown(&notifier, &ui::DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &ui::DesktopNotifier::activated);
    notifier.show(notification(u"alert-42"_s, Priority::P1), u"P1: down"_s, {});
    ASSERT_TRUE(uitest::waitUntil([&] { return shown.size() == 1; }));
    const uint id = shown.at(0).at(1).toUInt();

    emitSignal(u"ActionInvoked"_s, {QVariant::fromValue(id + 1000), u"default"_s}); // another application's bubble
    emitSignal(u"ActionInvoked"_s, {QVariant::fromValue(id), u"default"_s});
    ASSERT_TRUE(uitest::waitUntil([&] { return activated.size() >= 1; }));
    uitest::waitUntil([] { return false; }, 200); // anything else would have arrived by now
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), u"alert-42"_s);
}

TEST_F(DesktopNotifierTest, HandledAlertsBubblesAreTakenDown)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(settle(notifier));
    QSignalSpy shown(&notifier, &ui::DesktopNotifier::shown);
    notifier.show(notification(u"a"_s, Priority::P1), u"a"_s, {});
    notifier.show(notification(u"b"_s, Priority::P1), u"b"_s, {});
    ASSERT_TRUE(uitest::waitUntil([&] { return shown.size() == 2; }));
    notifier.withdrawExcept({u"b"_s});
    ASSERT_TRUE(uitest::waitUntil([&] { return server.closed.size() == 1; }));
    EXPECT_EQ(server.closed.front(), shown.at(0).at(1).toUInt());
}

TEST_F(DesktopNotifierTest, AlertNotifierEndToEnd)
{
    ManualClock clock(QDateTime::fromString(u"2026-03-02T12:00:00Z"_s, Qt::ISODate));
    notify::NotificationSettings settings;
    settings.zone = QTimeZone("UTC");
    ui::AlertNotifier notifier(clock, settings);
    ASSERT_TRUE(settle(*notifier.desktop()));
    EXPECT_TRUE(notifier.statusText().isEmpty());
    QSignalSpy activated(&notifier, &ui::AlertNotifier::activated);
    QSignalSpy shown(notifier.desktop(), &ui::DesktopNotifier::shown);

    notifier.onAlerts({}, true);
    alerts::Alert a;
    a.id = u"abc-123"_s;
    a.tinyId = u"1791"_s;
    a.message = u"Model serving latency high"_s;
    a.priority = Priority::P1;
    a.createdAt = clock.now();
    notifier.onAlerts({a}, true);
    ASSERT_TRUE(uitest::waitUntil([&] { return shown.size() == 1; }));
    ASSERT_EQ(server.calls.size(), 1);
    EXPECT_EQ(server.calls.front().summary, u"P1: Model serving latency high"_s);
    EXPECT_EQ(server.calls.front().body, u"open for 0 s · #1791"_s);

    emitSignal(u"ActionInvoked"_s, {shown.at(0).at(1), u"default"_s});
    ASSERT_TRUE(uitest::waitUntil([&] { return activated.size() == 1; }));
    EXPECT_EQ(activated.at(0).at(0).toString(), u"abc-123"_s);
}

TEST(DesktopNotifierWithoutServer, FallsBackAtOnceAndSaysWhy)
{
    QElapsedTimer timer;
    timer.start();
    ui::DesktopNotifier notifier;
    QStringList fallbacks;
    notifier.setFallback([&](const QString& alertId, const QString& title, const QString&, Priority) {
        fallbacks.append(alertId + u'|' + title);
    });
    ASSERT_TRUE(uitest::waitUntil([&] { return !notifier.probing(); }, 10'000));
    EXPECT_FALSE(notifier.available());
    EXPECT_EQ(notifier.unavailableReason(), u"no desktop notification service"_s);
    notifier.show(notification(u"a"_s, Priority::P1), u"P1: down"_s, {});
    EXPECT_EQ(fallbacks, QStringList{u"a|P1: down"_s}); // at once, without a round trip
    EXPECT_LT(timer.elapsed(), 3000);
}

TEST(DesktopNotifierWithoutServer, ServerStartingLaterIsFound)
{
    ui::DesktopNotifier notifier;
    ASSERT_TRUE(uitest::waitUntil([&] { return !notifier.probing(); }, 10'000));
    ASSERT_FALSE(notifier.available());
    FakeNotificationServer server;
    ASSERT_TRUE(serverBus().registerObject(path, &server, QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(serverBus().registerService(service));
    EXPECT_TRUE(uitest::waitUntil([&] { return notifier.available(); }));
    serverBus().unregisterService(service);
    serverBus().unregisterObject(path);
    EXPECT_TRUE(uitest::waitUntil([&] { return !notifier.available(); }));
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

#include "test_desktop_notifier.moc"
