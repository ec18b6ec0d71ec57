// The console in front of Opsgenie or JSM Ops (the fake, behind the fault proxy) when the service goes down, is
// slow, rate limits, fails with 500 or 503, or answers something that is not its API: what the alert list and the
// status bar say, that the last alerts stay, and what becomes of an acknowledgement taken meanwhile.
#include "FakeGenieServer.h"
#include "FaultProxy.h"
#include "FaultsSupport.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "genie/GenieAlertBackend.h"
#include "oncall/AlertServiceNotice.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/TestActions.h"

#include <QLabel>

#include <QDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using fakegenie::Vendor;
using faults::shownTime;
using faults::statusOf;
using testfleet::FaultProxy;

namespace {

// What happens to an action asked for while the service misbehaves.
enum class ActionFate {
    WaitsAndLands,   // stays "Acknowledging…" and lands once the service answers again
    FailsWithReason, // refused at once with the reason; the person may retry it
};

struct AlertServiceFault
{
    const char* name;
    std::function<void(FaultProxy&)> start; // makes the service misbehave
    QString reason;                         // the words the status bar gives
    QString detail;                         // in the tooltip: the technical detail
    ActionFate action;
    QString failure = {}; // FailsWithReason: words of the reason shown on the row
};

const QByteArray ssoPage = "<!DOCTYPE html><html><head><title>Sign in - Example Corp SSO</title></head>"
                           "<body><form>...</form></body></html>";

QList<AlertServiceFault> alertServiceFaults()
{
    using H = FaultProxy::Header;
    const QList<H> json = {{"Content-Type", "application/json"}};
    return {
        {"Down", [](FaultProxy& p) { p.close(); }, u"cannot reach the server"_s, u"Network"_s,
            ActionFate::WaitsAndLands},
        {"Slow", [](FaultProxy& p) { p.setBehaviour(FaultProxy::delay(4'000)); },
            u"the server did not answer in time"_s, u"no answer within 2 s"_s, ActionFate::WaitsAndLands},
        {"RateLimited429",
            [json](FaultProxy& p) {
                auto headers = json;
                headers.append(H{"Retry-After", "1"});
                p.setBehaviour(FaultProxy::status(
                    429, R"({"message":"You are making too many requests!","took":0.0,"requestId":"r"})", headers));
            },
            u"rate limited; retrying later"_s, u"RateLimited"_s, ActionFate::WaitsAndLands},
        {"ServerError500",
            [json](FaultProxy& p) {
                p.setBehaviour(
                    FaultProxy::status(500, R"({"message":"Internal Server Error","took":0.0,"requestId":"r"})", json));
            },
            u"the server answered with an error (HTTP 500)"_s, u"Internal Server Error"_s, ActionFate::WaitsAndLands},
        {"Unavailable503",
            [](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(503,
                    "<html><head><title>503 Service Temporarily Unavailable</title></head><body></body></html>",
                    {{"Content-Type", "text/html"}, {"Retry-After", "1"}}));
            },
            u"the server answered with an error (HTTP 503)"_s, u"503 Service Temporarily Unavailable"_s,
            ActionFate::WaitsAndLands},
        {"HtmlInsteadOfJson",
            [](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(200, ssoPage, {{"Content-Type", "text/html; charset=utf-8"}}));
            },
            u"the answer could not be read"_s, u"Sign in - Example Corp SSO"_s, ActionFate::FailsWithReason, u"HTML"_s},
        {"Garbage",
            [json](FaultProxy& p) {
                p.setBehaviour(FaultProxy::status(200, "\x1f\x8b\x08\x00garbage{{{\"data\":[", json));
            },
            u"the answer could not be read"_s, u"Parse"_s, ActionFate::FailsWithReason, u"JSON"_s},
    };
}

struct Case
{
    Vendor vendor;
    AlertServiceFault fault;
};

std::string caseName(const ::testing::TestParamInfo<Case>& info)
{
    return std::string(info.param.vendor == Vendor::Opsgenie ? "Opsgenie_" : "Jsm_") + info.param.fault.name;
}

QList<Case> allCases()
{
    QList<Case> cases;
    for (const Vendor vendor : {Vendor::Opsgenie, Vendor::Jsm})
        for (const AlertServiceFault& fault : alertServiceFaults())
            cases.append({vendor, fault});
    return cases;
}

class AlertServiceFaults : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override
    {
        fakegenie::FakeGenieOptions options;
        options.vendor = GetParam().vendor;
        options.processingDelayMs = 20;
        server = std::make_unique<fakegenie::FakeGenieServer>(options);
        ASSERT_TRUE(server->listen());
        for (const char* message :
            {"fraud-scorer p99 latency above 500 ms", "churn-model accuracy below 0.85", "GPU node gpu-7 not ready"}) {
            fakegenie::FakeAlert alert;
            alert.message = QString::fromUtf8(message);
            alert.priority = u"P2"_s;
            alertIds.append(server->addAlert(alert));
        }
        proxy = std::make_unique<FaultProxy>(server->url());
        ASSERT_TRUE(proxy->listen());

        genie::GenieEndpoint endpoint;
        endpoint.vendor = GetParam().vendor == Vendor::Jsm ? genie::Vendor::Jsm : genie::Vendor::Opsgenie;
        endpoint.baseUrl = proxy->url();
        endpoint.cloudId = server->options().cloudId;
        endpoint.email = server->options().jsmEmail;
        endpoint.timeoutSeconds = 2;
        const QByteArray secret
            = GetParam().vendor == Vendor::Jsm ? server->options().jsmToken : server->options().apiKey;
        genie::GenieOptions genieOptions;
        genieOptions.heartbeats = false;
        backend = std::make_unique<genie::GenieAlertBackend>(
            http, endpoint, QString::fromLatin1(secret), clock, genieOptions);

        metrics.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(std::make_shared<const demo::DemoFleet>()));
        actions = std::make_unique<fakes::TestActions>(*backend, clock);
        window = std::make_unique<ui::MainWindow>(ui::ConsoleContext{metrics, *backend, actions->dispatcher, scheduler,
            clock, workspace::defaultWorkspace(), u"ada@example.com"_s, u"faults"_s});
        window->resize(1400, 900);
        window->show();
    }

    void TearDown() override
    {
        window.reset();
        actions.reset();
    }

    ui::AlertTableModel* model() const { return window->alertList()->model(); }
    QString source() const { return backend->sourceName(); }
    polling::SourceState state() const { return scheduler.health(source()).state(clock.now()); }

    QString statusColumn(const QString& alertId) const
    {
        const auto row = model()->rowOf(alertId);
        return row ? model()->index(*row, ui::AlertTableModel::StatusColumn).data().toString() : u"<gone>"_s;
    }

    QString serviceNotice() const
    {
        auto* notice = window->findChild<QLabel*>(u"alertServiceNotice"_s);
        return notice != nullptr && notice->isVisible() ? notice->text() : QString();
    }

    int appliedAcks(const QString& alertId) const
    {
        int n = 0;
        for (const auto& applied : server->applied())
            n += applied.kind == u"Acknowledge"_s && applied.alertId == alertId && applied.success ? 1 : 0;
        return n;
    }

    ManualClock clock{QDateTime::currentDateTimeUtc()};
    net::HttpService http;
    std::unique_ptr<fakegenie::FakeGenieServer> server;
    std::unique_ptr<FaultProxy> proxy;
    QStringList alertIds;
    std::unique_ptr<genie::GenieAlertBackend> backend;
    sources::MetricsRouter metrics;
    polling::PollScheduler scheduler{clock};
    std::unique_ptr<fakes::TestActions> actions;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_P(AlertServiceFaults, TheListKeepsItsAlertsTheStatusBarSaysWhyAndSinceWhenAndTheAckIsKept)
{
    const AlertServiceFault& fault = GetParam().fault;
    ASSERT_TRUE(faults::pollOnce(scheduler, u"alerts"_s));
    ASSERT_EQ(model()->rowCount(), 3) << statusOf(*window, source()).toStdString();
    const QDateTime lastGood = clock.now();
    EXPECT_TRUE(statusOf(*window, source()).contains(u"live"_s)) << statusOf(*window, source()).toStdString();

    clock.advance(60'000);
    const QDateTime failedAt = clock.now();
    fault.start(*proxy);
    ASSERT_TRUE(faults::pollOnce(scheduler, u"alerts"_s));
    ASSERT_EQ(state(), polling::SourceState::Failing) << statusOf(*window, source()).toStdString();

    // The alerts of the last good poll stay, and the status bar says what is wrong, since when, and how old the
    // list is; the tooltip has the technical detail.
    EXPECT_EQ(model()->rowCount(), 3);
    const QString status = statusOf(*window, source());
    EXPECT_TRUE(status.contains(u"failing"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"since "_s + shownTime(failedAt))) << status.toStdString();
    EXPECT_TRUE(status.contains(fault.reason)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"showing data from "_s + shownTime(lastGood))) << status.toStdString();
    // And above the list, where the person is looking: since when it could not be refreshed, why, how old it is.
    const QString notice = window->alertList()->staleNotice();
    EXPECT_TRUE(notice.contains(u"could not be refreshed since "_s + shownTime(failedAt))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(fault.reason)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(u"as of "_s) && notice.contains(shownTime(lastGood))) << notice.toStdString();
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    window->grab().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/alert-service-"_s
        + QString::fromStdString(caseName({GetParam(), 0})) + u".png"_s);
    const QString detail = faults::statusToolTipOf(*window, source());
    EXPECT_TRUE(detail.contains(fault.detail)) << detail.toStdString();
    std::printf("[   info   ] status bar: %s\n[   info   ] its tooltip: %s\n[   info   ] above the list: %s\n",
        qPrintable(status), qPrintable(detail), qPrintable(notice));
    if (QString(QString::fromUtf8(fault.name)) == u"RateLimited429"_s) {
        EXPECT_TRUE(serviceNotice().contains(u"is rate limiting"_s)) << serviceNotice().toStdString();
    }

    // The person acknowledges an alert while the service misbehaves.
    const QString id = alertIds.first();
    ASSERT_TRUE(window->alertList()->selectAlert(id));
    window->alertList()->acknowledgeSelected();
    if (fault.action == ActionFate::WaitsAndLands) {
        // It waits in the outbox, shown as pending, neither failed nor lost...
        ASSERT_TRUE(uitest::waitUntil([&] { return actions->outbox.unfinished(u"fake"_s)->size() == 1; }));
        uitest::waitUntil([] { return false; }, 300);
        EXPECT_TRUE(statusColumn(id).contains(u"Acknowledging"_s)) << statusColumn(id).toStdString();
        EXPECT_TRUE(model()->failure(id).isEmpty()) << model()->failure(id).toStdString();
    } else {
        // ...or, when the answer says nothing about whether it was applied, it fails with the reason shown on the
        // row, and nothing is sent again behind the person's back.
        ASSERT_TRUE(uitest::waitUntil([&] { return !model()->failure(id).isEmpty(); }, 15'000));
        EXPECT_TRUE(model()->failure(id).contains(fault.failure)) << model()->failure(id).toStdString();
        std::printf("[   info   ] the row: %s\n", qPrintable(model()->failure(id)));
    }

    // The service comes back: the list is live again and the acknowledgement lands, once.
    proxy->pass();
    if (proxy->url().port() == 0) {
        ASSERT_TRUE(proxy->listen(quint16(backend->endpoint().baseUrl.port())));
    }
    clock.advance(5'000);
    ASSERT_TRUE(faults::pollOnce(scheduler, u"alerts"_s));
    EXPECT_EQ(state(), polling::SourceState::Live) << statusOf(*window, source()).toStdString();
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_TRUE(window->alertList()->staleNotice().isEmpty()) << window->alertList()->staleNotice().toStdString();
    if (fault.action == ActionFate::WaitsAndLands) {
        ASSERT_TRUE(uitest::waitUntil([&] { return !model()->lastLanded(id).isEmpty(); }, 20'000))
            << statusColumn(id).toStdString() << " / " << model()->failure(id).toStdString();
        EXPECT_TRUE(model()->lastLanded(id).startsWith(u"Acknowledged at "_s)) << model()->lastLanded(id).toStdString();
        EXPECT_EQ(appliedAcks(id), 1);
    } else {
        EXPECT_EQ(appliedAcks(id), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Faults, AlertServiceFaults, ::testing::ValuesIn(allCases()), caseName);
