#pragma once

#include "FakeGenieTypes.h"

#include <QJsonObject>

#include <optional>

namespace wk::fakegenie {

// ISO-8601 in UTC with milliseconds, as Opsgenie writes it: 2017-03-21T20:32:52.353Z.
QString isoTime(const QDateTime& time);
// Parses what a client may send as endTime: ISO-8601 with or without milliseconds, with a zone.
QDateTime parseIsoTime(const QString& text);

// The list endpoints' BaseAlert: no description, entity, details or actions.
QJsonObject baseAlertJson(const FakeAlert& alert);
// The get endpoint's Alert: BaseAlert plus description, entity, details, actions (JSM adds extraProperties).
QJsonObject fullAlertJson(const FakeAlert& alert, Vendor vendor);

// Notes and logs page with opaque offsets; these encode a position so a client cannot do arithmetic on them.
QString timelineOffset(qsizetype index);
std::optional<qsizetype> timelineIndex(const QString& offset);

QJsonObject noteJson(const FakeNote& note, qsizetype index);
QJsonObject logJson(const FakeLogEntry& entry, qsizetype index);

} // namespace wk::fakegenie
