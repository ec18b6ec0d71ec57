#include "workspace/WorkspaceLocation.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wk::workspace {

QString userWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/workspace.yaml"_s;
}

QString workspaceFileToUse(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString configured = userWorkspacePath();
    return QFileInfo::exists(configured) ? configured : QString();
}

} // namespace wk::workspace
