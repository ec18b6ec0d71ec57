#include "cli/PreflightCommand.h"

#include "cli/PreflightReport.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "polling/PanelFetcher.h"
#include "secrets/KeychainSecretStore.h"
#include "sources/MetricsRouter.h"
#include "sources/SourceConnector.h"
#include "workspace/Variables.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr int plotWidthPx = 800; // what a panel on a laptop screen asks for

struct Run
{
    workspace::Workspace ws;
    sources::MetricsRouter router;
    std::shared_ptr<net::HttpService> http = std::make_shared<net::HttpService>();
    std::shared_ptr<secrets::KeychainSecretStore> keychain = std::make_shared<secrets::KeychainSecretStore>();
    std::unique_ptr<sources::SourceConnector> connector;
    QMap<QString, QString> variables;
    std::vector<PanelCheck> checks;
    int outstanding = 0;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// Each variable takes its first value, as the console's pickers do on start.
void resolveVariables(const std::shared_ptr<Run>& run, int index, QObject* context, std::function<void()> done)
{
    if (index >= run->ws.variables.size()) {
        done();
        return;
    }
    const auto& variable = run->ws.variables[index];
    const auto query = workspace::parseLabelValuesQuery(variable.query);
    metrics::MetricsBackend* backend = run->router.defaultBackend();
    if (!query || !backend) {
        resolveVariables(run, index + 1, context, std::move(done));
        return;
    }
    backend->labelValues(query->label, workspace::expandVariables(query->selector, run->variables), context,
        [run, index, context, done = std::move(done), name = variable.name](Result<QStringList> values) mutable {
            if (values && !values->isEmpty())
                run->variables.insert(name, values->front());
            else
                std::fprintf(stderr, "warning: variable $%s has no value%s\n", qPrintable(name),
                    values ? "" : qPrintable(u": "_s + describe(values.error())));
            resolveVariables(run, index + 1, context, std::move(done));
        });
}

void checkPanels(const std::shared_ptr<Run>& run, QObject* context, std::function<void()> done)
{
    for (const auto& dashboard : run->ws.dashboards) {
        for (const auto& panel : dashboard.panels) {
            const std::size_t slot = run->checks.size();
            PanelCheck check;
            check.dashboard = dashboard.id;
            check.panel = panel.id;
            metrics::MetricsBackend* backend = run->router.backendFor(panel.source);
            check.source = backend ? backend->sourceName() : panel.source;
            run->checks.push_back(check);
            if (!backend) {
                run->checks[slot].status = u"failed"_s;
                run->checks[slot].error = u"no such source"_s;
                continue;
            }
            ++run->outstanding;
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            polling::PanelRequest request{&panel, run->variables, run->now, plotWidthPx};
            polling::fetchPanel(*backend, request, context, [run, slot, timer, done](polling::PanelData data) {
                PanelCheck& c = run->checks[slot];
                c.latencyMs = timer->elapsed();
                c.series = int(data.series.size());
                for (const auto& s : data.series)
                    c.points += qint64(s.values.size());
                c.warnings = data.warnings;
                if (data.error) {
                    c.status = u"failed"_s;
                    c.error = describe(*data.error);
                } else {
                    c.status = c.series == 0 ? u"empty"_s : u"ok"_s;
                }
                if (--run->outstanding == 0)
                    done();
            });
        }
    }
    if (run->outstanding == 0)
        done();
}

} // namespace

int runPreflight(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs every panel's queries against its source and reports panel, status, series, points, latency."_s);
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        u"workspace"_s, u"The workspace file (default: yours, else built-in)."_s, u"file"_s);
    const QCommandLineOption format(u"format"_s, u"table (default) or json."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption strict(u"strict"_s, u"A panel whose queries return no series also fails."_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({workspaceOption, format, strict, logLevel});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "watchkeeper preflight: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"json") {
        std::fprintf(stderr, "watchkeeper preflight: --format is table or json\n");
        return 2;
    }

    auto run = std::make_shared<Run>();
    const QString path = workspace::workspaceFileToUse(parser.value(workspaceOption));
    if (path.isEmpty()) {
        run->ws = workspace::defaultWorkspace();
    } else {
        auto loaded = workspace::loadWorkspaceFile(path);
        if (!loaded) {
            std::fprintf(stderr, "watchkeeper preflight: %s\n", qPrintable(loaded.error().detail));
            return 2;
        }
        run->ws = std::move(*loaded);
    }

    QObject context;
    auto report = [&, run] {
        const QByteArray out
            = fmt == u"json" ? preflightJson(run->checks, run->ws.name) : preflightTable(run->checks, run->ws.name);
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    };
    auto start = [&, run] { resolveVariables(run, 0, &context, [&, run] { checkPanels(run, &context, report); }); };
    if (run->ws.sources.isEmpty()) {
        // Nothing configured: the console runs on the demo fleet, so preflight checks the workspace against it.
        run->router.add(
            u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(std::make_shared<const demo::DemoFleet>()));
        start();
    } else {
        run->connector = std::make_unique<sources::SourceConnector>(*run->http, run->keychain.get());
        run->connector->connect(run->ws.sources, &context, [&, run](sources::ConnectedSources connected) {
            for (const QString& problem : connected.problems)
                std::fprintf(stderr, "warning: %s\n", qPrintable(problem));
            for (auto& [name, backend] : connected.backends)
                run->router.add(name, backend);
            run->router.setDefault(connected.defaultName);
            start();
        });
    }
    QCoreApplication::exec();

    bool failed = false;
    for (const auto& c : run->checks)
        failed = failed || c.status == u"failed" || (parser.isSet(strict) && c.status == u"empty");
    return failed ? 1 : 0;
}

} // namespace wk::cli
