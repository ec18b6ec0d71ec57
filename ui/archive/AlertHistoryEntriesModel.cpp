#include "archive/AlertHistoryEntriesModel.h"

#include "alerts/AlertText.h"
#include "archive/ArchiveText.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wk::ui {

AlertHistoryEntriesModel::AlertHistoryEntriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AlertHistoryEntriesModel::setEntries(const QList<archive::HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AlertHistoryEntriesModel::clear()
{
    if (m_entries.isEmpty())
        return;
    setEntries({});
}

int AlertHistoryEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AlertHistoryEntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const archive::HistoryEntry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn) {
            const QString note = historyNoteText(entry);
            return note.isEmpty() ? QVariant() : QVariant(note);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AfterColumn)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AfterColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertHistoryEntriesModel::displayData(const archive::HistoryEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return exactTimeText(entry.at);
    case AfterColumn: {
        const QDateTime first = m_entries.constFirst().at;
        if (&entry == &m_entries.constFirst() || !first.isValid() || !entry.at.isValid())
            return QString();
        return tr("+%1").arg(ageText(first.secsTo(entry.at)));
    }
    case WhatColumn:
        return historyKindText(entry.kind);
    case WhoColumn:
        return entry.actor;
    case NoteColumn:
        // One line in the table; the tooltip has all of it.
        return historyNoteText(entry).simplified();
    default:
        return {};
    }
}

QVariant AlertHistoryEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AfterColumn:
        return tr("After");
    case WhatColumn:
        return tr("What");
    case WhoColumn:
        return tr("Who");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace wk::ui
