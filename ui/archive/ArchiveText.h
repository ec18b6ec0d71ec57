#pragma once

#include "archive/AlertArchive.h"

#include <QDateTime>
#include <QString>

namespace wk::ui {

// The words of the alert history, shared by its table, its detail pane and its entries.
QString archivedIdText(const archive::ArchivedAlert& alert);     // "#1791", or the full id when there is no tiny one
QString shortTimeText(const QDateTime& at);                      // "2026-03-01 10:42", local time
QString timeToAckText(const archive::ArchivedAlert& alert);      // "4 min", "—" when never acknowledged
QString timeToCloseText(const archive::ArchivedAlert& alert);    // "47 min", "open" while it is
QString acknowledgedByText(const archive::ArchivedAlert& alert); // "ada", "—", "unknown" when nobody is named
QString historyKindText(archive::HistoryKind kind);              // "Acknowledged"
// What the entry adds to its kind: the note's words, "until 2026-03-01 11:00:00" for a snooze, "to level 2"...
QString historyNoteText(const archive::HistoryEntry& entry);

} // namespace wk::ui
