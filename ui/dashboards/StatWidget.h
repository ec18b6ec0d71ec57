#pragma once

#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace wk::ui {

// A single number that matters (availability, ready nodes, feature age), coloured by its thresholds.
// Gauges add a bar between the panel's min and max.
class StatWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StatWidget(const workspace::Panel& panel, QWidget* parent = nullptr);

    void setData(const polling::PanelData& data);
    QString valueText() const;

    // Which threshold the value breaks, if any: 0 ok, 1 warning, 2 critical.
    static int severityOf(const workspace::Panel& panel, double value);

private:
    workspace::Panel m_panel;
    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
    QProgressBar* m_gauge = nullptr;
};

} // namespace wk::ui
