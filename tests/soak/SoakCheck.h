#pragma once

#include "SoakUser.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace wk::soak {

struct ActionCheck
{
    int landed = 0;
    QStringList lost; // "<kind> <alert id>: what the service shows instead"
};

// Asks the alert service, over its own API, whether each action shows on its alert: acknowledged, closed, the
// note's text among the notes. Blocking, with a local event loop.
ActionCheck checkActions(const QList<SoakAction>& actions, const QUrl& api, const QByteArray& authorization);

// This process's resident memory (VmRSS), in MB.
double residentMegabytes();

// Least-squares slope of samples taken every `minutesApart`, in units per hour.
double slopePerHour(const std::vector<double>& samples, double minutesApart);

} // namespace wk::soak
