#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertHistory.h"
#include "archive/AlertArchive.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

// What the archive writes for one alert: its row's values and its history entries with their keys. Shared by what a
// poll sees (AlertArchive::observe) and what an import reads (AlertArchive::importAlerts), so both key alike.
namespace wk::archive {

// Times are kept as UTC milliseconds: a 100,000-alert report reads them without parsing text.
QVariant millis(const QDateTime& at); // NULL for an invalid time
QDateTime timeOf(const QVariant& value);
QStringList teamsOf(const alerts::Alert& alert); // each once
// Empty rather than null: a null QString binds NULL, which the NOT NULL columns (message, teams) refuse.
QString notNull(const QString& text);
QDateTime occurredAt(const alerts::Alert& alert); // when the condition began, where the alert says so

// A history entry and what it is. The database keeps one entry per key, so the same thing seen in every poll, or
// seen live and imported later, is written once.
struct KeyedEntry
{
    HistoryEntry entry;
    QString key;
};

// What an alert's state says happened: created, first acknowledgement, close, escalation level, snooze, owner,
// notes. Keys: "created:<id>", "ack:<id>:<ms>", "close:<id>:<ms>", "escalated:<id>:<level>",
// "snoozed:<id>:<until ms>", "owner:<id>:<owner>", alerts::noteKey().
QList<KeyedEntry> stateEntries(const alerts::Alert& alert);

// What an imported alert says happened: its activity log's events, keyed as a poll keys the same event, then its
// state's entries (a repeat of a log event is ignored, so the log's time and actor win). The first acknowledgement
// and the close in the log are the ones the alert's report times measure, so they take those times and keys; the
// n-th escalation is level n; a snooze is keyed by its end and an assignment by its owner. What a log line cannot
// be matched by (a snooze without its end, an assignment without its owner) is keyed by its own time.
// Un-acknowledgements are left out: the archive keeps the first acknowledgement, which MTTA measures.
QList<KeyedEntry> importedEntries(const alerts::Alert& alert, const QList<alerts::AlertLogEntry>& log);

// The first acknowledgement: the alert's own (its report's first acknowledgement), else the log's first, for an
// alert read while it was not acknowledged (it then carries no acknowledgement time). `log` is oldest first.
std::pair<QDateTime, QString> firstAcknowledgement(const alerts::Alert& alert, const QList<alerts::AlertLogEntry>& log);

} // namespace wk::archive
