#pragma once

#include "workspace/YamlReader.h"

#include <QString>
#include <QStringList>

namespace wk::workspace {

// Reads `runbooks:` (one folder or a list of them) and `postmortem_template:` (a Markdown file). Relative paths
// are taken from the workspace file's folder and come out absolute and clean; missing folders are not an error
// here (the runbook library says what it could not read), a template that is not a file is.
bool readRunbookFolders(YamlReader& yaml, const YAML::Node& root, QStringList& folders);
bool readPostmortemTemplate(YamlReader& yaml, const YAML::Node& root, QString& templateFile);

} // namespace wk::workspace
