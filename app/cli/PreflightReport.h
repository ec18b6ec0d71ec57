#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace wk::cli {

struct PanelCheck
{
    QString dashboard;
    QString panel;
    QString source;
    QString status; // "ok", "empty", "failed"
    int series = 0;
    qint64 points = 0;
    qint64 latencyMs = 0;
    QString error;
    QStringList warnings;
};

QByteArray preflightTable(const std::vector<PanelCheck>& checks, const QString& workspaceName);
QByteArray preflightJson(const std::vector<PanelCheck>& checks, const QString& workspaceName);

} // namespace wk::cli
