#pragma once

#include "reports/ReportTables.h"

#include <QAbstractTableModel>

namespace wk::ui {

// One table of the report as people read it: durations as "4m 12s", shares as "7.3 %", "-" for no figure; the
// sort role keeps the number, so a column of durations sorts by time, not by text. A MISSED target is red.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(reports::ReportTable table);
    const reports::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    reports::ReportTable m_table;
};

} // namespace wk::ui
