#pragma once

#include "workspace/Workspace.h"
#include "workspace/YamlReader.h"

#include <QHash>

namespace wk::workspace {

// Reads the workspace's `sources` and checks each panel's `source` against them. Secrets, and any
// way to turn TLS verification off, are refused wherever they appear in a source.
// Internal to the loader; it records its errors in the YamlReader it is given.
class SourceReader
{
public:
    explicit SourceReader(YamlReader& yaml);

    // Absent or empty `sources` leaves the list empty; otherwise exactly one source ends up isDefault.
    bool read(const YAML::Node& root, QList<DataSource>& sources);
    // A panel's optional `source`, which must name a source read before.
    bool readPanelSource(const YAML::Node& panel, const QString& context, QString& source);

private:
    bool readSource(const YAML::Node& node, int number, DataSource& source);
    bool readName(const YAML::Node& node, const QString& context, DataSource& source);
    bool readType(const YAML::Node& node, const QString& context, DataSource& source);
    bool readUrl(const YAML::Node& node, const QString& context, DataSource& source);
    bool readAuth(const YAML::Node& node, const QString& context, DataSource& source);
    bool readHeaders(const YAML::Node& node, const QString& context, DataSource& source);
    bool readDefault(const YAML::Node& node, const QString& context, DataSource& source);

    YamlReader& m_yaml;
    QStringList m_names;
    QHash<QString, int> m_nameLines;           // name -> line it was declared on (0-based)
    QHash<QString, QString> m_envVarOwners;    // WATCHKEEPER_SOURCE_..._SECRET -> the name that has it
    std::pair<QString, int> m_markedDefault{}; // name and line of the source with `default: true`
};

} // namespace wk::workspace
