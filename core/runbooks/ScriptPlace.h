#pragma once

#include <QString>

namespace wk::runbooks {

// Where a script runs: the machine, the account and the folder, as the confirmation shows them.
struct ScriptPlace
{
    QString host;
    QString user;
    QString directory;

    // This machine and the console's own account, in `directory` (made absolute and clean).
    static ScriptPlace here(const QString& directory);

    // "on host as user in directory": the untranslated form kept in the timeline.
    QString text() const;
};

} // namespace wk::runbooks
