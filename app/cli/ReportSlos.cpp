#include "cli/ReportSlos.h"

#include "cli/CliSources.h"
#include "reports/SloCompliance.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace wk::cli {

Result<QList<reports::SloCompliance>> workspaceSloCompliance(
    const QString& workspaceFile, const QString& service, const QDateTime& from, const QDateTime& to)
{
    const QString path = workspace::workspaceFileToUse(workspaceFile);
    if (path.isEmpty())
        return makeError(ErrorCode::BadQuery, u"no workspace file: pass --workspace FILE"_s);
    auto loaded = workspace::loadWorkspaceFile(path);
    if (!loaded)
        return makeError(ErrorCode::BadQuery, loaded.error().detail);
    if (loaded->slos.isEmpty())
        return makeError(ErrorCode::BadQuery, u"%1 declares no SLO"_s.arg(path));
    const workspace::DataSource* fallback = loaded->defaultSource();

    // Each source the SLOs read, connected once; "" is the workspace's default source.
    QEventLoop loop;
    QObject context;
    QHash<QString, ConnectedSource> connected;
    int connecting = 0;
    for (const workspace::Slo& slo : loaded->slos) {
        const QString name = slo.source.isEmpty() && fallback ? fallback->name : slo.source;
        if (name.isEmpty() || connected.contains(name))
            continue;
        connected.insert(name, {});
        ++connecting;
        connectSource({QString(), name, path, 30}, &context, [&, name](Result<ConnectedSource> source) {
            if (source)
                connected[name] = *source;
            if (--connecting == 0)
                loop.quit();
        });
    }
    if (connecting > 0)
        loop.exec();

    QList<reports::SloCompliance> rows;
    bool answered = false;
    QMap<QString, QString> variables;
    if (!service.isEmpty())
        variables.insert(u"service"_s, service);
    reports::fetchSloCompliance(
        loaded->slos,
        [&connected, fallback](const QString& source) -> metrics::MetricsBackend* {
            const QString name = source.isEmpty() && fallback ? fallback->name : source;
            const auto it = connected.constFind(name);
            return it == connected.cend() ? nullptr : it->backend.get();
        },
        variables, from, to, &context,
        [&](QList<reports::SloCompliance> answer) {
            rows = std::move(answer);
            answered = true;
            loop.quit();
        });
    if (!answered)
        loop.exec();
    return rows;
}

} // namespace wk::cli
