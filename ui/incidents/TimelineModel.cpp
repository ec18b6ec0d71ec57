#include "TimelineModel.h"

#include "IncidentText.h"
#include "common/Theme.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace wk::ui {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, Time), index(int(m_events.size()) - 1, Time));
}

namespace {

// The story in the order things happened; seq breaks ties, so the order never changes once shown.
bool happenedBefore(const incidents::TimelineEvent& a, const incidents::TimelineEvent& b)
{
    return a.at != b.at ? a.at < b.at : a.seq < b.seq;
}

} // namespace

void TimelineModel::setTimeFormat(const QString& format)
{
    m_timeFormat = format;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, Time), index(int(m_events.size()) - 1, Time));
}

void TimelineModel::setEvents(qint64 incidentId, const QList<incidents::TimelineEvent>& events)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), happenedBefore);
    m_latestEdit.clear();
    m_maxSeq = 0;
    reindex();
    for (const incidents::TimelineEvent& event : std::as_const(m_events)) {
        m_maxSeq = std::max(m_maxSeq, event.seq);
        noteEdits(event);
    }
    endResetModel();
}

void TimelineModel::appendEvents(const QList<incidents::TimelineEvent>& events)
{
    for (const incidents::TimelineEvent& event : events) {
        if (event.incidentId != m_incidentId || m_rowOfSeq.contains(event.seq))
            continue;
        // Most land at the end; an alert service's note written before it was seen lands where it belongs.
        const auto at = std::upper_bound(m_events.begin(), m_events.end(), event, happenedBefore);
        const int row = int(at - m_events.begin());
        beginInsertRows({}, row, row);
        m_events.insert(row, event);
        reindex();
        endInsertRows();
        m_maxSeq = std::max(m_maxSeq, event.seq);
        noteEdits(event);
        if (event.kind == incidents::EventKind::NoteEdited) {
            const int original = m_rowOfSeq.value(originalOf(event.seq), -1);
            if (original >= 0)
                Q_EMIT dataChanged(index(original, 0), index(original, ColumnCount - 1));
        }
    }
}

void TimelineModel::reindex()
{
    m_rowOfSeq.clear();
    for (int row = 0; row < m_events.size(); ++row)
        m_rowOfSeq.insert(m_events[row].seq, row);
}

void TimelineModel::noteEdits(const incidents::TimelineEvent& event)
{
    if (event.kind == incidents::EventKind::NoteEdited)
        m_latestEdit.insert(originalOf(event.refersTo), event.seq);
}

qint64 TimelineModel::originalOf(qint64 seq) const
{
    // An edit may refer to an earlier edit; walk back to the note (at most as many steps as there are events).
    for (qsizetype guard = 0; guard <= m_events.size(); ++guard) {
        const int row = m_rowOfSeq.value(seq, -1);
        if (row < 0 || m_events[row].kind != incidents::EventKind::NoteEdited)
            return seq;
        seq = m_events[row].refersTo;
    }
    return seq;
}

const incidents::TimelineEvent* TimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

QString TimelineModel::currentNoteText(qint64 seq) const
{
    const qint64 original = originalOf(seq);
    const qint64 latest = m_latestEdit.value(original, original);
    const int row = m_rowOfSeq.value(latest, -1);
    return row < 0 ? QString() : m_events[row].note;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incidents::TimelineEvent& event = m_events[index.row()];
    const bool edited = event.kind == incidents::EventKind::Note && m_latestEdit.contains(event.seq);
    switch (role) {
    case SeqRole:
        return event.seq;
    case KindRole:
        return int(event.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            const QDateTime local = event.at.toTimeZone(m_zone);
            return local.toString(m_timeFormat);
        }
        case Actor:
            return event.actor;
        case Kind:
            return timelineKindText(event.kind);
        case What:
            return edited ? tr("%1 (edited: see entry %2)")
                                .arg(timelineText(event), QString::number(m_latestEdit.value(event.seq)))
                          : timelineText(event);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == What) {
            QString tip = timelineText(event);
            if (edited)
                tip += u"\n\n"_s + tr("Now reads: %1").arg(currentNoteText(event.seq));
            if (event.kind == incidents::EventKind::ScriptRun)
                tip += u"\n\n"_s + event.payload.value(u"output"_s).toString().right(2000);
            if (event.kind == incidents::EventKind::Snapshot)
                tip += u"\n"_s + tr("Double-click to open the snapshot.");
            return tip;
        }
        if (index.column() == Time)
            return event.at.toUTC().toString(Qt::ISODateWithMs);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Kind || index.column() == Time)
            return theme::mutedText;
        if (event.kind == incidents::EventKind::ThresholdCrossed)
            return event.payload.value(u"level"_s).toInt() > 0 ? theme::warning : theme::ok;
        if (event.kind == incidents::EventKind::Action && event.payload.value(u"state"_s).toString() == u"failed")
            return theme::critical;
        return {};
    case Qt::FontRole:
        if (event.kind == incidents::EventKind::StatusChanged || event.kind == incidents::EventKind::Created
            || edited) {
            QFont font;
            font.setBold(!edited);
            font.setItalic(edited);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section < m_events.size() ? QVariant(m_events[section].seq) : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace wk::ui
