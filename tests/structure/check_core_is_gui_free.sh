#!/usr/bin/env bash
# core/ must stay free of Widgets, Gui and Charts: the command line and the core tests depend on it.
set -euo pipefail
core=${1:?usage: check_core_is_gui_free.sh CORE_DIR}
pattern='#[[:space:]]*include[[:space:]]*[<"](QtWidgets|QtGui|QtCharts|QWidget|QApplication|QGuiApplication|QChart|QMainWindow|QDialog|QColor|QIcon|QPixmap|QImage|QPainter|QFont|QPalette|QBrush|QPen)[>/".]'
if hits=$(grep -rnE "$pattern" "$core"); then
    echo "core/ includes GUI headers:"
    echo "$hits"
    exit 1
fi
echo "core/ is GUI-free"
