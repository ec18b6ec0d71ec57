#include "runbooks/RunbookFile.h"

#include "common/BoundedRead.h"
#include "runbooks/RunbookMarkdown.h"
#include "runbooks/RunbookYaml.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

bool isMarkdown(const QString& fileName)
{
    return fileName.endsWith(u".md"_s, Qt::CaseInsensitive) || fileName.endsWith(u".markdown"_s, Qt::CaseInsensitive);
}

} // namespace

bool isRunbookFileName(const QString& fileName)
{
    return isMarkdown(fileName) || fileName.endsWith(u".yaml"_s, Qt::CaseInsensitive)
        || fileName.endsWith(u".yml"_s, Qt::CaseInsensitive);
}

Result<RunbookParse> loadRunbookFile(const QString& path)
{
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Io, u"cannot read "_s + path + u": it is a folder"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read "_s + path + u": "_s + file.errorString());
    const auto bytes = readAtMost(file, maxTextFileBytes);
    if (!bytes && bytes.error().code == ErrorCode::Io)
        return makeError(ErrorCode::Io, u"cannot read "_s + path + u": "_s + file.errorString());
    if (!bytes)
        return std::unexpected(bytes.error());
    return isMarkdown(path) ? parseRunbookMarkdown(*bytes, path) : parseRunbookYaml(*bytes, path);
}

} // namespace wk::runbooks
