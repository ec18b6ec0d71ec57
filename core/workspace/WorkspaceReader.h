#pragma once

#include "workspace/AlertServiceReader.h"
#include "workspace/NotificationsReader.h"
#include "workspace/SourceReader.h"
#include "workspace/Workspace.h"
#include "workspace/YamlReader.h"

#include <QHash>

namespace wk::workspace {

// Turns a parsed YAML document into a Workspace, checking every field.
// Internal to the loader; parseWorkspace() is the entry point for everyone else.
class WorkspaceReader
{
public:
    WorkspaceReader(QString sourceName, QByteArray text);

    // nullopt after a problem; error() then says where and what.
    std::optional<Workspace> read(const YAML::Node& root);
    const QString& error() const { return m_yaml.error(); }

private:
    bool readVariables(const YAML::Node& root, Workspace& workspace);
    bool readVariable(const YAML::Node& node, int number, Variable& variable);
    bool readDashboard(const YAML::Node& node, int number, Dashboard& dashboard);
    bool readPanel(const YAML::Node& node, const QString& where, Panel& panel);
    bool readPanelLayout(const YAML::Node& node, const QString& context, Panel& panel);
    bool readTargets(const YAML::Node& node, const QString& context, Panel& panel);
    bool readTarget(const YAML::Node& node, const QString& context, Target& target);
    bool readThreshold(const YAML::Node& node, const QString& context, Unit unit, Threshold& threshold);
    bool readId(const YAML::Node& node, const QString& context, QHash<QString, int>& seen, QString& id);
    // Every $name in the value of `key` must be a declared variable.
    bool checkVariables(const YAML::Node& map, const char* key, const QString& context, const QString& text);

    YamlReader m_yaml;
    SourceReader m_sources; // reads through m_yaml, so it is declared after it
    AlertServiceReader m_alerts;
    NotificationsReader m_notifications;
    QStringList m_variables;
    QHash<QString, int> m_dashboardLines; // id -> line it was first used on (0-based)
    QHash<QString, int> m_panelLines;
};

} // namespace wk::workspace
