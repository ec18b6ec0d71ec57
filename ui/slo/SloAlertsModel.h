#pragma once

#include "polling/SloFetcher.h"

#include <QAbstractTableModel>

#include <optional>

namespace wk::ui {

// The multi-window alerts of one SLO: severity, the short and long windows, the factor (the burn rate both
// windows must exceed), each window's live error ratio and burn rate, and whether the alert fires.
class SloAlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Windows, Factor, ShortWindow, LongWindow, Firing, ColumnCount };

    explicit SloAlertsModel(QObject* parent = nullptr);

    void setReport(const std::optional<polling::SloReport>& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString windowText(analytics::slo::Seconds window, const std::optional<double>& burn) const;

    std::optional<polling::SloReport> m_report;
};

} // namespace wk::ui
