#include "cli/PreflightReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wk::cli {

QByteArray preflightTable(const std::vector<PanelCheck>& checks, const QString& workspaceName)
{
    const QStringList header{u"PANEL"_s, u"SOURCE"_s, u"STATUS"_s, u"SERIES"_s, u"POINTS"_s, u"LATENCY"_s, u"ERROR"_s};
    std::vector<QStringList> rows;
    int failed = 0;
    int empty = 0;
    for (const auto& c : checks) {
        failed += c.status == u"failed" ? 1 : 0;
        empty += c.status == u"empty" ? 1 : 0;
        rows.push_back({c.dashboard + u'/' + c.panel, c.source, c.status, QString::number(c.series),
            QString::number(c.points), QString::number(c.latencyMs) + u" ms"_s,
            c.error.isEmpty() && !c.warnings.isEmpty() ? u"warning: "_s + c.warnings.join(u"; "_s) : c.error});
    }
    std::vector<qsizetype> width(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        width[i] = header[i].size();
        for (const auto& r : rows)
            width[i] = std::max(width[i], r[i].size());
    }
    auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool number = i >= 3 && i <= 5;
            const QString cell = number ? cells[i].rightJustified(width[i]) : cells[i].leftJustified(width[i]);
            out += (i > 0 ? u"  "_s : QString()) + (i + 1 == cells.size() ? cells[i] : cell);
        }
        return out + u'\n';
    };
    QString out = line(header);
    for (const auto& r : rows)
        out += line(r);
    out += u"\n%1: %2 panels, %3 ok, %4 empty, %5 failed\n"_s.arg(workspaceName)
               .arg(checks.size())
               .arg(int(checks.size()) - failed - empty)
               .arg(empty)
               .arg(failed);
    return out.toUtf8();
}

QByteArray preflightJson(const std::vector<PanelCheck>& checks, const QString& workspaceName)
{
    QJsonArray panels;
    for (const auto& c : checks) {
        panels.append(QJsonObject{{u"dashboard"_s, c.dashboard}, {u"panel"_s, c.panel}, {u"source"_s, c.source},
            {u"status"_s, c.status}, {u"series"_s, c.series}, {u"points"_s, c.points}, {u"latency_ms"_s, c.latencyMs},
            {u"error"_s, c.error}, {u"warnings"_s, QJsonArray::fromStringList(c.warnings)}});
    }
    return QJsonDocument(QJsonObject{{u"workspace"_s, workspaceName}, {u"panels"_s, panels}})
        .toJson(QJsonDocument::Indented);
}

} // namespace wk::cli
