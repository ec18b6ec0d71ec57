#pragma once

#include "alerts/Alert.h"

#include <QList>
#include <QString>

#include <optional>

namespace wk::notify {

// One thing to tell the user. Facts only: the words (and their translation) are the UI's business.
struct Notification
{
    enum class Kind {
        New,      // one alert that appeared since the last update
        Raised,   // one alert whose priority went up, to the minimum or beyond
        Reminder, // one alert still open and unacknowledged: the repeat, or the first word after a silence
        Summary,  // several alerts in one: what was open at start-up, or a flood
    };

    Kind kind = Kind::New;
    QString alertId;                                  // the alert's id; empty for a summary
    alerts::Priority priority = alerts::Priority::P3; // the alert's, or the most urgent in a summary
    std::optional<alerts::Priority> soundPriority;    // whose sound to play; empty when sound is off
    std::optional<alerts::Priority> raisedFrom;       // Raised: the priority before
    bool startup = false;                             // Summary: what was open when the console started
    int newCount = 0;                                 // Summary: how many are new or raised (the rest are reminders)
    QList<alerts::Alert> alerts;                      // the alerts concerned, most urgent first, then newest

    int count() const { return int(alerts.size()); }
};

} // namespace wk::notify
