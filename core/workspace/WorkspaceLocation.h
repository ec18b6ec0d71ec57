#pragma once

#include <QString>

namespace wk::workspace {

// Which workspace file to read: the one given on the command line, else
// $XDG_CONFIG_HOME/watchkeeper/workspace.yaml if it exists; empty means the built-in default.
QString workspaceFileToUse(const QString& explicitPath);

// Where a user's own workspace lives (whether or not it exists yet).
QString userWorkspacePath();

} // namespace wk::workspace
