#pragma once

#include "polling/DriftFetcher.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>

#include <memory>

namespace wk::ui {

// One row per feature of a drift panel: PSI, Jensen-Shannon, the KS lower bound, normed Wasserstein, the counts
// in each window and a verdict from the panel's PSI thresholds. Most drifted first, as the fetcher sorts them.
class DriftTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Feature, Psi, JensenShannon, Ks, Wasserstein, ReferenceCount, CurrentCount, Verdict, ColumnCount };

    explicit DriftTableModel(QList<workspace::Threshold> thresholds, QObject* parent = nullptr);

    void setReport(std::shared_ptr<const polling::DriftReport> report);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The threshold a PSI value reaches, if any (the highest one).
    std::optional<workspace::Threshold> reached(double psi) const;
    QString verdictText(int row) const;

private:
    QList<workspace::Threshold> m_thresholds;
    std::shared_ptr<const polling::DriftReport> m_report;
};

} // namespace wk::ui
