#include "notify/AlertTray.h"

#include "common/Theme.h"
#include "notify/NotificationText.h"

#include <QAction>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wk::ui {

namespace {

constexpr int balloonMs = 10'000;

// The badge's look at one size: large enough to read when the tray scales it down to 22 px.
QPixmap badgePixmap(int count, bool urgent, int size)
{
    QPixmap pixmap
        = QPixmap(u":/icons/watchkeeper-64.png"_s).scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (pixmap.isNull()) {
        pixmap = QPixmap(size, size);
        pixmap.fill(theme::panel);
    }
    if (count <= 0)
        return pixmap;

    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(6, int(size * (text.size() > 2 ? 0.3 : 0.42))));
    const qreal height = size * 0.58;
    const qreal width
        = std::min<qreal>(size, std::max(height, QFontMetricsF(font).horizontalAdvance(text) + size * 0.2));
    const QRectF badge(size - width, 0, width, height);

    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(theme::window, std::max(1.0, size / 32.0)));
    p.setBrush(urgent ? theme::critical : theme::warning);
    p.drawRoundedRect(badge, height / 2, height / 2);
    p.setFont(font);
    p.setPen(urgent ? QColor(Qt::white) : theme::window);
    p.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

AlertTray::AlertTray(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
{
    QAction* show = m_menu->addAction(tr("Show window"));
    connect(show, &QAction::triggered, this, &AlertTray::showWindowRequested);
    m_mute = m_menu->addAction(tr("Mute notifications for 1 h"));
    connect(m_mute, &QAction::triggered, this, [this] {
        if (m_mutedUntil.isValid())
            Q_EMIT unmuteRequested();
        else
            Q_EMIT muteRequested(60min);
    });
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &AlertTray::quitRequested);
    m_tray->setContextMenu(m_menu.get());

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTray::messageClicked);
    setCounts(0, 0, 0);
}

AlertTray::~AlertTray() = default;

bool AlertTray::available() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon AlertTray::badgeIcon(int count, bool urgent)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64})
        icon.addPixmap(badgePixmap(count, urgent, size));
    return icon;
}

void AlertTray::setCounts(int open, int p1, int p2)
{
    const bool redraw = m_open != open || (m_p1 + m_p2 > 0) != (p1 + p2 > 0);
    m_open = open;
    m_p1 = p1;
    m_p2 = p2;
    if (redraw) {
        m_icon = badgeIcon(open, p1 + p2 > 0);
        m_tray->setIcon(m_icon);
    }
    refresh();
}

void AlertTray::setMutedUntil(const QDateTime& until)
{
    m_mutedUntil = until;
    m_mute->setText(until.isValid() ? tr("Unmute notifications") : tr("Mute notifications for 1 h"));
    refresh();
}

void AlertTray::setProblem(const QString& problem)
{
    m_problem = problem;
    refresh();
}

void AlertTray::showMessage(const QString& title, const QString& body, alerts::Priority priority)
{
    if (!m_tray->isVisible())
        return; // no tray, no balloon: the window's own alert list still shows everything
    const auto icon = priority <= alerts::Priority::P2 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    m_tray->showMessage(title, body, icon, balloonMs);
}

void AlertTray::refresh()
{
    QStringList lines{NotificationText::trayToolTip(m_open, m_p1, m_p2)};
    if (m_mutedUntil.isValid())
        lines.append(
            tr("Notifications muted until %1").arg(QLocale().toString(m_mutedUntil.time(), QLocale::ShortFormat)));
    if (!m_problem.isEmpty())
        lines.append(tr("notifications: %1").arg(m_problem));
    m_toolTip = lines.join(u'\n');
    m_tray->setToolTip(m_toolTip);
    // A tray can appear after we start (the panel restarts, a session comes up slowly): show as soon as it is there.
    if (!m_tray->isVisible() && available())
        m_tray->show();
}

} // namespace wk::ui
