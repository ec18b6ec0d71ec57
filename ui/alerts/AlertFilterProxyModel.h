#pragma once

#include "alerts/AlertFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace wk::ui {

class AlertTableModel;

// Filters with the core predicate and sorts on raw values (AlertTableModel::SortRole), never on display text.
// Ties fall back to priority, then age (youngest first), then id, so the order is stable between polls.
class AlertFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilter(const alerts::AlertFilter& filter);
    const alerts::AlertFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AlertTableModel* m_alerts = nullptr;
    alerts::AlertFilter m_filter;
    QCollator m_collator;
};

} // namespace wk::ui
