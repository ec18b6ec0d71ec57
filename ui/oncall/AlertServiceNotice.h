#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"

#include <QLabel>

namespace wk::ui {

// What the status bar says about the alert service beyond live/stale: that it is rate limiting the console
// ("Opsgenie is throttling search requests until 10:42:13"), or that the list holds fewer alerts than match.
class AlertServiceNotice : public QLabel
{
    Q_OBJECT
public:
    AlertServiceNotice(const alerts::AlertBackend& backend, const Clock& clock, QWidget* parent = nullptr);

    // After each poll: how many alerts the list shows and how many the service says match (-1: unknown).
    void setCounts(int shown, int total, bool more);
    // Call every second or so: the throttle ends on its own.
    void refresh();

private:
    const alerts::AlertBackend& m_backend;
    const Clock& m_clock;
    QString m_counts;
};

} // namespace wk::ui
