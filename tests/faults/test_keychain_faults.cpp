// The keychain locked (gnome-keyring running, its login collection locked, no prompter to unlock it) or missing
// (no session bus at all): what the console and the command line say about the alert service's key, and that
// neither hangs. WK_KEYCHAIN says which one the run is (tests/faults/CMakeLists.txt).
#include "../support/SkipWhenMissing.h"
#include "ConsoleSession.h"
#include "FakeGenieServer.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "secrets/KeychainProbe.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;
using uitest::waitUntil;

namespace {

bool locked()
{
    return qEnvironmentVariable("WK_KEYCHAIN") == u"locked"_s;
}

// The words the console gives for the keychain in either case.
QString keychainTrouble()
{
    return locked() ? u"locked collection"_s : u"keychain"_s;
}

const QString storedKey = u"9f1c2e3d-key-kept-in-the-keychain"_s;

class KeychainFaults : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!locked())
            return;
        // The key is stored while the keychain is open, then the keychain is locked, as after a screen lock.
        QObject context;
        secrets::KeychainSecretStore store;
        std::optional<Result<void>> written;
        store.write(u"alerts/opsgenie"_s, storedKey, &context, [&](Result<void> r) { written = r; });
        waitUntil([&] { return written.has_value(); }, 20'000);
        if (!written || !*written) {
            s_error
                = u"could not store the key before locking: "_s + (written ? written->error().detail : u"no answer"_s);
            return;
        }
        const QString gdbus = QStandardPaths::findExecutable(u"gdbus"_s);
        if (gdbus.isEmpty()) {
            s_error = u"gdbus is needed to lock the keychain"_s;
            return;
        }
        QProcess lock;
        lock.start(gdbus,
            {u"call"_s, u"--session"_s, u"--dest"_s, u"org.freedesktop.secrets"_s, u"--object-path"_s,
                u"/org/freedesktop/secrets"_s, u"--method"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                u"[objectpath \"/org/freedesktop/secrets/collection/login\"]"_s});
        if (!lock.waitForFinished(10'000) || lock.exitCode() != 0)
            s_error = u"could not lock the keychain: "_s + QString::fromUtf8(lock.readAllStandardError());
    }

    void SetUp() override
    {
        if (locked() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            WK_SKIP_WHEN_MISSING("needs a Secret Service: run through tests/integration/with_secret_service.sh");
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
    }

    static inline QString s_error;
};

} // namespace

TEST_F(KeychainFaults, TheProbeSaysWhyWithinItsTimeout)
{
    QObject context;
    secrets::KeychainSecretStore store;
    QElapsedTimer timer;
    timer.start();
    std::optional<Result<void>> probed;
    secrets::probeKeychain(store, 3000, &context, [&](Result<void> r) { probed = r; });
    ASSERT_TRUE(waitUntil([&] { return probed.has_value(); }, 10'000));
    EXPECT_LE(timer.elapsed(), 3500);
    ASSERT_FALSE(probed->has_value());
    std::printf(
        "[   info   ] keychain %s: %s\n", locked() ? "locked" : "missing", qPrintable(describe(probed->error())));
    if (locked()) {
        EXPECT_TRUE(probed->error().detail.contains(u"locked"_s)) << probed->error().detail.toStdString();
    }
}

// The console asks for the key for this session, says why it cannot keep it, and, cancelled, says where the
// alerts come from instead: it starts either way.
TEST_F(KeychainFaults, TheConsoleAsksForTheKeyForThisSessionAndSaysWhy)
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"ws.yaml"_s);
    {
        QFile file(workspace);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("alerts:\n  backend: opsgenie\n  api_url: http://127.0.0.1:9/\n"
                   "dashboards:\n  - id: main\n    title: Main\n    panels:\n      - {id: p, title: P, expr: up}\n");
    }
    qputenv("WATCHKEEPER_DATA_DIR", dir.filePath(u"data"_s).toUtf8());
    qunsetenv("WATCHKEEPER_OPSGENIE_API_KEY");

    QStringList asked;
    QStringList told;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, &answer, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            asked.append(input->labelText());
            input->reject(); // the person has no key at hand
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            told.append(box->text());
            box->done(QMessageBox::Ok);
        }
    });
    answer.start(20);

    app::Options options;
    options.workspaceFile = workspace;
    options.user = u"ada"_s;
    ui::MainWindow* window = nullptr;
    QElapsedTimer timer;
    timer.start();
    app::ConsoleSession session(options);
    session.start([&window](ui::MainWindow& w) { window = &w; });
    ASSERT_TRUE(waitUntil([&] { return window != nullptr && !told.isEmpty(); }, 20'000))
        << asked.join(u" | "_s).toStdString();
    EXPECT_LT(timer.elapsed(), 10'000) << "the console waited on the keychain";
    for (const QString& text : asked + told)
        std::printf("[   info   ] %s\n", qPrintable(text));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(u"No keychain is available"_s)) << asked.first().toStdString();
    EXPECT_TRUE(asked.first().contains(keychainTrouble())) << asked.first().toStdString();
    EXPECT_TRUE(asked.first().contains(u"kept for this session only"_s)) << asked.first().toStdString();
    EXPECT_TRUE(told.join(u"\n"_s).contains(u"Alerts come from"_s)) << told.join(u"\n"_s).toStdString();
    qunsetenv("WATCHKEEPER_DATA_DIR");
}

// The command line names the keychain's trouble and the way around it, and exits 2 at once.
TEST_F(KeychainFaults, TheCommandLineSaysWhyItCannotReadTheKeyAndHowToGiveIt)
{
    fakegenie::FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    QTemporaryDir dir;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"WATCHKEEPER_OPSGENIE_API_KEY"_s);
    env.insert(u"WATCHKEEPER_DATA_DIR"_s, dir.path());
    cli.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(WK_WATCHKEEPER_BIN),
        {u"alerts"_s, u"list"_s, u"--backend"_s, u"opsgenie"_s, u"--api-url"_s, server.url().toString(), u"--timeout"_s,
            u"20"_s});
    // The fake answers on this thread's event loop, so wait by spinning it.
    ASSERT_TRUE(waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 40'000));
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    std::printf("[   info   ] exit %d after %lld ms: %s\n", cli.exitCode(), timer.elapsed(), qPrintable(said));
    EXPECT_EQ(cli.exitCode(), 2) << said.toStdString();
    EXPECT_LT(timer.elapsed(), 10'000);
    EXPECT_TRUE(said.contains(u"the Opsgenie API key could not be read"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(u"WATCHKEEPER_OPSGENIE_API_KEY"_s)) << said.toStdString();
    if (locked()) {
        EXPECT_TRUE(said.contains(u"locked"_s)) << "a locked keychain is not a missing key: " << said.toStdString();
        EXPECT_FALSE(said.contains(storedKey));
    }
    EXPECT_EQ(server.requestLog().size(), 0) << "nothing goes out without a key";
}
