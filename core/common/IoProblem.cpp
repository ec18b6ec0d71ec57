#include "common/IoProblem.h"

using namespace Qt::StringLiterals;

namespace wk {

IoProblem ioProblemOf(const Error& error)
{
    if (error.code != ErrorCode::Io)
        return IoProblem::Other;
    const QString& detail = error.detail;
    // SQLITE_FULL, ENOSPC and EDQUOT (a quota is a full disk to the person under it), and the stores' own words.
    if (detail.contains(u"database or disk is full"_s) || detail.contains(u"No space left on device"_s)
        || detail.contains(u"Disk quota exceeded"_s) || detail.contains(u"because the disk is full"_s))
        return IoProblem::DiskFull;
    if (detail.contains(u"written by a newer Watchkeeper"_s))
        return IoProblem::Newer;
    // SQLITE_CORRUPT and SQLITE_NOTADB, and the stores' own header and integrity checks (store/Database.cpp).
    if (detail.contains(u"database disk image is malformed"_s) || detail.contains(u"file is not a database"_s)
        || detail.contains(u"is not a SQLite database"_s) || detail.contains(u"is damaged"_s))
        return IoProblem::Damaged;
    return IoProblem::Other;
}

} // namespace wk
