#include "runbooks/RunbookProblem.h"

using namespace Qt::StringLiterals;

namespace wk::runbooks {

QString RunbookProblem::text() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": "_s + message;
}

} // namespace wk::runbooks
