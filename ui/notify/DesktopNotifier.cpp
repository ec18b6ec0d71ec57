#include "notify/DesktopNotifier.h"

#include "common/Logging.h"
#include "notify/NotificationsInterface.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

// A server that has not answered in this time is treated as absent; the tray shows the words instead.
constexpr int callTimeoutMs = 5000;

// freedesktop urgency levels (a byte): 1 normal, 2 critical. Critical bubbles stay and may break through
// "do not disturb", which is what a P1 or P2 at 03:00 needs.
bool critical(alerts::Priority p)
{
    return p <= alerts::Priority::P2;
}

QString soundResource(alerts::Priority p)
{
    return u":/sounds/p"_s + QString::number(static_cast<int>(p)) + u".wav"_s;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        setState(State::Unavailable, tr("no desktop notification service (no session bus)"));
        return;
    }
    m_interface = new NotificationsInterface(m_bus, this);
    m_interface->setTimeout(callTimeoutMs);
    // The server broadcasts these for every application's bubbles; ours are told apart by id.
    connect(m_interface, &NotificationsInterface::ActionInvoked, this, &DesktopNotifier::onActionInvoked);
    connect(m_interface, &NotificationsInterface::NotificationClosed, this, &DesktopNotifier::onClosed);

    // A server started (or restarted) after us is found; one that leaves is probed again, since an activatable
    // server that exits when idle comes back on the next call.
    auto* watcher = new QDBusServiceWatcher(
        NotificationsInterface::serviceName(), m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        m_bubbles.clear();
        probe();
    });
    probe();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::probe()
{
    const quint64 probe = ++m_probe;
    auto* watcher = new QDBusPendingCallWatcher(m_interface->asyncCall(u"GetCapabilities"_s), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, probe](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        if (probe != m_probe)
            return;
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            logging::get("ui")->info("desktop notifications unavailable: {}", reply.error().message());
            const bool silent
                = reply.error().type() == QDBusError::NoReply || reply.error().type() == QDBusError::Timeout;
            setState(State::Unavailable,
                silent ? tr("the desktop notification service does not answer")
                       : tr("no desktop notification service"));
            return;
        }
        const QStringList capabilities = reply.value();
        m_bodyMarkup = capabilities.contains(u"body-markup"_s);
        if (!capabilities.contains(u"sound"_s))
            logging::get("ui")->info("the notification server does not play sounds");
        setState(State::Available);

        auto* info = new QDBusPendingCallWatcher(m_interface->asyncCall(u"GetServerInformation"_s), this);
        connect(info, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
            call->deleteLater();
            const QDBusPendingReply<QString, QString, QString, QString> server = *call;
            if (server.isError())
                return;
            m_serverName = server.argumentAt<0>() + u' ' + server.argumentAt<2>();
            logging::get("ui")->info("notification server: {}", m_serverName);
        });
    });
}

void DesktopNotifier::setState(State state, const QString& reason)
{
    m_state = state;
    m_reason = state == State::Available ? QString() : reason;
    if (state != State::Probing)
        Q_EMIT availabilityChanged(available());
}

void DesktopNotifier::show(const notify::Notification& n, const QString& title, const QString& body)
{
    if (m_state == State::Unavailable || !m_interface) {
        fallBack(n.alertId, title, body, n.priority);
        return;
    }

    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(critical(n.priority) ? 2 : 1)));
    hints.insert(u"category"_s, u"alert"_s);
    hints.insert(u"desktop-entry"_s, u"dev.watchkeeper.Watchkeeper"_s);
    const QString sound = n.soundPriority ? soundFile(*n.soundPriority) : QString();
    if (!sound.isEmpty())
        hints.insert(u"sound-file"_s, sound);
    else
        hints.insert(u"suppress-sound"_s, true); // sound off means off, not the server's default chime

    const QString key = n.alertId; // empty: the summary bubble
    const QList<QVariant> args{
        u"Watchkeeper"_s, QVariant::fromValue(m_bubbles.value(key, 0u)), // replaces this alert's earlier bubble
        appIcon(), title, m_bodyMarkup ? body.toHtmlEscaped() : body, QStringList{u"default"_s, tr("Open")}, hints,
        QVariant::fromValue(qint32(critical(n.priority) ? 0 : -1)), // 0: stays until dismissed; -1: server default
    };
    auto* watcher = new QDBusPendingCallWatcher(m_interface->asyncCallWithArgumentList(u"Notify"_s, args), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, key, title, body, priority = n.priority](QDBusPendingCallWatcher* call) {
            call->deleteLater();
            const QDBusPendingReply<uint> reply = *call;
            if (reply.isError()) {
                logging::get("ui")->warn("desktop notification failed: {}", reply.error().message());
                fallBack(key, title, body, priority);
                return;
            }
            m_bubbles.insert(key, reply.value());
            Q_EMIT shown(key, reply.value());
        });
}

void DesktopNotifier::withdrawExcept(const QSet<QString>& stillOpen)
{
    for (auto it = m_bubbles.begin(); it != m_bubbles.end();) {
        // The summary stays while anything is open: it is about several alerts, not one.
        const bool handled = it.key().isEmpty() ? stillOpen.isEmpty() : !stillOpen.contains(it.key());
        if (!handled) {
            ++it;
            continue;
        }
        if (m_interface)
            m_interface->asyncCall(u"CloseNotification"_s, QVariant::fromValue(it.value()));
        it = m_bubbles.erase(it);
    }
}

QString DesktopNotifier::soundFile(alerts::Priority priority)
{
    return cachedFile(soundResource(priority));
}

void DesktopNotifier::fallBack(
    const QString& alertId, const QString& title, const QString& body, alerts::Priority priority)
{
    if (m_fallback)
        m_fallback(alertId, title, body, priority);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    for (auto it = m_bubbles.cbegin(); it != m_bubbles.cend(); ++it) {
        if (it.value() != id)
            continue;
        if (actionKey == u"default"_s)
            Q_EMIT activated(it.key());
        return;
    }
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_bubbles.removeIf([id](const auto& it) { return it.value() == id; });
}

QString DesktopNotifier::appIcon()
{
    // A file always works; the themed name only once the package has installed it.
    const QString file = cachedFile(u":/icons/watchkeeper-64.png"_s);
    return file.isEmpty() ? u"dev.watchkeeper.Watchkeeper"_s : QUrl::fromLocalFile(file).toString();
}

QString DesktopNotifier::cachedFile(const QString& resource)
{
    if (const auto it = m_files.constFind(resource); it != m_files.cend())
        return *it;
    QFile source(resource);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = source.readAll();
    const QString path = dir + u"/notify/"_s + QFileInfo(resource).fileName();
    // Rewritten when the content differs, so a new release's sounds replace the old copies.
    const bool current = [&path, &bytes] {
        QFile existing(path);
        return existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes;
    }();
    if (!current) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            logging::get("ui")->warn("could not write {}: {}", path, out.errorString());
            return {};
        }
    }
    m_files.insert(resource, path);
    return path;
}

} // namespace wk::ui
