#pragma once

#include "common/Error.h"
#include "workspace/Workspace.h"

#include <QByteArray>
#include <QString>

namespace wk::workspace {

// Parses and checks a workspace file. `sourceName` starts every error message, which reads like
// "workspace.yaml:42:7: panel \"latency\": unknown kind \"line\" (expected timeseries, stat, gauge, bar)".
// Every problem is an ErrorCode::Parse error; nothing throws.
Result<Workspace> parseWorkspace(const QByteArray& yaml, const QString& sourceName);

// Reads and parses a file: NotFound or Io when it cannot be read, Parse when its content is wrong.
Result<Workspace> loadWorkspaceFile(const QString& path);

// The workspace built into the application (:/workspaces/default.yaml). A unit test proves it parses;
// if it ever does not, the problem is logged and an empty workspace is returned.
Workspace defaultWorkspace();

} // namespace wk::workspace
