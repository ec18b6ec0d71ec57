#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Reading either vendor's envelopes, shared by the GenieJson readers.
namespace wk::genie::jsonaccess {

QStringList stringList(const QJsonValue& value);
// The items of a list answer: Opsgenie's `data`, JSM Ops' `values`.
QJsonArray listOf(const QJsonObject& answer);
// The object of a single answer: Opsgenie wraps it in `data`, JSM Ops does not.
QJsonObject dataOf(const QJsonObject& answer);

} // namespace wk::genie::jsonaccess
