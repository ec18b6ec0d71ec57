#pragma once

#include "alerts/Alert.h"

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

    // `pending` ("Acknowledging…") and `failure` ("Could not acknowledge: …") may be empty.
    void showAlert(const alerts::Alert& alert, const QString& pending, const QString& failure);
    void showNothing();

Q_SIGNALS:
    void dismissFailureRequested(const QString& alertId);

private:
    void openLink(const QUrl& url);
    void render(const QString& html, bool keepScroll);

    QString m_alertId;
    QString m_html;
};

} // namespace wk::ui
