#pragma once

#include "metrics/MetricsBackend.h"
#include "workspace/Workspace.h"

#include <QMap>
#include <QWidget>

class QComboBox;

namespace wk::ui {

// The workspace's variables as pickers (Service, Feature); values come from the metrics source, and a
// variable that depends on another ($feature on $service) is reloaded when that one changes.
class VariableBar : public QWidget
{
    Q_OBJECT
public:
    VariableBar(
        const QList<workspace::Variable>& variables, metrics::MetricsBackend& backend, QWidget* parent = nullptr);

    QMap<QString, QString> values() const { return m_values; }
    // Selects a value if the picker offers it (an alert for fraud-scorer switches the dashboards to it).
    bool select(const QString& variable, const QString& value);
    // Reloads every picker's values from the source.
    void reload();
    QComboBox* combo(const QString& variable) const;

Q_SIGNALS:
    void valuesChanged(const QMap<QString, QString>& values);

private:
    void load(int index);
    void onPicked(int index);

    QList<workspace::Variable> m_variables;
    metrics::MetricsBackend& m_backend;
    QList<QComboBox*> m_combos;
    QMap<QString, QString> m_values;
    bool m_updating = false;
};

} // namespace wk::ui
