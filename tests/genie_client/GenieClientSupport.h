#pragma once

#include "AwaitResult.h"
#include "FakeGenieServer.h"
#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "genie/GenieAlertBackend.h"
#include "net/HttpService.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

// The product's Opsgenie / JSM Ops backend against the fake server on 127.0.0.1, driven from a test's event loop.
namespace wk::genietest {

using FakeVendor = fakegenie::Vendor;
using FakeDomain = fakegenie::Domain;

using testfleet::await;

// Spins the event loop until `done` or the timeout; says which.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

inline std::string vendorLabel(const ::testing::TestParamInfo<FakeVendor>& info)
{
    return info.param == FakeVendor::Opsgenie ? "Opsgenie" : "Jsm";
}

// A fake server of either vendor and backends pointed at it (or at a proxy in front of it).
class GenieFixture
{
public:
    fakegenie::FakeGenieServer& start(FakeVendor vendor, int processingDelayMs = 150)
    {
        fakegenie::FakeGenieOptions options;
        options.vendor = vendor;
        options.processingDelayMs = processingDelayMs;
        m_server = std::make_unique<fakegenie::FakeGenieServer>(options);
        EXPECT_TRUE(m_server->listen());
        return *m_server;
    }
    fakegenie::FakeGenieServer& server() { return *m_server; }
    bool jsm() const { return m_server->vendor() == FakeVendor::Jsm; }

    // The secret the fake accepts.
    QString goodSecret() const
    {
        return QString::fromLatin1(jsm() ? m_server->options().jsmToken : m_server->options().apiKey);
    }

    genie::GenieEndpoint endpoint(std::optional<QUrl> via = std::nullopt) const
    {
        genie::GenieEndpoint e;
        e.vendor = jsm() ? genie::Vendor::Jsm : genie::Vendor::Opsgenie;
        e.baseUrl = via.value_or(m_server->url());
        e.cloudId = m_server->options().cloudId;
        e.email = m_server->options().jsmEmail;
        e.timeoutSeconds = 10;
        return e;
    }

    std::unique_ptr<genie::GenieAlertBackend> backend(genie::GenieOptions options = {},
        std::optional<QString> secret = std::nullopt, const Clock* clock = nullptr,
        std::optional<QUrl> via = std::nullopt)
    {
        return std::make_unique<genie::GenieAlertBackend>(
            m_http, endpoint(via), secret.value_or(goodSecret()), clock ? *clock : m_clock, std::move(options));
    }

    // The requests the fake has read whose path ends with `suffix` (and whose query contains `query`).
    int requestsTo(const QString& suffix, const QString& query = {}) const
    {
        int n = 0;
        for (const fakegenie::LoggedRequest& r : m_server->requestLog())
            n += r.path.endsWith(suffix) && r.query.contains(query) ? 1 : 0;
        return n;
    }

    net::HttpService& http() { return m_http; }
    const SystemClock& clock() const { return m_clock; }

private:
    net::HttpService m_http;
    SystemClock m_clock;
    std::unique_ptr<fakegenie::FakeGenieServer> m_server;
};

inline fakegenie::FakeAlert alertWith(const QString& message)
{
    fakegenie::FakeAlert alert;
    alert.message = message;
    return alert;
}

inline Result<alerts::AlertPage> list(alerts::AlertBackend& backend, const alerts::AlertQuery& query)
{
    return await<alerts::AlertPage>([&](QObject* c, auto done) { backend.list(query, c, std::move(done)); });
}

// What the console's poll asks (ui/MainWindow.cpp pollAlerts).
inline alerts::AlertQuery consoleQuery(const QDateTime& now)
{
    alerts::AlertQuery query;
    query.includeClosed = true;
    query.closedSince = now.addSecs(-24 * 3600);
    query.limit = 1000;
    return query;
}

inline Result<alerts::Alert> get(alerts::AlertBackend& backend, const QString& id)
{
    return await<alerts::Alert>([&](QObject* c, auto done) { backend.get(id, c, std::move(done)); });
}

inline Result<alerts::ActionReceipt> send(alerts::AlertBackend& backend, const alerts::AlertAction& action)
{
    return await<alerts::ActionReceipt>([&](QObject* c, auto done) { backend.send(action, c, std::move(done)); });
}

inline Result<alerts::ActionStatus> status(
    alerts::AlertBackend& backend, const alerts::AlertAction& action, const QString& requestId)
{
    return await<alerts::ActionStatus>(
        [&](QObject* c, auto done) { backend.actionStatus(action, requestId, c, std::move(done)); });
}

inline Result<bool> hasLanded(alerts::AlertBackend& backend, const alerts::AlertAction& action)
{
    return await<bool>([&](QObject* c, auto done) { backend.hasLanded(action, c, std::move(done)); });
}

inline std::string text(const Error& error)
{
    return describe(error).toStdString();
}

} // namespace wk::genietest

namespace wk::fakegenie {
// How a failing parameterised test names its vendor.
inline void PrintTo(Vendor vendor, std::ostream* out)
{
    *out << (vendor == Vendor::Opsgenie ? "Opsgenie" : "JSM Ops");
}
} // namespace wk::fakegenie
