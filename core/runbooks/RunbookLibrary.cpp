#include "runbooks/RunbookLibrary.h"

#include "runbooks/RunbookFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

QString folded(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : real;
}

} // namespace

void RunbookLibrary::loadFolders(const QStringList& folders)
{
    m_folders = folders;
    m_runbooks.clear();
    m_canonicalPaths.clear();
    m_problems.clear();
    for (const QString& folder : folders) {
        if (!QFileInfo(folder).isDir()) {
            addProblems(folder, {RunbookProblem{folder, 0, 0, u"no such folder"_s}});
            continue;
        }
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isRunbookFileName(path) && !it.fileName().startsWith(u'.'))
                files.append(path);
        }
        std::sort(files.begin(), files.end());
        for (const QString& path : files)
            addFile(path);
    }
}

bool RunbookLibrary::addFile(const QString& path)
{
    const auto parsed = loadRunbookFile(path);
    if (!parsed) {
        addProblems(path, {RunbookProblem{path, 0, 0, parsed.error().detail}});
        return false;
    }
    if (!parsed->ok()) {
        addProblems(path, parsed->problems);
        return false;
    }
    const Runbook& runbook = *parsed->runbook;
    if (const Runbook* other = byId(runbook.id)) {
        addProblems(path,
            {RunbookProblem{
                path, 0, 0, u"runbook id \""_s + runbook.id + u"\" is already used by "_s + other->sourceFile}});
        return false;
    }
    m_runbooks.append(runbook);
    m_canonicalPaths.append(canonical(path));
    return true;
}

void RunbookLibrary::addProblems(const QString& file, QList<RunbookProblem> problems)
{
    m_problems.append(FileProblems{file, std::move(problems)});
}

const Runbook* RunbookLibrary::byId(const QString& id) const
{
    for (const Runbook& runbook : m_runbooks) {
        if (runbook.id == id)
            return &runbook;
    }
    return nullptr;
}

const Runbook* RunbookLibrary::forRuleId(const QString& ruleId) const
{
    if (ruleId.isEmpty())
        return nullptr;
    for (const Runbook& runbook : m_runbooks) {
        if (runbook.alertRuleId == ruleId)
            return &runbook;
    }
    return nullptr;
}

const Runbook* RunbookLibrary::forAlertName(const QString& alertName) const
{
    const QString wanted = folded(alertName);
    if (wanted.isEmpty())
        return nullptr;
    for (const Runbook& runbook : m_runbooks) {
        if (folded(runbook.alertRuleId) == wanted)
            return &runbook;
    }
    return nullptr;
}

const Runbook* RunbookLibrary::forRunbookUrl(const QString& url) const
{
    const QString link = url.trimmed();
    if (link.startsWith(u"runbook:"_s))
        return byId(link.mid(8));
    QString path;
    if (link.startsWith(u"file:"_s)) {
        const QUrl fileUrl(link);
        if (!fileUrl.isLocalFile())
            return nullptr;
        path = fileUrl.toLocalFile();
    } else if (!link.isEmpty() && !link.contains(u"://"_s)) {
        path = link;
    }
    if (path.isEmpty())
        return nullptr;
    QStringList candidates{path};
    if (QFileInfo(path).isRelative()) {
        for (const QString& folder : m_folders)
            candidates.append(QDir(folder).filePath(path));
    }
    for (const QString& candidate : candidates) {
        const qsizetype at = m_canonicalPaths.indexOf(canonical(candidate));
        if (at >= 0)
            return &m_runbooks[at];
    }
    return nullptr;
}

const Runbook* RunbookLibrary::forAlert(const alerts::Alert& alert) const
{
    if (const Runbook* linked = forRunbookUrl(alert.runbookUrl))
        return linked;
    const QString name = alert.details.value(u"alertname"_s);
    if (const Runbook* exact = forRuleId(name))
        return exact;
    return forAlertName(name);
}

} // namespace wk::runbooks
