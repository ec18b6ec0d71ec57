#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::workspace {

// label_values(<selector>, <label>) or label_values(<label>): where a variable's choices come from.
struct LabelValuesQuery
{
    QString selector; // empty: every series that has the label
    QString label;
};

// Replaces $name and ${name}. A $name runs as far as identifier characters go, so $service_name is
// never read as $service followed by "_name" (write ${service}_name for that). Unknown names, and
// things like "$1" in label_replace, are left as they are. Substituted values are not expanded again.
QString expandVariables(const QString& text, const QMap<QString, QString>& values);

// Variable values land inside PromQL string literals ({service="$service"}): the values with what would end such a
// literal escaped.
QMap<QString, QString> escapedForPromql(const QMap<QString, QString>& values);

// nullopt when the text is not a label_values(...) call with a valid label name.
std::optional<LabelValuesQuery> parseLabelValuesQuery(const QString& query);

// The variable names a text refers to, each once, in order of first use.
QStringList variablesUsed(const QString& text);

// True for names a variable may have: a letter or underscore, then letters, digits, underscores.
bool isVariableName(QStringView name);

} // namespace wk::workspace
