#pragma once

#include "alerts/Alert.h"
#include "workspace/Workspace.h"

#include <QColor>

class QApplication;

namespace wk::ui {

// The console's colours in one place: a dark theme that is easy on the eyes at 03:00.
namespace theme {

inline const QColor window{0x1b, 0x20, 0x2a};
inline const QColor panel{0x23, 0x29, 0x36};
inline const QColor panelBorder{0x34, 0x3c, 0x4d};
inline const QColor text{0xe6, 0xe9, 0xef};
inline const QColor mutedText{0x9a, 0xa3, 0xb5};
inline const QColor grid{0x33, 0x3a, 0x48};
inline const QColor ok{0x4c, 0xc3, 0x8a};
inline const QColor warning{0xf4, 0xa2, 0x61};
inline const QColor critical{0xe6, 0x39, 0x46};
inline const QColor accent{0x2e, 0xc4, 0xb6};

// Distinct series colours that read on the dark panel.
QColor seriesColor(int index);
QColor thresholdColor(workspace::ThresholdSeverity severity);
QColor priorityColor(alerts::Priority priority);

// Fusion style with the dark palette, applied once at start-up.
void apply(QApplication& app);

} // namespace theme
} // namespace wk::ui
