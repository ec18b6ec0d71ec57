#pragma once

#include <QDateTime>

namespace wk::fakegenie {

class GenieStore;

// Adds `count` alerts from ML services to the store: latency, error-rate, accuracy, drift, GPU and queue
// alerts over the week before `now`, priorities P1..P5, teams ml-platform / payments-ml / nlp, tags, notes
// and logs, some acknowledged, some closed, a few snoozed (allOpen: every one open and unacknowledged, as in a
// flood). The same seed gives the same alerts.
void seedMlAlerts(GenieStore& store, int count, quint32 seed, const QDateTime& now, bool allOpen = false);

} // namespace wk::fakegenie
