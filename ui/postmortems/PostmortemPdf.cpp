#include "postmortems/PostmortemPdf.h"

#include "common/PdfPage.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

// Markdown gives headings no room above them and tables no padding; a printed document needs both. Lengths are in
// pixels at 96 dpi; the layout scales them to the printer.
void tidy(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0)
            continue;
        format.setTopMargin(format.headingLevel() == 1 ? 0 : 16);
        format.setBottomMargin(6);
        QTextCursor(block).setBlockFormat(format);
    }
    QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame* frame = frames.takeFirst();
        frames.append(frame->childFrames());
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(0.75);
        format.setBorderBrush(QColor(0xb4, 0xb9, 0xc3));
        format.setCellSpacing(0);
        format.setCellPadding(4);
        format.setTopMargin(4);
        format.setBottomMargin(8);
        table->setFormat(format);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell header = table->cellAt(0, column);
            QTextCharFormat cellFormat = header.format();
            cellFormat.setBackground(QColor(0xec, 0xee, 0xf2));
            header.setFormat(cellFormat);
        }
    }
}

} // namespace

Result<void> writePostmortemPdf(const QString& markdown, const QString& title, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        setUpA4(writer, title, QPageLayout::Portrait);

        QTextDocument document;
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10.0);
        document.setDefaultFont(font);
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        tidy(document);
        document.print(&writer);
    }
    // Flushed before commit(): Qt 6.4's QSaveFile commits even when the buffered write failed (a full disk), and the
    // earlier file is lost to an empty or cut one.
    if (!file.flush() || !file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace wk::ui
