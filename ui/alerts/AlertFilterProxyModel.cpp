#include "alerts/AlertFilterProxyModel.h"

#include "alerts/AlertTableModel.h"

#include <array>

namespace wk::ui {

AlertFilterProxyModel::AlertFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
    setDynamicSortFilter(true);
    // "svc-9" before "svc-10", and "api" beside "API".
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    sort(AlertTableModel::PriorityColumn, Qt::AscendingOrder);
}

void AlertFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    // Anything else has no alerts to match against; such rows are simply not shown.
    m_alerts = qobject_cast<AlertTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AlertFilterProxyModel::setFilter(const alerts::AlertFilter& filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool AlertFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || m_alerts == nullptr)
        return false;
    const alerts::Alert* alert = m_alerts->alertAt(sourceRow);
    return alert != nullptr && alerts::matches(m_filter, *alert);
}

bool AlertFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto compare = [&](int column) {
        const QVariant a = left.siblingAtColumn(column).data(sortRole());
        const QVariant b = right.siblingAtColumn(column).data(sortRole());
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
            const int c = m_collator.compare(a.toString(), b.toString());
            return c < 0 ? QPartialOrdering::Less : c > 0 ? QPartialOrdering::Greater : QPartialOrdering::Equivalent;
        }
        return QVariant::compare(a, b);
    };
    const auto primary = compare(left.column());
    if (primary != QPartialOrdering::Equivalent)
        return primary == QPartialOrdering::Less;

    // Ties keep the same direction whichever way the user sorts, so equal keys never swap places.
    constexpr std::array tieBreakers{AlertTableModel::PriorityColumn, AlertTableModel::AgeColumn};
    const bool descending = sortOrder() == Qt::DescendingOrder;
    for (const int column : tieBreakers) {
        const auto order = compare(column);
        if (order != QPartialOrdering::Equivalent)
            return (order == QPartialOrdering::Less) != descending;
    }
    const QString leftId = left.data(AlertTableModel::AlertIdRole).toString();
    const QString rightId = right.data(AlertTableModel::AlertIdRole).toString();
    return (leftId < rightId) != descending;
}

} // namespace wk::ui
