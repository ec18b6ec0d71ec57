// What the console's alert polling and alert actions cost against Opsgenie's and JSM Ops' per-domain rate limits:
// GenieAlertBackend::list as ui/MainWindow.cpp pollAlerts calls it (closed alerts of the last 24 h, limit 1,000),
// and acks and notes delivered by the outbox, against the fake server on 127.0.0.1. Requests are counted where the
// fake's token buckets count them. Prints tables; asserts nothing.
//   bench_genie_polling [polls]   (default 10 polls per row)
#include "AwaitResult.h"
#include "FakeGenieServer.h"
#include "common/Logging.h"
#include "genie/GenieAlertBackend.h"
#include "outbox/OutboxDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <array>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;
using fakegenie::FakeGenieServer;
using testfleet::await;

namespace {

constexpr qint64 workspaceRefreshMs = 15'000; // the workspace default (refresh: 15s)
constexpr std::array domains{fakegenie::Domain::Search, fakegenie::Domain::Alert, fakegenie::Domain::Heartbeat,
    fakegenie::Domain::Configuration, fakegenie::Domain::ScheduleOncalls};

const char* vendorText(fakegenie::Vendor vendor)
{
    return vendor == fakegenie::Vendor::Opsgenie ? "Opsgenie" : "JSM Ops";
}

std::unique_ptr<FakeGenieServer> startServer(fakegenie::Vendor vendor, int processingDelayMs)
{
    fakegenie::FakeGenieOptions options;
    options.vendor = vendor;
    options.processingDelayMs = processingDelayMs;
    auto server = std::make_unique<FakeGenieServer>(options);
    if (!server->listen())
        qFatal("the fake server could not listen");
    // Buckets large enough never to throttle: this measures demand, not the fake's limits.
    for (const fakegenie::Domain domain : domains)
        server->setRateLimit(domain, {1e9, 1e9, false});
    return server;
}

genie::GenieEndpoint endpointOf(const FakeGenieServer& server)
{
    genie::GenieEndpoint e;
    e.vendor = server.vendor() == fakegenie::Vendor::Jsm ? genie::Vendor::Jsm : genie::Vendor::Opsgenie;
    e.baseUrl = server.url();
    e.cloudId = server.options().cloudId;
    e.email = server.options().jsmEmail;
    return e;
}

QString secretOf(const FakeGenieServer& server)
{
    return QString::fromLatin1(
        server.vendor() == fakegenie::Vendor::Jsm ? server.options().jsmToken : server.options().apiKey);
}

// Realistic seeded alerts (about a third closed over the last week), topped up to exactly `open` open ones.
int seedOpen(FakeGenieServer& server, int open)
{
    server.seedAlerts(open * 10 / 7, 42);
    int have = 0;
    for (const fakegenie::FakeAlert* a : server.alerts())
        have += a->isOpen() ? 1 : 0;
    for (; have < open; ++have) {
        fakegenie::FakeAlert alert;
        alert.message = u"Feature drift PSI 0.31 on credit-risk-model (%1)"_s.arg(have);
        alert.teamIds = {server.teams().first().id};
        server.addAlert(alert);
    }
    return have;
}

void addHeartbeats(FakeGenieServer& server)
{
    fakegenie::FakeHeartbeat silent;
    silent.name = u"feature-store-sync"_s;
    silent.ownerTeamName = u"payments-ml"_s;
    silent.expired = true;
    server.addHeartbeat(silent);
    fakegenie::FakeHeartbeat healthy = silent;
    healthy.name = u"label-pipeline"_s;
    healthy.ownerTeamName = u"ml-platform"_s;
    healthy.expired = false;
    server.addHeartbeat(healthy);
}

void pollingRow(net::HttpService& http, fakegenie::Vendor vendor, int wantedOpen, int polls)
{
    auto server = startServer(vendor, 150);
    const int open = seedOpen(*server, wantedOpen);
    addHeartbeats(*server);
    SystemClock clock;
    genie::GenieAlertBackend backend(http, endpointOf(*server), secretOf(*server), clock);
    const qint64 intervalMs = std::max(workspaceRefreshMs, backend.minPollIntervalMs());
    const auto poll = [&] {
        alerts::AlertQuery query;
        query.includeClosed = true;
        query.closedSince = clock.now().addSecs(-24 * 3600);
        query.limit = 1000;
        return await<alerts::AlertPage>([&](QObject* c, auto done) { backend.list(query, c, std::move(done)); });
    };
    const auto first = poll(); // once per session: team names (Opsgenie)
    if (!first)
        qFatal("the first poll failed: %s", qPrintable(describe(first.error())));
    server->clearObservations();
    QElapsedTimer timer;
    timer.start();
    qsizetype shown = 0;
    int total = -1;
    for (int i = 0; i < polls; ++i) {
        const auto page = poll();
        if (!page)
            qFatal("a poll failed: %s", qPrintable(describe(page.error())));
        shown = page->alerts.size();
        total = page->total;
    }
    const double msPerPoll = double(timer.elapsed()) / polls;
    const double perMinute = 60'000.0 / double(intervalMs) / polls;
    std::printf("%-9s %7d %6lld %6d |", vendorText(vendor), open, qlonglong(shown), total);
    int sum = 0;
    for (const fakegenie::Domain domain : domains) {
        const int n = server->counters(domain).requests;
        sum += n;
        std::printf(" %9.1f", n * perMinute);
    }
    std::printf(" | %7.1f | %6.1f | %7.1f\n", sum * perMinute, double(sum) / polls, msPerPoll);
}

struct ActionCost
{
    std::array<double, domains.size()> perAction{};
    double statusPolls = 0;
    double seconds = 0;
};

ActionCost actionRow(net::HttpService& http, fakegenie::Vendor vendor, int processingDelayMs, int actions)
{
    auto server = startServer(vendor, processingDelayMs);
    seedOpen(*server, actions);
    QStringList ids;
    for (const fakegenie::FakeAlert* a : server->alerts()) {
        if (a->isOpen() && ids.size() < actions)
            ids.append(a->id);
    }
    SystemClock clock;
    genie::GenieAlertBackend backend(http, endpointOf(*server), secretOf(*server), clock);
    auto box = outbox::ActionOutbox::open(u":memory:"_s);
    if (!box)
        qFatal("no outbox: %s", qPrintable(describe(box.error())));
    // The console's own dispatcher settings (app/ConsoleSession.cpp).
    outbox::OutboxDispatcher dispatcher(*box, backend, u"bench"_s, clock, outbox::OutboxDispatcher::Options{});
    server->clearObservations();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < actions; ++i) {
        alerts::AlertAction action;
        action.kind = i % 2 == 0 ? alerts::ActionKind::Acknowledge : alerts::ActionKind::AddNote;
        action.alertId = ids[i];
        action.user = u"alice@example.com"_s;
        if (action.kind == alerts::ActionKind::AddNote)
            action.note = u"Looking at the fraud-scorer dashboards."_s;
        if (!dispatcher.submit(action))
            qFatal("submit failed");
    }
    QEventLoop loop;
    QObject::connect(&dispatcher, &outbox::OutboxDispatcher::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    if (dispatcher.unfinished() > 0)
        loop.exec();
    // Let the follow-up reads after the last landing arrive.
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    ActionCost cost;
    cost.seconds = timer.elapsed() / 1000.0;
    for (std::size_t d = 0; d < domains.size(); ++d)
        cost.perAction[d] = double(server->counters(domains[d]).requests) / actions;
    int statusPolls = 0;
    for (const fakegenie::LoggedRequest& r : server->requestLog())
        statusPolls += r.path.contains(u"/alerts/requests/"_s) ? 1 : 0;
    cost.statusPolls = double(statusPolls) / actions;
    return cost;
}

void printHeader(const char* first)
{
    std::printf("%s |    Search     Alert Heartbeat    Config  Schedule |   total | /poll  | ms/poll\n", first);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    logging::Options quiet;
    quiet.levels.defaultLevel = spdlog::level::warn;
    logging::init(quiet);
    const int polls = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    net::HttpService http;

    const qint64 intervalMs = std::max(workspaceRefreshMs, genie::GenieOptions{}.minPollIntervalMs);
    std::printf("Alert polling: requests per minute per rate-limit domain at the console's default interval of %lld s\n"
                "(max of the workspace refresh, 15 s, and the backend's minPollIntervalMs); list(includeClosed,\n"
                "closedSince 24 h, limit 1000), 2 heartbeats (1 expired), maxPages 10; mean of %d polls after the\n"
                "session's first (which adds one Configuration request for team names on Opsgenie).\n\n",
        qlonglong(intervalMs / 1000), polls);
    printHeader("vendor       open  shown  total");
    for (const int open : {300, 1'000, 10'000}) {
        for (const auto vendor : {fakegenie::Vendor::Opsgenie, fakegenie::Vendor::Jsm})
            pollingRow(http, vendor, open, polls);
    }

    constexpr int actions = 20;
    std::printf(
        "\nAlert actions through the outbox (console settings: first status check after 0.5 s, then every 1 s):\n"
        "%d actions (half acks, half notes) on distinct alerts; requests per action per domain: 1 send +\n"
        "status polls + the dispatcher's follow-up get (the alert and its notes).\n\n",
        actions);
    std::printf("vendor    processing | status polls | Search     Alert Heartbeat    Config  Schedule | Alert/min at "
                "10 actions/min | wall s\n");
    for (const int delayMs : {150, 1'500}) {
        for (const auto vendor : {fakegenie::Vendor::Opsgenie, fakegenie::Vendor::Jsm}) {
            const ActionCost cost = actionRow(http, vendor, delayMs, actions);
            std::printf("%-9s %7d ms | %12.2f |", vendorText(vendor), delayMs, cost.statusPolls);
            for (const double n : cost.perAction)
                std::printf(" %9.2f", n);
            std::printf(" | %27.1f | %6.1f\n", cost.perAction[1] * 10, cost.seconds);
        }
    }
    logging::shutdown();
    return 0;
}
