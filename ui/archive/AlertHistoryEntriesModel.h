#pragma once

#include "archive/AlertArchive.h"

#include <QAbstractTableModel>
#include <QList>

namespace wk::ui {

// What happened to one archived alert, oldest first: when, how long after it began, what, who, and the words.
class AlertHistoryEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AfterColumn, // "+4 min": since the first entry, its creation
        WhatColumn,
        WhoColumn,
        NoteColumn,
        ColumnCount,
    };

    explicit AlertHistoryEntriesModel(QObject* parent = nullptr);

    void setEntries(const QList<archive::HistoryEntry>& entries); // oldest first, as the archive gives them
    void clear();
    const QList<archive::HistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const archive::HistoryEntry& entry, int column) const;

    QList<archive::HistoryEntry> m_entries;
};

} // namespace wk::ui
