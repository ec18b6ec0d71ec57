#pragma once

#include "postmortems/Postmortem.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace wk::ui {

// The incident's timeline in a postmortem editor: one row per event that can go in the document (see
// postmortems::timelineEntries), with a check box that says whether it does. Times are UTC, as in the document.
class PostmortemTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PostmortemTimelineModel(QObject* parent = nullptr);

    // Every entry that can be chosen, in seq order, and the seqs of those chosen.
    void setEntries(const QList<postmortems::TimelineEntry>& entries, const QSet<qint64>& chosen);
    QList<postmortems::TimelineEntry> chosenEntries() const;
    bool isChosen(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // A person ticked or unticked an entry (not sent by setEntries).
    void choiceChanged();

private:
    // An index of this model that names an existing cell.
    bool isRow(const QModelIndex& index) const;

    QList<postmortems::TimelineEntry> m_entries;
    QList<bool> m_chosen; // parallel to m_entries
};

} // namespace wk::ui
