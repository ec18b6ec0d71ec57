#pragma once

#include "alerts/Alert.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace wk::ui {

// The console in the system tray: the app icon with a badge counting open, unacknowledged alerts (red when a P1 or
// P2 is among them), a tooltip that says the same in words, and a menu to show the window, mute or quit.
// Without a system tray (some desktops, the offscreen tests) it keeps its state and simply shows nothing.
class AlertTray : public QObject
{
    Q_OBJECT
public:
    explicit AlertTray(QObject* parent = nullptr);
    ~AlertTray() override;

    void setCounts(int open, int p1, int p2);
    void setMutedUntil(const QDateTime& until); // in the zone to show it in; invalid: not muted
    void setProblem(const QString& problem);    // "no desktop notification service"; empty: none
    // The balloon used when there is no desktop notification service.
    void showMessage(const QString& title, const QString& body, alerts::Priority priority);

    bool available() const; // a system tray to sit in
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    QMenu* menu() const { return m_menu.get(); }
    QAction* muteAction() const { return m_mute; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    // The app icon with `count` in a badge; `urgent` makes the badge red. No badge for 0.
    static QIcon badgeIcon(int count, bool urgent);

Q_SIGNALS:
    void showWindowRequested();
    void muteRequested(std::chrono::minutes duration);
    void unmuteRequested();
    void quitRequested();
    void messageClicked(); // the fallback balloon was clicked

private:
    void refresh();

    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu; // a widget: it cannot be a QObject child of this
    QAction* m_mute = nullptr;
    QIcon m_icon;
    QString m_toolTip;
    QDateTime m_mutedUntil;
    QString m_problem;
    int m_open = -1; // nothing drawn yet
    int m_p1 = 0;
    int m_p2 = 0;
};

} // namespace wk::ui
