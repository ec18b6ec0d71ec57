#pragma once

#include "workspace/AlertService.h"
#include "workspace/YamlReader.h"

namespace wk::workspace {

// Reads the workspace's optional `alerts:` section: which alert service (Opsgenie or JSM Ops), where it is, and
// how the console lists and acts on its alerts. Like a data source it never holds the secret: a key that looks
// like one, or that would turn TLS verification off, is refused wherever it appears in the section.
// Internal to the loader; it records its errors in the YamlReader it is given.
class AlertServiceReader
{
public:
    explicit AlertServiceReader(YamlReader& yaml);

    // Absent or empty `alerts` leaves the kind Automatic.
    bool read(const YAML::Node& root, AlertService& service);

private:
    bool readBackend(const YAML::Node& node, AlertService& service);
    bool readHost(const YAML::Node& node, AlertService& service);
    bool readJsmAccount(const YAML::Node& node, AlertService& service);
    bool readQueries(const YAML::Node& node, AlertService& service);
    bool readSchedules(const YAML::Node& node, AlertService& service);
    bool readTimes(const YAML::Node& node, AlertService& service);
    // A mapping of names to non-empty text, names unique (and ids with `idNames`), in file order.
    bool readTextMap(const YAML::Node& node, const char* key, const QString& example, bool idNames,
        QList<std::pair<QString, QString>>& out);
    // `key` only makes sense for `backend`; a message pointing at it otherwise.
    bool onlyFor(const YAML::Node& node, const char* key, AlertServiceKind kind, const AlertService& service);

    YamlReader& m_yaml;
};

} // namespace wk::workspace
