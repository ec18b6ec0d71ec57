#pragma once

#include "common/Error.h"
#include "runbooks/RunbookProblem.h"

#include <QString>

namespace wk::runbooks {

// True for the names runbook folders are searched for: *.yaml, *.yml, *.md, *.markdown.
bool isRunbookFileName(const QString& fileName);

// Reads and parses one runbook file: Markdown for *.md and *.markdown, the YAML format otherwise. An Io error
// when the file cannot be read; problems in its text come back in the parse, each naming `path`.
Result<RunbookParse> loadRunbookFile(const QString& path);

} // namespace wk::runbooks
