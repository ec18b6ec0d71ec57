#pragma once

#include "common/Error.h"
#include "reports/ReportTables.h"

#include <QDateTime>
#include <QString>

namespace wk::cli {

// The SLOs of the workspace file (as `watchkeeper query --workspace` finds it), each asked of its own source for
// [from, to) with $service set when `service` is given. Waits for the answers (each source's timeout, at most
// reports::sloAnswerTimeoutMs overall). Fails when the workspace cannot be read or declares no SLO; a source that
// cannot be reached is an error on its SLOs' rows, not a failure.
Result<QList<reports::SloCompliance>> workspaceSloCompliance(
    const QString& workspaceFile, const QString& service, const QDateTime& from, const QDateTime& to);

} // namespace wk::cli
