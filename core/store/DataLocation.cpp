#include "store/DataLocation.h"

#include "common/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wk::store {

QString defaultDataFolder()
{
    QString folder = qEnvironmentVariable("WATCHKEEPER_DATA_DIR");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/watchkeeper"_s;
    folder = QDir::cleanPath(QDir(folder).absolutePath());
    if (QFileInfo(folder).isDir())
        return folder;

    // Parents get the usual permissions; the folder itself is private from the moment it exists.
    const QFileInfo info(folder);
    QDir parent = info.dir();
    const bool made = parent.mkpath(u"."_s)
        && parent.mkdir(info.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!made && !QFileInfo(folder).isDir())
        logging::get("store")->warn("cannot create the data folder {}", folder);
    return folder;
}

} // namespace wk::store
