#include "reports/ReportTableModel.h"

#include "common/Theme.h"

using namespace Qt::StringLiterals;

namespace wk::ui {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(reports::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant& value = m_table.rows[index.row()].value(index.column());
    const reports::CellKind kind = m_table.kinds.value(index.column(), reports::CellKind::Text);
    switch (role) {
    case Qt::DisplayRole:
        return reports::cellText(value, kind);
    case SortRole:
        return value.isNull() ? QVariant(-1.0) : value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            kind == reports::CellKind::Text ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (kind == reports::CellKind::Text && value.toString().startsWith(reports::missedText()))
            return theme::critical;
        return {};
    case Qt::ToolTipRole:
        return kind == reports::CellKind::Text ? value.toString() : QVariant();
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_table.columns.size() ? QVariant(m_table.columns[section]) : QVariant();
}

} // namespace wk::ui
