#pragma once

#include "runbooks/RunbookProblem.h"

#include <QByteArray>
#include <QString>

namespace wk::runbooks {

// Parses a Markdown runbook. The mapping:
// - optional front matter between "---" lines, in YAML, with the YAML format's fields but "steps";
// - the first "# " heading is the title (the front matter's "title" wins when both are given), the prose under it
//   the description; the id defaults to the file name without its extension;
// - "## Prerequisites" and "## Escalation" (or "Escalation contacts", "Contacts") list their bullets as the
//   prerequisites and the escalation contacts;
// - every other heading opens a section; each "- [ ]" / "- [x]" item in it is a step (description: the item's
//   text; action: the indented text under it, with "Expected:" and "If not:" lines as expected_result and
//   troubleshooting). A section without checklist items but with text is one step: the heading is the
//   description, the text the action;
// - a fenced code block marked sh, bash, shell or zsh under a step is its automation_script;
// - step ids are the text made lower-case with "-" between words, or an explicit "{#id}" at the end of the line.
RunbookParse parseRunbookMarkdown(const QByteArray& text, const QString& sourceName);

} // namespace wk::runbooks
