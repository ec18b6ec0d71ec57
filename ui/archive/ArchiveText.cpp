#include "archive/ArchiveText.h"

#include "alerts/AlertText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

const QString none = u"—"_s;

} // namespace

QString archivedIdText(const archive::ArchivedAlert& alert)
{
    return alert.tinyId.isEmpty() ? alert.alertId : QString(u'#' + alert.tinyId);
}

QString shortTimeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString timeToAckText(const archive::ArchivedAlert& alert)
{
    return alert.firstAckAt.isValid() ? ageText(alert.createdAt.secsTo(alert.firstAckAt)) : none;
}

QString timeToCloseText(const archive::ArchivedAlert& alert)
{
    if (!alert.closedAt.isValid())
        return QCoreApplication::translate("ArchiveText", "open");
    return ageText(alert.createdAt.secsTo(alert.closedAt));
}

QString acknowledgedByText(const archive::ArchivedAlert& alert)
{
    if (!alert.firstAckAt.isValid())
        return none;
    if (alert.firstAckBy.isEmpty())
        return QCoreApplication::translate("ArchiveText", "unknown");
    return alert.firstAckBy;
}

QString historyKindText(archive::HistoryKind kind)
{
    switch (kind) {
    case archive::HistoryKind::Created:
        return QCoreApplication::translate("ArchiveText", "Created");
    case archive::HistoryKind::Acknowledged:
        return QCoreApplication::translate("ArchiveText", "Acknowledged");
    case archive::HistoryKind::Closed:
        return QCoreApplication::translate("ArchiveText", "Closed");
    case archive::HistoryKind::Escalated:
        return QCoreApplication::translate("ArchiveText", "Escalated");
    case archive::HistoryKind::Snoozed:
        return QCoreApplication::translate("ArchiveText", "Snoozed");
    case archive::HistoryKind::Note:
        return QCoreApplication::translate("ArchiveText", "Note");
    case archive::HistoryKind::Assigned:
        return QCoreApplication::translate("ArchiveText", "Assigned");
    }
    return {};
}

QString historyNoteText(const archive::HistoryEntry& entry)
{
    switch (entry.kind) {
    case archive::HistoryKind::Snoozed:
        // The archive keeps the end of the snooze as an ISO time.
        if (const QDateTime until = QDateTime::fromString(entry.note, Qt::ISODateWithMs); until.isValid())
            return QCoreApplication::translate("ArchiveText", "until %1").arg(exactTimeText(until));
        break;
    case archive::HistoryKind::Escalated:
        // The archive says "level 2", in English: say it in the user's words.
        if (bool ok = false; entry.note.startsWith(u"level "_s)) {
            const int level = entry.note.sliced(6).toInt(&ok);
            if (ok)
                return QCoreApplication::translate("ArchiveText", "to level %1").arg(level);
        }
        break;
    default:
        break;
    }
    return entry.note;
}

} // namespace wk::ui
