#pragma once

#include "common/Error.h"

#include <QString>

namespace wk::ui {

// Writes a postmortem's Markdown as an A4 PDF: laid out by QTextDocument (GitHub dialect: tables, headings, lists),
// 2 cm margins and page numbers, `title` in the file's metadata. The file is replaced only once it is complete.
Result<void> writePostmortemPdf(const QString& markdown, const QString& title, const QString& path);

} // namespace wk::ui
