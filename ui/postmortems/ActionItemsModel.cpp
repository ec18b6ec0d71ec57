#include "postmortems/ActionItemsModel.h"

#include <QLocale>

namespace wk::ui {

ActionItemsModel::ActionItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ActionItemsModel::setItems(const QList<postmortems::ActionItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QModelIndex ActionItemsModel::addItem(const QDate& due)
{
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_items.append(postmortems::ActionItem{QString(), QString(), due});
    endInsertRows();
    Q_EMIT itemsEdited();
    return index(row, What);
}

bool ActionItemsModel::isRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() && index.column() < columnCount();
}

int ActionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const postmortems::ActionItem& item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case What:
            return item.what;
        case Owner:
            return item.owner;
        case Due:
            if (role == Qt::EditRole)
                return item.due;
            return item.due.isValid() ? QLocale().toString(item.due, QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Due && !item.due.isValid())
        return tr("No due date yet");
    return {};
}

bool ActionItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isRow(index))
        return false;
    postmortems::ActionItem& item = m_items[index.row()];
    switch (index.column()) {
    case What:
        if (item.what == value.toString())
            return true;
        item.what = value.toString();
        break;
    case Owner:
        if (item.owner == value.toString())
            return true;
        item.owner = value.toString();
        break;
    case Due:
        if (item.due == value.toDate())
            return true;
        item.due = value.toDate();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    Q_EMIT itemsEdited();
    return true;
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("What");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ActionItemsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_items.insert(row, count, postmortems::ActionItem{});
    endInsertRows();
    Q_EMIT itemsEdited();
    return true;
}

bool ActionItemsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    Q_EMIT itemsEdited();
    return true;
}

} // namespace wk::ui
