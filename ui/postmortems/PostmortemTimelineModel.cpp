#include "postmortems/PostmortemTimelineModel.h"

using namespace Qt::StringLiterals;

namespace wk::ui {

PostmortemTimelineModel::PostmortemTimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void PostmortemTimelineModel::setEntries(const QList<postmortems::TimelineEntry>& entries, const QSet<qint64>& chosen)
{
    beginResetModel();
    m_entries = entries;
    m_chosen.clear();
    for (const postmortems::TimelineEntry& entry : entries)
        m_chosen.append(chosen.contains(entry.seq));
    endResetModel();
}

QList<postmortems::TimelineEntry> PostmortemTimelineModel::chosenEntries() const
{
    QList<postmortems::TimelineEntry> chosen;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_chosen.at(i))
            chosen.append(m_entries.at(i));
    }
    return chosen;
}

bool PostmortemTimelineModel::isChosen(int row) const
{
    return row >= 0 && row < m_chosen.size() && m_chosen.at(row);
}

bool PostmortemTimelineModel::isRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() && index.column() == 0;
}

int PostmortemTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PostmortemTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const postmortems::TimelineEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = entry.text;
        text.replace(u'\n', u' ');
        return tr("%1  %2: %3").arg(entry.at.toUTC().toString(u"HH:mm:ss"_s), entry.actor, text);
    }
    case Qt::ToolTipRole:
        return tr("%1 UTC, %2\n%3").arg(entry.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.actor, entry.text);
    case Qt::CheckStateRole:
        return m_chosen.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool PostmortemTimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !isRow(index))
        return false;
    const bool chosen = value.toInt() == Qt::Checked;
    if (m_chosen.at(index.row()) == chosen)
        return true;
    m_chosen[index.row()] = chosen;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
    return true;
}

Qt::ItemFlags PostmortemTimelineModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace wk::ui
