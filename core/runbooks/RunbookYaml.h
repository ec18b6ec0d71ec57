#pragma once

#include "runbooks/RunbookProblem.h"

#include <QByteArray>
#include <QString>

namespace wk::runbooks {

// Parses a runbook in the seed's YAML format (id, title, description, alert_rule_id, estimated_time,
// prerequisites, escalation_contacts, steps). Never throws: every problem found is reported with its line and
// column, not only the first, and unknown keys are refused with a spelling hint.
RunbookParse parseRunbookYaml(const QByteArray& text, const QString& sourceName);

// The same fields but "steps", from the front matter of a Markdown runbook. `firstLine` is the file line of the
// YAML's first line, so problems point into the Markdown file. Fields absent from the YAML are left unchanged.
void readRunbookFrontMatter(const QByteArray& yaml, const QString& sourceName, int firstLine, Runbook& runbook,
    QList<RunbookProblem>& problems);

} // namespace wk::runbooks
