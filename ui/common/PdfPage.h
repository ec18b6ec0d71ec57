#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QString>

namespace wk::ui {

// The console's printed documents: A4 at 300 dpi, no margins of the writer's own (QTextDocument::print() keeps
// 2 cm inside the page and numbers the pages), titled and signed in the file's metadata.
inline void setUpA4(QPdfWriter& writer, const QString& title, QPageLayout::Orientation orientation)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Watchkeeper"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF()));
}

} // namespace wk::ui
