#include "runbooks/ScriptPlace.h"

#include <QDir>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

// The account the process runs as; $USER can say anything, the password database cannot.
QString accountName()
{
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? u"uid %1"_s.arg(::geteuid()) : fromEnvironment;
}

} // namespace

ScriptPlace ScriptPlace::here(const QString& directory)
{
    return ScriptPlace{QSysInfo::machineHostName(), accountName(), QDir::cleanPath(QDir(directory).absolutePath())};
}

QString ScriptPlace::text() const
{
    return u"on %1 as %2 in %3"_s.arg(host, user, directory);
}

} // namespace wk::runbooks
