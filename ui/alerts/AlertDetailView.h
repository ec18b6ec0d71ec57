#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertBackend.h"

#include <QTextBrowser>

namespace wk::ui {

// Everything about one alert that does not fit in a table row: description, runbook, tags, details,
// notes and how far it has been escalated. Re-renders only when the content changed, so a poll does
// not throw the reader back to the top.
class AlertDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit AlertDetailView(QWidget* parent = nullptr);

    // `pending` ("Acknowledging…"), `failure` ("Could not acknowledge: …") and `landed` ("Acknowledged at
    // 10:42:13") may be empty.
    void showAlert(
        const alerts::Alert& alert, const QString& pending, const QString& failure, const QString& landed = {});
    void showNothing();
    // Who is on call for a team; shown for alerts of that team, with the current escalation level marked.
    void setOnCall(const alerts::OnCall& onCall);

Q_SIGNALS:
    void dismissFailureRequested(const QString& alertId);

private:
    void openLink(const QUrl& url);
    void render(const QString& html, bool keepScroll);

    QString onCallHtml(const alerts::Alert& alert) const;

    QString m_alertId;
    alerts::OnCall m_onCall;
    QString m_html;
};

} // namespace wk::ui
