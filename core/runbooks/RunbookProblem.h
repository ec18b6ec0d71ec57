#pragma once

#include "runbooks/Runbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace wk::runbooks {

// One thing wrong with a runbook file, where it is (1-based; 0 when the whole file is meant).
struct RunbookProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: message", the form compilers use so editors can jump to it.
    QString text() const;
};

// What parsing one file gives: the runbook when nothing is wrong, otherwise every problem found.
struct RunbookParse
{
    std::optional<Runbook> runbook;
    QList<RunbookProblem> problems;

    bool ok() const { return problems.isEmpty() && runbook.has_value(); }
};

} // namespace wk::runbooks
