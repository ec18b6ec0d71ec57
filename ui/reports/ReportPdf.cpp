#include "reports/ReportPdf.h"

#include "common/PdfPage.h"
#include "reports/ReportCharts.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

class ReportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfText)
};

// A4 landscape, so the widest table (14 columns) fits; charts two to a row, 12.4 cm each, drawn at 2x.
constexpr QSize chartSize{900, 420};
constexpr int chartWidthOnPage = 470; // document pixels (96 dpi)

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const reports::ReportTable& table)
{
    QString html = u"<h3>%1</h3><table border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s.arg(
        escaped(table.title));
    html += u"<tr>"_s;
    for (const QString& column : table.columns)
        html += u"<th bgcolor=\"#eceef2\" align=\"left\">%1</th>"_s.arg(escaped(column));
    html += u"</tr>"_s;
    for (const auto& row : table.rows) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const reports::CellKind kind = table.kinds.value(i);
            const QString text = reports::cellText(row[i], kind);
            const bool missed = kind == reports::CellKind::Text && text.startsWith(reports::missedText());
            const QString align = kind == reports::CellKind::Text ? u"left"_s : u"right"_s;
            html += missed
                ? u"<td align=\"%1\"><b><font color=\"#c0392b\">%2</font></b></td>"_s.arg(align, escaped(text))
                : u"<td align=\"%1\">%2</td>"_s.arg(align, escaped(text));
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (table.rows.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(escaped(ReportPdfText::tr("Nothing in this period.")));
    if (!table.note.isEmpty())
        html += u"<p><small>%1</small></p>"_s.arg(escaped(table.note));
    return html;
}

QString chartsHtml(const QString& left, const QString& right)
{
    return u"<table cellspacing=\"0\" cellpadding=\"2\"><tr><td><img src=\"chart:%1\" width=\"%3\"></td>"
           "<td><img src=\"chart:%2\" width=\"%3\"></td></tr></table>"_s.arg(left, right)
               .arg(chartWidthOnPage);
}

QString periodText(const reports::ReportPeriod& period)
{
    const auto day = [](const QDateTime& t) { return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s); };
    if (!period.from.isValid())
        return ReportPdfText::tr("All archived alerts");
    return ReportPdfText::tr("%1 to %2").arg(day(period.from), day(period.to));
}

} // namespace

QImage chartImage(QChart* chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(chart->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    }
    scene.removeItem(chart);
    return image;
}

QString reportHtml(
    const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos, const ReportHeading& heading)
{
    QString html = u"<html><body>"_s;
    html += u"<h1>%1</h1>"_s.arg(escaped(heading.title));
    html += u"<p>%1<br>%2<br><small>%3</small></p>"_s.arg(escaped(periodText(report.period)),
        escaped(heading.filters.isEmpty() ? ReportPdfText::tr("Every team, priority and service") : heading.filters),
        escaped(ReportPdfText::tr("Generated %1 by Watchkeeper")
                    .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))));
    const auto& overall = report.figures.overall;
    html += u"<p><b>%1</b></p>"_s.arg(escaped(ReportPdfText::tr("%1 alerts, %2 closed, %3 open")
                                                  .arg(overall.alerts)
                                                  .arg(overall.closed)
                                                  .arg(overall.alerts - overall.closed)));
    const QList<reports::ReportTable> tables = reports::reportTables(report, slos);
    for (const reports::ReportTable& table : tables) {
        if (table.id == u"targets")
            html += tableHtml(table);
    }
    html += u"<h2>%1</h2>"_s.arg(escaped(ReportPdfText::tr("Response")));
    html += chartsHtml(u"mtta"_s, u"mttr"_s);
    html += u"<h2>%1</h2>"_s.arg(escaped(ReportPdfText::tr("Volume and interruptions")));
    html += chartsHtml(u"volume"_s, u"interruptions"_s);
    html += u"<h2>%1</h2>"_s.arg(escaped(ReportPdfText::tr("Tables")));
    for (const reports::ReportTable& table : tables) {
        if (table.id != u"targets")
            html += tableHtml(table);
    }
    html += u"<h2>%1</h2><ul>"_s.arg(escaped(ReportPdfText::tr("How the figures are computed")));
    for (const auto& [name, text] : reports::reportDefinitions())
        html += u"<li><b>%1</b>: %2</li>"_s.arg(escaped(name), escaped(text));
    html += u"</ul></body></html>"_s;
    return html;
}

Result<QByteArray> reportPdf(
    const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos, const ReportHeading& heading)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4(writer, heading.title, QPageLayout::Landscape);

        QTextDocument document;
        QFont font = QGuiApplication::font();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        const ChartStyle paper = ChartStyle::paper();
        const std::array<std::pair<QString, std::unique_ptr<QChart>>, 4> charts{{
            {u"mtta"_s, std::unique_ptr<QChart>(responseChart(report, ResponseMeasure::Mtta, paper))},
            {u"mttr"_s, std::unique_ptr<QChart>(responseChart(report, ResponseMeasure::Mttr, paper))},
            {u"volume"_s, std::unique_ptr<QChart>(volumeChart(report, paper))},
            {u"interruptions"_s, std::unique_ptr<QChart>(interruptionsChart(report, paper))},
        }};
        for (const auto& [name, chart] : charts)
            document.addResource(
                QTextDocument::ImageResource, QUrl(u"chart:"_s + name), chartImage(chart.get(), chartSize));
        document.setHtml(reportHtml(report, slos, heading));
        document.print(&writer);
    }
    if (bytes.isEmpty())
        return makeError(ErrorCode::Io, ReportPdfText::tr("the PDF writer produced nothing"));
    return bytes;
}

Result<void> writeReportPdf(const reports::ManagerReport& report, const QList<reports::SloCompliance>& slos,
    const ReportHeading& heading, const QString& path)
{
    auto bytes = reportPdf(report, slos, heading);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    // Flushed before commit(): Qt 6.4's QSaveFile commits even when the buffered write failed (a full disk), and the
    // earlier file is lost to an empty or cut one.
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.flush() || !file.commit())
        return makeError(ErrorCode::Io, ReportPdfText::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace wk::ui
