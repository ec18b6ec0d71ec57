#pragma once

#include "alerts/AlertBackend.h"

#include <QLabel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace wk::ui {

// Who is on call now and next, in the status bar: "On call: alice · next: bob" for the user's schedules, and
// "You are on call" when the signed-in engineer is among those on call now. Asked every five minutes (the
// schedule on-calls rate-limit domain is separate from alert polling) and when the teams change.
class OnCallStatus : public QLabel
{
    Q_OBJECT
public:
    OnCallStatus(alerts::AlertBackend& backend, QString user, QWidget* parent = nullptr);

    // The teams whose schedules matter: the workspace's, or else the teams of the alerts seen.
    void setTeams(const QStringList& teams);
    // Until the first answer, the user counts as on call: a missed page is worse than an extra one.
    bool userOnCall() const { return m_userOnCall; }
    void refresh();

Q_SIGNALS:
    void userOnCallChanged(bool onCall);

private:
    void show(const QList<alerts::OnCall>& answers, const QStringList& problems);

    alerts::AlertBackend& m_backend;
    QString m_user;
    QStringList m_teams;
    QTimer m_timer;
    bool m_userOnCall = true;
    int m_round = 0; // answers of an older round are dropped
};

} // namespace wk::ui
