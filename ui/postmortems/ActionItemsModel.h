#pragma once

#include "postmortems/Postmortem.h"

#include <QAbstractTableModel>
#include <QList>

namespace wk::ui {

// A postmortem's action items, edited in place: what, owner and due date. The due column edits as a QDate (the
// default delegate gives a date editor); an item without a date shows an empty cell.
class ActionItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { What, Owner, Due, ColumnCount };

    explicit ActionItemsModel(QObject* parent = nullptr);

    void setItems(const QList<postmortems::ActionItem>& items);
    QList<postmortems::ActionItem> items() const { return m_items; }

    // Appends an empty item due on `due` and returns the index of its What cell, for the view to edit.
    QModelIndex addItem(const QDate& due);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    // A person added, removed or changed an item (not sent by setItems).
    void itemsEdited();

private:
    // An index of this model that names an existing cell.
    bool isRow(const QModelIndex& index) const;

    QList<postmortems::ActionItem> m_items;
};

} // namespace wk::ui
