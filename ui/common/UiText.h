#pragma once

#include "alerts/Alert.h"
#include "common/Error.h"
#include "polling/SourceHealth.h"

#include <QString>

namespace wk::ui {

// User-facing, translated words for core codes. Core never returns translated text.
QString errorText(const Error& error);
QString sourceStateText(polling::SourceState state);

} // namespace wk::ui
