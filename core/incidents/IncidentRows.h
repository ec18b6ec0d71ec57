#pragma once

#include "common/Error.h"
#include "incidents/Incident.h"
#include "incidents/TimelineEvent.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// How incidents and events are written as SQLite values and read back; used by IncidentStore only.
namespace wk::incidents::rows {

// NULL for a null string, so that "no note" and "an empty note" stay apart.
QVariant textValue(const QString& text);
// Fixed-width UTC text with milliseconds: it round-trips exactly and sorts as time does.
QVariant timeValue(const QDateTime& time);
QString jsonText(const QJsonObject& object);

// The column lists the readers below expect, in order.
extern const QString incidentColumns;
extern const QString eventColumns;

// A value this build cannot read means the file was damaged or written by something else: an Io error naming it.
Result<Incident> incidentFromRow(const QSqlQuery& query, const QString& path);
Result<TimelineEvent> eventFromRow(const QSqlQuery& query, const QString& path);

// Fills in the roles, linked alerts and services of incidents read from their rows: one query per table, limited
// to the incident when there is only one.
Result<void> readDetails(const store::Database& db, QList<Incident>& incidents);

} // namespace wk::incidents::rows
