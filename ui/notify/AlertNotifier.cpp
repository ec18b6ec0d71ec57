#include "notify/AlertNotifier.h"

#include "notify/AlertTray.h"
#include "notify/DesktopNotifier.h"
#include "notify/NotificationText.h"

#include <QSet>
#include <QTimeZone>

namespace wk::ui {

AlertNotifier::AlertNotifier(const Clock& clock, notify::NotificationSettings settings, QObject* parent)
    : AlertNotifier(clock, std::move(settings), QDBusConnection::sessionBus(), parent)
{ }

AlertNotifier::AlertNotifier(
    const Clock& clock, notify::NotificationSettings settings, const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy(std::move(settings))
    , m_desktop(new DesktopNotifier(bus, this))
    , m_tray(new AlertTray(this))
{
    m_desktop->setFallback(
        [this](const QString& alertId, const QString& title, const QString& body, alerts::Priority priority) {
            m_lastFallbackAlert = alertId;
            m_tray->showMessage(title, body, priority);
        });
    connect(m_desktop, &DesktopNotifier::activated, this, &AlertNotifier::activated);
    connect(m_desktop, &DesktopNotifier::availabilityChanged, this, [this] {
        m_tray->setProblem(m_desktop->unavailableReason());
        Q_EMIT statusChanged(statusText());
    });
    m_tray->setProblem(m_desktop->unavailableReason());

    connect(m_tray, &AlertTray::showWindowRequested, this, &AlertNotifier::showWindowRequested);
    connect(m_tray, &AlertTray::quitRequested, this, &AlertNotifier::quitRequested);
    connect(m_tray, &AlertTray::muteRequested, this, &AlertNotifier::mute);
    connect(m_tray, &AlertTray::unmuteRequested, this, &AlertNotifier::unmute);
    connect(m_tray, &AlertTray::messageClicked, this, [this] { Q_EMIT activated(m_lastFallbackAlert); });
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::onAlerts(const QList<alerts::Alert>& alerts, bool userOnCall)
{
    const QDateTime now = m_clock.now();
    for (const notify::Notification& n : m_policy.update(alerts, now, userOnCall)) {
        const QString title = NotificationText::title(n);
        const QString body = NotificationText::body(n, now);
        m_desktop->show(n, title, body);
        Q_EMIT notified(title, body);
    }

    // A bubble that stays until dismissed should not outlive the alert being acknowledged by someone else.
    QSet<QString> open;
    for (const alerts::Alert& a : alerts)
        if (a.status == alerts::AlertStatus::Open)
            open.insert(a.id);
    m_desktop->withdrawExcept(open);
    refreshTray();
}

void AlertNotifier::mute(std::chrono::minutes duration)
{
    m_policy.setMutedUntil(m_clock.now().addSecs(qint64(duration.count()) * 60));
    refreshTray();
}

void AlertNotifier::unmute()
{
    m_policy.setMutedUntil({});
    refreshTray();
}

bool AlertNotifier::isMuted() const
{
    return m_policy.isMuted(m_clock.now());
}

int AlertNotifier::count() const
{
    return m_policy.unacknowledgedOpen();
}

QString AlertNotifier::statusText() const
{
    if (m_desktop->available() || m_desktop->probing())
        return {};
    return tr("notifications: %1").arg(m_desktop->unavailableReason());
}

void AlertNotifier::setSettings(const notify::NotificationSettings& settings)
{
    m_policy.setSettings(settings);
}

void AlertNotifier::refreshTray()
{
    const QDateTime now = m_clock.now();
    const QTimeZone zone = m_policy.settings().zone.isValid() ? m_policy.settings().zone : QTimeZone::systemTimeZone();
    m_tray->setMutedUntil(m_policy.isMuted(now) ? m_policy.mutedUntil().toTimeZone(zone) : QDateTime());
    m_tray->setCounts(
        count(), m_policy.unacknowledgedOpen(alerts::Priority::P1), m_policy.unacknowledgedOpen(alerts::Priority::P2));
    if (m_count != count()) {
        m_count = count();
        Q_EMIT countChanged(m_count);
    }
}

} // namespace wk::ui
