#pragma once

#include "alerts/Alert.h"
#include "common/Error.h"
#include "polling/SourceHealth.h"

#include <QDateTime>
#include <QString>

namespace wk::ui {

// User-facing, translated words for core codes. Core never returns translated text.
QString errorText(const Error& error);
QString sourceStateText(polling::SourceState state);
// A moment in a status text ("stale since …", "showing data from …"): the local time of day when it falls on the
// same local day as `now`, with the date before it otherwise ("20 Nov 03:12:05"), so a source that has been down
// since yesterday does not read as down since this morning.
QString momentText(const QDateTime& at, const QDateTime& now);

} // namespace wk::ui
