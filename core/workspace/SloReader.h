#pragma once

#include "workspace/SourceReader.h"
#include "workspace/Workspace.h"
#include "workspace/YamlReader.h"

#include <functional>

namespace wk::workspace {

// Reads the `slos:` section: each SLO's id, name, description, objective (a percentage, 99.9), period (28d or
// 30d, or any whole number of days from 1 to 90), preset (sloth or pyrra), source, and its ratio SLI: `total`
// with `errors` or `good`, PromQL holding `{{.window}}` where the window goes.
class SloReader
{
public:
    // Checks that every $name in a query is a declared variable; the workspace reader's own check.
    using VariableCheck = std::function<bool(const YAML::Node&, const char*, const QString&, const QString&)>;

    SloReader(YamlReader& yaml, SourceReader& sources, VariableCheck checkVariables);
    bool read(const YAML::Node& root, QList<Slo>& slos);

private:
    bool readSlo(const YAML::Node& node, int number, Slo& slo);
    bool readObjective(const YAML::Node& node, const QString& context, Slo& slo);
    bool readQuery(const YAML::Node& node, const char* key, const QString& context, QString& query);

    YamlReader& m_yaml;
    SourceReader& m_sources;
    VariableCheck m_checkVariables;
    QStringList m_ids;
};

// The text that stands for the window in SLO queries.
inline constexpr QStringView sloWindowPlaceholder = u"{{.window}}";

} // namespace wk::workspace
