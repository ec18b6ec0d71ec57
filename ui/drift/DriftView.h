#pragma once

#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace wk::ui {

class DriftHeatmap;
class DriftTableModel;

// The body of a drift panel: what the reference is, the per-feature table, and the drift-over-time heatmap.
class DriftView : public QWidget
{
    Q_OBJECT
public:
    explicit DriftView(const workspace::Panel& panel, QWidget* parent = nullptr);

    void setData(const polling::PanelData& data);
    void setStale(bool stale);

    DriftTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DriftHeatmap* heatmap() const { return m_heatmap; }
    QString captionText() const;

private:
    workspace::Panel m_panel;
    QLabel* m_caption = nullptr;
    QTableView* m_table = nullptr;
    DriftTableModel* m_model = nullptr;
    DriftHeatmap* m_heatmap = nullptr;
};

} // namespace wk::ui
