#pragma once

#include "workspace/Workspace.h"
#include "workspace/YamlReader.h"

namespace wk::workspace {

// The keys only a drift panel has.
const QStringList& driftPanelKeys();

// Reads a drift panel's `histogram`, `by`, `window`, `reference` and `heatmap`, and gives it the default PSI
// thresholds (0.1 warning, 0.25 critical) when it has none. `reference` is a duration (the offset back from the
// current window), or a map with `offset` and `window`, `from` and `to` (RFC 3339), or `file`.
// A relative reference file is resolved against the workspace file's folder.
bool readDriftPanel(YamlReader& yaml, const YAML::Node& node, const QString& context, Panel& panel);

// A drift key on a panel of another kind, refused by name.
bool refuseDriftKeys(YamlReader& yaml, const YAML::Node& node, const QString& context);

} // namespace wk::workspace
