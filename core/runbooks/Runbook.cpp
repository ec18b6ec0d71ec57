#include "runbooks/Runbook.h"

namespace wk::runbooks {

const RunbookStep* Runbook::step(const QString& stepId) const
{
    for (const RunbookStep& s : steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}

} // namespace wk::runbooks
