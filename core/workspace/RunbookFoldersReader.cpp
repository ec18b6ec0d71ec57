#include "workspace/RunbookFoldersReader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

// Beside the workspace file; for the built-in workspace (":/workspaces/default.yaml") that is inside the resources.
QString besideWorkspace(const YamlReader& yaml, const QString& path)
{
    if (!QFileInfo(path).isRelative())
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(yaml.sourceName()).absoluteDir().filePath(path));
}

bool readFolder(YamlReader& yaml, const YAML::Node& node, QStringList& folders)
{
    const QString context = u"runbooks"_s;
    if (!node.IsScalar() || node.Scalar().empty())
        return yaml.fail(node, context, u"each entry of \"runbooks\" must be a folder name such as runbooks/"_s);
    const QString folder = besideWorkspace(yaml, QString::fromStdString(node.Scalar()));
    if (!folders.contains(folder))
        folders.append(folder);
    return true;
}

} // namespace

bool readRunbookFolders(YamlReader& yaml, const YAML::Node& root, QStringList& folders)
{
    const auto entry = YamlReader::entry(root, "runbooks");
    if (!entry)
        return true;
    if (entry->value.IsScalar())
        return readFolder(yaml, entry->value, folders);
    if (!entry->value.IsSequence()) {
        return yaml.failAt(YamlReader::markOf(*entry), u"workspace"_s,
            u"\"runbooks\" must be a folder or a list of folders where runbook files are kept"_s);
    }
    for (const YAML::Node& node : entry->value) {
        if (!readFolder(yaml, node, folders))
            return false;
    }
    return true;
}

bool readPostmortemTemplate(YamlReader& yaml, const YAML::Node& root, QString& templateFile)
{
    const QString context = u"workspace"_s;
    QString path;
    if (!yaml.readString(root, "postmortem_template", context, path, false))
        return false;
    if (path.isEmpty())
        return true;
    const QString file = besideWorkspace(yaml, path);
    if (!QFileInfo(file).isFile()) {
        return yaml.failAt(YamlReader::markOf(root, "postmortem_template"), context,
            u"\"postmortem_template\": no file "_s + YamlReader::quoted(file));
    }
    templateFile = file;
    return true;
}

} // namespace wk::workspace
