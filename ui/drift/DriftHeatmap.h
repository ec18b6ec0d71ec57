#pragma once

#include "polling/DriftFetcher.h"
#include "workspace/Workspace.h"

#include <QWidget>

#include <memory>

namespace wk::ui {

// Drift over time: one row per feature, one column per window, coloured by PSI against the panel's thresholds
// (green below the first, amber from it, red from the critical one); grey where a window had no data.
// Hovering a cell tells its feature, window and value.
class DriftHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit DriftHeatmap(QList<workspace::Threshold> thresholds, QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const polling::DriftReport> report);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The colour a cell with this PSI gets; invalid for a missing value.
    QColor colorFor(std::optional<double> psi) const;
    // The cell under a point of the widget, as (feature row, column); (-1, -1) outside the grid.
    QPoint cellAt(const QPoint& position) const;
    QString cellText(int row, int column) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    QList<workspace::Threshold> m_thresholds;
    std::shared_ptr<const polling::DriftReport> m_report;
};

} // namespace wk::ui
