#pragma once

#include "incidents/TimelineEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace wk::ui {

// One incident's timeline in the order things happened: time, who, what kind, what. Rows are only ever added, as
// the timeline is only ever appended to; an edited note keeps its row and words, marked "edited", and the edit is a row
// of its own.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Actor, Kind, What, ColumnCount };
    static constexpr int SeqRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // the EventKind as an int

    explicit TimelineModel(QObject* parent = nullptr);

    // Times are shown in this zone (the local one unless a test says otherwise).
    void setTimeZone(const QTimeZone& zone);
    // "yyyy-MM-dd HH:mm:ss" unless told otherwise (the war room shows "HH:mm").
    void setTimeFormat(const QString& format);
    void setEvents(qint64 incidentId, const QList<incidents::TimelineEvent>& events);
    // Events after the last one shown; ones already shown (by seq) are skipped.
    void appendEvents(const QList<incidents::TimelineEvent>& events);

    qint64 incidentId() const { return m_incidentId; }
    qint64 lastSeq() const { return m_maxSeq; } // the newest event shown, whatever its row
    const QList<incidents::TimelineEvent>& events() const { return m_events; }
    const incidents::TimelineEvent* eventAt(int row) const;
    // The words a note shows now: its latest edit, or itself.
    QString currentNoteText(qint64 seq) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The note an edit (or an edit of an edit) belongs to.
    qint64 originalOf(qint64 seq) const;
    void noteEdits(const incidents::TimelineEvent& event);
    void reindex();

    qint64 m_incidentId = 0;
    QList<incidents::TimelineEvent> m_events;
    QHash<qint64, int> m_rowOfSeq;
    qint64 m_maxSeq = 0;
    QHash<qint64, qint64> m_latestEdit; // original note seq -> seq of its latest edit
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
};

} // namespace wk::ui
