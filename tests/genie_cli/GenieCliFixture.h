#pragma once

#include "CliRun.h"
#include "FakeGenieServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace wk::testsupport {

// The built `watchkeeper` binary in a child process against the fake Opsgenie or JSM Ops on 127.0.0.1, served from
// this process's event loop. The key reaches the child only through its environment; its configuration and data
// folders are a fresh temporary home.
class GenieCliFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    // Starts the fake; Opsgenie unless said otherwise.
    fakegenie::FakeGenieServer& start(fakegenie::Vendor vendor = fakegenie::Vendor::Opsgenie)
    {
        fakegenie::FakeGenieOptions options;
        options.vendor = vendor;
        m_server = std::make_unique<fakegenie::FakeGenieServer>(options);
        EXPECT_TRUE(m_server->listen());
        return *m_server;
    }

    // The flags that point a command at the fake.
    QStringList target() const
    {
        using namespace Qt::StringLiterals;
        QStringList flags{u"--api-url"_s, m_server->url().toString()};
        if (m_server->vendor() == fakegenie::Vendor::Jsm) {
            flags += {u"--backend"_s, u"jsm"_s, u"--cloud-id"_s, m_server->options().cloudId, u"--email"_s,
                m_server->options().jsmEmail};
        } else {
            flags += {u"--backend"_s, u"opsgenie"_s};
        }
        return flags;
    }

    // Runs `watchkeeper <command> ...` while this event loop serves the fake; killed if it outlives the bound.
    CliRun run(const QString& command, const QStringList& arguments, std::optional<QString> key = std::nullopt,
        int boundMs = 90'000) const
    {
        using namespace Qt::StringLiterals;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WATCHKEEPER_OPSGENIE_API_KEY"_s);
        env.remove(u"WATCHKEEPER_JSM_API_TOKEN"_s);
        env.remove(u"WATCHKEEPER_DATA_DIR"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"COLUMNS"_s, u"120"_s);
        if (m_server) {
            const bool jsm = m_server->vendor() == fakegenie::Vendor::Jsm;
            const QString secret
                = key.value_or(QString::fromLatin1(jsm ? m_server->options().jsmToken : m_server->options().apiKey));
            env.insert(jsm ? u"WATCHKEEPER_JSM_API_TOKEN"_s : u"WATCHKEEPER_OPSGENIE_API_KEY"_s, secret);
        }
        process.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer bound;
        bound.setSingleShot(true);
        QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        process.start(QString::fromUtf8(WK_WATCHKEEPER_BIN), QStringList{command} + arguments);
        bound.start(boundMs);
        loop.exec();
        CliRun result;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5'000);
        }
        result.elapsedMs = timer.elapsed();
        result.out = process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart)
            result.exitCode = process.exitCode();
        return result;
    }

    QTemporaryDir m_home;
    std::unique_ptr<fakegenie::FakeGenieServer> m_server;
};

} // namespace wk::testsupport
