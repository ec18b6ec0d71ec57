#pragma once

#include "alerts/AlertAction.h"
#include "common/Error.h"

#include <QList>
#include <QString>

namespace wk::chaos {

// The actions the chaos test asks the outbox driver to deliver, one per line, tab-separated:
//   action id, kind token (alerts::actionToken), alert id, note, argument
// where the argument is what the kind needs: snooze the end time (ISO 8601 with ms), assign the username,
// escalate the policy name, tags a comma-separated list; empty for the other kinds.
QByteArray actionLine(const alerts::AlertAction& action);
// Every action of the file, attributed to `user`; the error names the line it could not read.
Result<QList<alerts::AlertAction>> readActionFile(const QString& path, const QString& user);

} // namespace wk::chaos
