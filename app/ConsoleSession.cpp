#include "ConsoleSession.h"

#include "MainWindow.h"
#include "archive/AlertArchive.h"
#include "common/Logging.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "genie/GenieAlertBackend.h"
#include "genie/GenieSetup.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentService.h"
#include "notify/AlertNotifier.h"
#include "prometheus/PrometheusAlertBackend.h"
#include "prometheus/PrometheusClient.h"
#include "secrets/KeychainSecretStore.h"
#include "store/DataLocation.h"
#include "store/StoreWorker.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace wk::app {

ConsoleSession::ConsoleSession(const Options& options)
    : m_options(options)
    , m_http(std::make_unique<net::HttpService>())
    , m_keychain(std::make_unique<secrets::SessionSecretStore>(std::make_unique<secrets::KeychainSecretStore>()))
{
    m_workspace = loadWorkspace(options);
    m_scheduler = std::make_unique<polling::PollScheduler>(m_clock);
}

ConsoleSession::~ConsoleSession()
{
    m_scheduler->stop();
    m_window.reset();
    m_notifier.reset();
}

namespace {
constexpr int keychainProbeMs = 3000;
}

void ConsoleSession::start(std::function<void(ui::MainWindow&)> ready)
{
    m_ready = std::move(ready);
    // The keychain is checked once, with its own timeout, before any secret is read from it; a console that
    // needs no secret does not wait for it.
    secrets::probeKeychain(m_keychain->keychain(), keychainProbeMs, this, [this](Result<void> probed) {
        m_keychainProbed = true;
        m_keychain->setKeychainWorks(probed.has_value(), probed ? QString() : probed.error().detail);
        if (probed)
            logging::get("app")->info("keychain works");
        else
            logging::get("app")->warn("no keychain: {}; secrets typed in are kept for this session only",
                describe(probed.error()).toStdString());
        if (auto next = std::exchange(m_afterProbe, nullptr))
            next();
    });
    const bool needsSecrets = !m_options.demo
        && (!m_workspace.sources.isEmpty() || m_workspace.alerts.kind != workspace::AlertServiceKind::Automatic);
    if (!needsSecrets || m_keychainProbed)
        connectSources();
    else
        m_afterProbe = [this] { connectSources(); };
}

void ConsoleSession::connectSources()
{
    if (m_options.demo || m_workspace.sources.isEmpty()) {
        useDemoFleet();
        connectAlertService({});
        return;
    }
    m_connector = std::make_unique<sources::SourceConnector>(*m_http, m_keychain.get());
    m_connector->connect(m_workspace.sources, this, [this](sources::ConnectedSources connected) {
        for (auto& [name, backend] : connected.backends)
            m_metrics.add(name, backend);
        m_metrics.setDefault(connected.defaultName);
        // Without an alert service, the default source's own alerts fill the list, read-only.
        auto* client = dynamic_cast<prometheus::PrometheusClient*>(m_metrics.defaultBackend());
        if (client)
            m_alerts = std::make_unique<prometheus::PrometheusAlertBackend>(*client);
        else
            m_alerts = std::make_unique<demo::DemoAlertBackend>(std::make_shared<const demo::DemoFleet>(), m_clock);
        connectAlertService(connected.problems);
    });
}

void ConsoleSession::connectAlertService(QStringList problems)
{
    const workspace::AlertService& service = m_workspace.alerts;
    if (m_options.demo || service.kind == workspace::AlertServiceKind::Automatic) {
        buildWindow(problems);
        return;
    }
    auto endpoint = genie::endpointFor(service);
    if (!endpoint) {
        problems.append(QCoreApplication::translate("main", "Alert service: %1. Alerts come from %2 instead.")
                            .arg(endpoint.error().detail, m_alerts->sourceName()));
        buildWindow(problems);
        return;
    }
    genie::readSecret(*endpoint, m_keychain.get(), this, [this, e = *endpoint, problems](Result<QString> secret) {
        if (secret)
            useAlertService(e, *secret, problems);
        else
            askForAlertSecret(e, secret.error().detail, problems);
    });
}

void ConsoleSession::askForAlertSecret(const genie::GenieEndpoint& endpoint, const QString& why, QStringList problems)
{
    const bool opsgenie = endpoint.vendor == genie::Vendor::Opsgenie;
    const QString what = opsgenie ? QCoreApplication::translate("main", "Opsgenie API key")
                                  : QCoreApplication::translate("main", "JSM Ops API token for %1").arg(endpoint.email);
    QString where = m_keychain->keychainWorks()
        ? QCoreApplication::translate("main", "It will be stored in the system keychain.")
        : QCoreApplication::translate("main",
            "No keychain is available (%1): the key will be kept for this session "
            "only and asked for again next time. It is never written to a file.")
              .arg(m_keychain->whyNot());
    bool ok = false;
    const QString secret = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Alert service"),
        QCoreApplication::translate("main", "%1 (%2).\n\n%3\n\n%4:")
            .arg(vendorName(endpoint.vendor), endpoint.baseUrl.host(), where, what),
        QLineEdit::Password, QString(), &ok);
    if (!ok || secret.trimmed().isEmpty()) {
        problems.append(QCoreApplication::translate("main", "Alert service: %1. Alerts come from %2 instead.")
                            .arg(why, m_alerts->sourceName()));
        buildWindow(problems);
        return;
    }
    m_keychain->write(endpoint.secretKey(), secret.trimmed(), this, [](Result<void> stored) {
        if (!stored)
            logging::get("app")->warn(
                "the alert service's secret is kept for this session only: {}", describe(stored.error()).toStdString());
    });
    useAlertService(endpoint, secret.trimmed(), problems);
}

void ConsoleSession::useAlertService(const genie::GenieEndpoint& endpoint, const QString& secret, QStringList problems)
{
    m_alerts = std::make_unique<genie::GenieAlertBackend>(
        *m_http, endpoint, secret, m_clock, genie::optionsFor(m_workspace.alerts));
    logging::get("app")->info(
        "alerts from {} ({})", vendorName(endpoint.vendor).toStdString(), endpoint.baseUrl.toString().toStdString());
    buildWindow(problems);
}

void ConsoleSession::openOutbox(QStringList& problems)
{
    const QString path = QDir(store::defaultDataFolder()).filePath(u"outbox.sqlite"_s);
    auto opened = outbox::ActionOutbox::open(path);
    if (!opened) {
        // Actions still work, but only as long as the console runs: say so rather than refuse them.
        problems.append(QCoreApplication::translate("main",
            "The action outbox %1 could not be opened (%2). Actions are sent, but one not yet confirmed when the "
            "console closes is lost.")
                            .arg(path, opened.error().detail));
        opened = outbox::ActionOutbox::open(u":memory:"_s);
    }
    if (opened)
        m_outbox.emplace(std::move(*opened));
}

void ConsoleSession::openIncidents(const QString& user)
{
    auto log = logging::get("app");
    const QString path = QDir(store::defaultDataFolder()).filePath(u"incidents.sqlite"_s);
    m_incidentService = std::make_unique<incidents::IncidentService>(
        path, std::make_shared<SystemClock>(), this, [this, path](Result<void> opened) {
            if (opened) {
                logging::get("app")->info("incidents in {}", path);
                return;
            }
            // The console works without it; every incident action then says why it was not saved.
            const QString text = QCoreApplication::translate("main",
                "The incident store %1 could not be opened (%2). Incidents cannot be opened or changed in this "
                "session; alerts and dashboards work as usual.")
                                     .arg(path, opened.error().detail);
            logging::get("app")->error("{}", text);
            QMessageBox::warning(
                m_window.get(), QCoreApplication::translate("main", "Incidents are not available"), text);
        });
    QStringList folders = m_workspace.runbookFolders;
    if (m_onDemo && !folders.contains(u":/runbooks"_s))
        folders.append(u":/runbooks"_s); // the demo fleet's rules have runbooks of their own
    runbooks::RunbookLibrary library;
    library.loadFolders(folders);
    log->info("{} runbook(s) from {}", library.runbooks().size(), folders.join(u", "_s).toStdString());
    for (const auto& problem : library.problems())
        log->warn("runbook {} not loaded: {} problem(s), first: {}", problem.file.toStdString(),
            problem.problems.size(),
            problem.problems.isEmpty() ? std::string() : problem.problems.constFirst().text().toStdString());
    ui::IncidentDesk::Options options;
    options.user = user;
    options.backend = m_alerts->sourceName();
    m_incidentDesk = std::make_unique<ui::IncidentDesk>(
        *m_incidentService, *m_alerts, m_clock, std::move(library), std::move(options));
}

void ConsoleSession::openArchive()
{
    const QString path = QDir(store::defaultDataFolder()).filePath(u"archive.sqlite"_s);
    m_archive = std::make_unique<store::StoreWorker<archive::AlertArchive>>(
        u"archive"_s,
        [path, backend = m_alerts->sourceName()]() {
            auto archive = archive::AlertArchive::open(path);
            if (archive)
                archive->setBackendName(backend); // each row says which alert service it came from
            return archive;
        },
        this,
        [this, path](Result<void> opened) {
            if (opened) {
                logging::get("app")->info("alert archive in {}", path.toStdString());
                return;
            }
            // The console works on, and the next session tries again; but what it sees now goes unrecorded, and
            // the reports will miss it: say so now rather than when someone opens them.
            QMessageBox::warning(m_window.get(),
                QCoreApplication::translate("main", "The alert archive is not available"),
                QCoreApplication::translate("main",
                    "The alert archive %1 could not be opened (%2). The alerts of this session are not archived, and "
                    "the Reports window cannot show the archive; alerts, actions and dashboards work as usual.")
                    .arg(path, opened.error().detail));
        });
}

void ConsoleSession::useDemoFleet()
{
    // The demo answers the default workspace's panels, whatever sources a workspace names.
    m_onDemo = true;
    auto fleet = std::make_shared<const demo::DemoFleet>();
    m_metrics.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(fleet));
    m_alerts = std::make_unique<demo::DemoAlertBackend>(fleet, m_clock);
    if (m_options.demo && !m_workspace.sources.isEmpty()) {
        for (auto& dashboard : m_workspace.dashboards) {
            for (auto& panel : dashboard.panels)
                panel.source.clear();
        }
    }
}

void ConsoleSession::buildWindow(const QStringList& problems)
{
    auto log = logging::get("app");
    for (const QString& problem : problems)
        log->warn("{}", problem);
    QString user = m_options.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", u"on-call"_s);
    QStringList allProblems = problems;
    openOutbox(allProblems);
    QString backendId = m_alerts->sourceName();
    if (auto* genie = dynamic_cast<genie::GenieAlertBackend*>(m_alerts.get()))
        backendId = genie->endpoint().identity();
    m_actions = std::make_unique<outbox::OutboxDispatcher>(
        *m_outbox, *m_alerts, backendId, m_clock, outbox::OutboxDispatcher::Options{});
    if (auto resumed = m_actions->resume(); resumed && *resumed > 0)
        log->info("{} action(s) from an earlier session are being delivered", *resumed);
    const QString environment = m_onDemo ? QCoreApplication::translate("main", "Demo fleet") : m_workspace.name;
    log->info("metrics from {}, alerts from {}", m_metrics.defaultBackend()->sourceName(), m_alerts->sourceName());
    openIncidents(user);
    ui::ConsoleContext context{m_metrics, *m_alerts, *m_actions, *m_scheduler, m_clock, m_workspace, user, environment};
    context.incidents = m_incidentDesk.get();
    openArchive();
    context.archive = m_archive.get();
    context.archiveAlerts = [this](const QList<alerts::Alert>& alerts) {
        m_archive->run<archive::ObserveCounts>(
            this, [alerts](archive::AlertArchive& archive) { return archive.observe(alerts); },
            [](Result<archive::ObserveCounts> counts) {
                if (!counts)
                    logging::get("app")->warn("alert archive: {}", counts.error().detail.toStdString());
                else if (counts->newAlerts > 0 || counts->newEntries > 0)
                    logging::get("app")->debug(
                        "alert archive: {} new alerts, {} new entries", counts->newAlerts, counts->newEntries);
            });
    };
    m_window = std::make_unique<ui::MainWindow>(std::move(context));
    m_scheduler->start();
    if (!allProblems.isEmpty()) {
        QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Not everything could be connected"),
            allProblems.join(u"\n\n"_s));
    }
    if (m_ready)
        m_ready(*m_window);
}

workspace::Workspace ConsoleSession::loadWorkspace(const Options& options)
{
    auto log = logging::get("app");
    const QString path = workspace::workspaceFileToUse(options.workspaceFile);
    if (path.isEmpty()) {
        log->info("using the built-in workspace");
        return workspace::defaultWorkspace();
    }
    auto loaded = workspace::loadWorkspaceFile(path);
    if (loaded) {
        log->info(
            "workspace {} loaded: {} dashboards, {} sources", path, loaded->dashboards.size(), loaded->sources.size());
        return *loaded;
    }
    log->error("workspace {}: {}", path, describe(loaded.error()));
    QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Workspace not loaded"),
        QCoreApplication::translate("main", "%1 could not be read:\n\n%2\n\nThe built-in workspace is shown instead.")
            .arg(path, loaded.error().detail));
    return workspace::defaultWorkspace();
}

} // namespace wk::app
