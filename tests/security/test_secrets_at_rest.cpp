// Secrets live in the keychain and nowhere else: a real session of the built console and of the command line,
// with the Prometheus bearer token and the Opsgenie API key in a real Secret Service (gnome-keyring in a private
// D-Bus session, see tests/integration/with_secret_service.sh), leaves neither in any file of its configuration,
// data, cache, log or workspace folders, nor in anything it printed; in any form (plain, base64, percent-encoded,
// hex, UTF-16). The servers check that the session really sent both secrets.
#include "../support/SkipWhenMissing.h"
#include "FakeGenieServer.h"
#include "LoopbackRelay.h"
#include "PrometheusServer.h"
#include "SecretScan.h"
#include "WatchkeeperRun.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::security;

namespace {

// Characters that base64 and percent-encoding both change, so each form differs from the plain one.
QByteArray newSecret(const char* prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128) + "+/x";
}

bool storeInKeychain(const QString& key, const QByteArray& secret, QString* why)
{
    secrets::KeychainSecretStore store; // the console's own service name
    QObject context;
    std::optional<Result<void>> written;
    store.write(key, QString::fromLatin1(secret), &context, [&](Result<void> r) { written = r; });
    if (!spinUntil([&] { return written.has_value(); }, 20'000)) {
        *why = u"no answer from the Secret Service"_s;
        return false;
    }
    if (!*written)
        *why = written->error().detail;
    return written->has_value();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QByteArray workspaceYaml(const QUrl& prometheus, const QUrl& genie)
{
    return "name: Security\nrefresh: 5s\n"
           "sources:\n  - {name: prod, type: prometheus, url: '"
        + prometheus.toString().toUtf8()
        + "', auth: bearer}\n"
          "alerts:\n  backend: opsgenie\n  api_url: '"
        + genie.toString().toUtf8()
        + "'\n  refresh: 10s\n"
          "runbooks: [runbooks/]\n"
          "dashboards:\n  - id: health\n    title: Health\n    panels:\n"
          "      - {id: up, title: Targets up, kind: stat, expr: 'sum(up)'}\n"
          "      - {id: rate, title: Requests, expr: 'sum by (service) (rate(ml_requests_total[5m]))'}\n";
}

// A runbook bound to one of the seeded rules whose script would leave a mark: nothing may run it on its own.
QByteArray markerRunbook(const QString& marker)
{
    return "id: error-rate\ntitle: High error rate\ndescription: What to do\nalert_rule_id: HighErrorRate\n"
           "estimated_time: 10m\nsteps:\n  - step_id: mark\n    description: Leave a mark\n    action: Run it\n"
           "    automation_script: |\n      touch '"
        + marker.toUtf8() + "'\n";
}

std::string listFindings(const QList<Finding>& findings)
{
    std::string out;
    for (const Finding& f : findings)
        out += "  " + f.where.toStdString() + ": " + f.form.toStdString() + "\n";
    return out;
}

} // namespace

TEST(SecretScan, FindsASecretInEveryFormItCouldTakeOnDisk)
{
    IsolatedHome home;
    const QByteArray secret = newSecret("scan-");
    const QString text = QString::fromLatin1(secret);
    const auto basic = [&](const char* user) {
        QByteArray credentials(user);
        credentials.append(secret);
        return QByteArray("auth=").append(credentials.toBase64());
    };
    const QList<std::pair<QString, QByteArray>> planted{
        {u"plain.log"_s, QByteArray("Authorization: Bearer ") + secret},
        {u"basic0.ini"_s, basic("ada:")},
        {u"basic1.ini"_s, basic("adam:")},
        {u"basic2.ini"_s, basic("adamo:")},
        {u"url.txt"_s, QByteArray("https://x/?key=") + QUrl::toPercentEncoding(text)},
        {u"hex.txt"_s, QByteArray("key ") + secret.toHex()},
        {u"utf16.dat"_s, QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2)},
    };
    for (const auto& [name, bytes] : planted)
        writeFile(home.dataDir() + u"/deep/"_s + name, bytes);
    writeFile(home.config() + u"/clean.txt"_s, "nothing to see");

    const ScanReport report = scanFolders(home.everyFolder(), {secret});
    EXPECT_EQ(report.files, int(planted.size()) + 1);
    for (const auto& [name, bytes] : planted) {
        const bool found = std::any_of(
            report.findings.cbegin(), report.findings.cend(), [&](const Finding& f) { return f.where.endsWith(name); });
        EXPECT_TRUE(found) << name.toStdString() << " was not found; findings:\n" << listFindings(report.findings);
    }
    EXPECT_FALSE(std::any_of(report.findings.cbegin(), report.findings.cend(),
        [](const Finding& f) { return f.where.endsWith(u"clean.txt"_s); }));
}

TEST(SecretsAtRest, ASessionLeavesNoSecretInAnyFileOrOutput)
{
    if (!testfleet::PrometheusServer::available())
        WK_SKIP_WHEN_MISSING(testfleet::PrometheusServer::unavailableReason().toStdString());
    IsolatedHome home;
    ASSERT_TRUE(home.isValid());
    const QByteArray token = newSecret("prom-");
    const QByteArray apiKey = newSecret("genie-");
    QString why;
    ASSERT_TRUE(storeInKeychain(u"source/prod"_s, token, &why)) << why.toStdString();
    ASSERT_TRUE(storeInKeychain(u"alerts/opsgenie"_s, apiKey, &why)) << why.toStdString();

    testfleet::PrometheusServer prometheus(testfleet::SyntheticFleet(QDateTime::currentDateTimeUtc()));
    const auto started = prometheus.start(180'000);
    ASSERT_TRUE(started) << started.error().toStdString();
    LoopbackRelay prometheusSeen(prometheus.url()); // Prometheus does not check tokens: this sees what came
    ASSERT_TRUE(prometheusSeen.listen());
    fakegenie::FakeGenieOptions genieOptions;
    genieOptions.apiKey = apiKey; // anything else is answered 401
    genieOptions.processingDelayMs = 50;
    fakegenie::FakeGenieServer genie(genieOptions);
    genie.seedAlerts(20, 7);
    ASSERT_TRUE(genie.listen());

    const QString workspace = home.workspace() + u"/security.yaml"_s;
    const QString marker = home.root() + u"/runbook-script-ran"_s;
    writeFile(workspace, workspaceYaml(prometheusSeen.url(), genie.url()));
    writeFile(home.workspace() + u"/runbooks/error-rate.yaml"_s, markerRunbook(marker));

    // The console: polls the dashboards and the alert list with every logger at trace, then quits.
    const QProcessEnvironment env = home.environment();
    auto console = startConsole(
        {u"--workspace"_s, workspace, u"--log-level"_s, u"trace"_s, u"--user"_s, u"ada"_s, u"--quit-after"_s, u"15"_s},
        env);
    const testsupport::CliRun session = finish(*console, 90'000);
    EXPECT_EQ(session.exitCode, 0) << session;

    // The command line, as a person on call uses it, with the same keychain.
    const fakegenie::FakeAlert* target = nullptr;
    for (const fakegenie::FakeAlert* alert : genie.alerts()) {
        if (!target && alert->status == u"open" && !alert->acknowledged)
            target = alert;
    }
    ASSERT_NE(target, nullptr);
    const QString targetId = target->id;
    const QString tinyId = target->tinyId;
    QList<std::pair<QString, testsupport::CliRun>> runs;
    const auto run = [&](const QStringList& arguments, const QProcessEnvironment& e) {
        runs.append({arguments.join(u' '), runWatchkeeper(arguments, e)});
        return runs.constLast().second;
    };
    const auto listed = run({u"alerts"_s, u"list"_s, u"--workspace"_s, workspace, u"--log-level"_s, u"trace"_s}, env);
    EXPECT_EQ(listed.exitCode, 0) << listed;
    const auto acked = run({u"alerts"_s, u"ack"_s, tinyId, u"--workspace"_s, workspace, u"--user"_s, u"ada"_s,
                               u"--log-level"_s, u"trace"_s},
        env);
    EXPECT_EQ(acked.exitCode, 0) << acked;
    EXPECT_TRUE(acked.out.contains("landed")) << acked;
    const auto queried = run(
        {u"query"_s, u"--source"_s, u"prod"_s, u"--workspace"_s, workspace, u"sum(up)"_s, u"--log-level"_s, u"trace"_s},
        env);
    EXPECT_EQ(queried.exitCode, 0) << queried;
    const auto checked = run({u"preflight"_s, u"--workspace"_s, workspace, u"--log-level"_s, u"trace"_s}, env);
    EXPECT_EQ(checked.exitCode, 0) << checked;
    const auto imported = run({u"archive"_s, u"import"_s, u"--since"_s, u"8d"_s, u"--workspace"_s, workspace}, env);
    EXPECT_EQ(imported.exitCode, 0) << imported;
    // The documented variable for `query --url`, for headless use.
    QProcessEnvironment withToken = env;
    withToken.insert(u"WATCHKEEPER_PROMETHEUS_TOKEN"_s, QString::fromLatin1(token));
    const auto byUrl = run({u"query"_s, u"--url"_s, prometheusSeen.url().toString(), u"sum(up)"_s}, withToken);
    EXPECT_EQ(byUrl.exitCode, 0) << byUrl;

    // The secrets were really used: each server saw its own, and the acknowledgement landed.
    const QList<QByteArray> bearers = prometheusSeen.authorizations();
    EXPECT_GE(bearers.count("Bearer " + token), 3) << "the dashboards and the CLI should have sent the token";
    int listedWithKey = 0;
    for (const fakegenie::LoggedRequest& request : genie.requestLog())
        listedWithKey += request.path == u"/v2/alerts" && request.status == 200 ? 1 : 0;
    EXPECT_GE(listedWithKey, 2) << "the console and the CLI should have listed alerts with the key";
    EXPECT_TRUE(genie.alert(targetId)->acknowledged);

    // The scan reads what the session wrote, so it cannot pass on empty folders.
    const QString logFile = home.logs() + u"/watchkeeper.log"_s;
    ASSERT_TRUE(QFileInfo::exists(logFile)) << "no log at " << logFile.toStdString();
    QFile log(logFile);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    // At trace the network logger writes every request: the log holds what a leak would be next to.
    EXPECT_TRUE(logText.contains("alerts from Opsgenie")) << logText.toStdString();
    EXPECT_TRUE(logText.contains("/api/v1/query")) << logText.toStdString();
    EXPECT_TRUE(logText.contains("/v2/alerts")) << logText.toStdString();
    for (const char* database : {"outbox.sqlite", "archive.sqlite", "incidents.sqlite"}) {
        const QFileInfo file(home.dataDir() + u'/' + QLatin1StringView(database));
        EXPECT_TRUE(file.exists() && file.size() > 0) << database << " was not written";
    }
    const QList<QByteArray> secrets{token, apiKey};
    const ScanReport report = scanFolders(home.everyFolder(), secrets);
    EXPECT_GE(report.files, 6) << report.paths.join(u'\n').toStdString();
    EXPECT_TRUE(report.findings.isEmpty()) << "a secret reached the disk:\n" << listFindings(report.findings);

    QList<Finding> printed = findSecrets(session.out + session.err, secrets, u"the console's output"_s);
    for (const auto& [command, result] : std::as_const(runs))
        printed += findSecrets(result.out + result.err, secrets, u"watchkeeper "_s + command);
    EXPECT_TRUE(printed.isEmpty()) << "a secret was printed:\n" << listFindings(printed);

    EXPECT_FALSE(QFileInfo::exists(marker)) << "a runbook script ran without anyone confirming it";
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
