// Importing the alert service's history of a date range into the archive, end to end: the product's backend against
// the fake Opsgenie and JSM Ops, through rate limiting, deep ranges and a failure half way.
#include "FaultProxy.h"
#include "GenieClientSupport.h"
#include "archive/AlertArchive.h"
#include "archive/HistoryImport.h"

#include <QSet>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;
using archive::AlertArchive;
using archive::HistoryKind;
using testfleet::FaultProxy;

namespace {

struct ImportOutcome
{
    archive::ImportProgress progress;
    std::optional<archive::ImportFailure> failure;
    QList<archive::ImportProgress> pages; // what each progress report said
};

class GenieImport : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{
protected:
    // `afterFirstPage` runs once the first page is written.
    ImportOutcome runImport(alerts::AlertBackend& backend, AlertArchive& archive,
        const archive::ImportSettings& settings, std::function<void()> afterFirstPage = {})
    {
        ImportOutcome out;
        bool finished = false;
        archive::HistoryImport importer(backend, archive, clock(), settings);
        importer.start(
            [&out, afterFirstPage](const archive::ImportProgress& p) {
                out.pages.append(p);
                if (out.pages.size() == 1 && afterFirstPage)
                    afterFirstPage();
            },
            [&](const archive::ImportProgress& p, std::optional<archive::ImportFailure> failure) {
                out.progress = p;
                out.failure = std::move(failure);
                finished = true;
            });
        EXPECT_TRUE(waitUntil([&] { return finished; }, 120'000)) << "the import did not finish";
        return out;
    }

    // The seeded alerts are from the last week.
    archive::ImportSettings lastWeek()
    {
        archive::ImportSettings settings;
        settings.from = server().now().addDays(-8);
        settings.to = server().now().addSecs(60);
        return settings;
    }

    AlertArchive memoryArchive()
    {
        auto opened = AlertArchive::open(u":memory:"_s);
        EXPECT_TRUE(opened) << text(opened.error());
        return std::move(*opened);
    }

    // The `offset` and page size of every list request the fake read.
    QList<std::pair<int, int>> listWindows()
    {
        QList<std::pair<int, int>> windows;
        for (const fakegenie::LoggedRequest& r : server().requestLog()) {
            if (!r.path.endsWith(u"/alerts"_s))
                continue;
            const QUrlQuery query(r.query);
            windows.append({query.queryItemValue(u"offset"_s).toInt(),
                query.queryItemValue(jsm() ? u"size"_s : u"limit"_s).toInt()});
        }
        return windows;
    }

    static std::string failureText(const std::optional<archive::ImportFailure>& failure)
    {
        return failure ? QString(failure->step + u": "_s + describe(failure->error)).toStdString() : std::string();
    }
};

} // namespace

TEST_P(GenieImport, ImportsEveryAlertOfTheRangeWithItsHistoryThroughRateLimiting)
{
    auto& server = start(GetParam());
    server.seedAlerts(150, 11);
    fakegenie::FakeAlert old = alertWith(u"Model not retrained for 9 days on churn-predictor"_s);
    old.createdAt = server.now().addDays(-30); // before the range
    const QString oldId = server.addAlert(old);
    // One search a page (Opsgenie: and the count), and the bucket refills slower than a page's logs are read: the
    // second page meets a 429.
    server.setRateLimit(FakeDomain::Search, {jsm() ? 1.0 : 2.0, 0.25, false});
    auto backend = this->backend();
    auto archive = memoryArchive();

    const ImportOutcome out = runImport(*backend, archive, lastWeek());
    ASSERT_FALSE(out.failure) << failureText(out.failure);
    EXPECT_GE(server.counters(FakeDomain::Search).throttled, 1);
    EXPECT_GE(out.progress.retries, 1);
    EXPECT_EQ(out.progress.alertsRead, 150);
    EXPECT_EQ(out.progress.newAlerts, 150);
    EXPECT_EQ(out.progress.total, 150);
    EXPECT_EQ(out.pages.size(), 2);
    EXPECT_EQ(archive.count().value_or(-1), 150);
    EXPECT_EQ(archive.records({}).value_or(QList<analytics::incidents::IncidentRecord>{}).size(), 150);

    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    QSet<QString> ids;
    for (const archive::ArchivedAlert& a : *stored) {
        ids.insert(a.alertId);
        const fakegenie::FakeAlert* source = server.alert(a.alertId);
        ASSERT_NE(source, nullptr);
        EXPECT_FALSE(a.seenLive);
        EXPECT_EQ(a.createdAt, source->createdAt);
        if (source->ackTime >= 0) {
            EXPECT_EQ(a.firstAckAt, source->createdAt.addMSecs(source->ackTime)) << a.tinyId.toStdString();
        }
        if (!source->isOpen()) {
            EXPECT_EQ(a.closedAt, source->createdAt.addMSecs(source->closeTime));
            EXPECT_EQ(a.closedBy, source->closedBy);
        }
    }
    EXPECT_FALSE(ids.contains(oldId)) << "created before the range";

    // A closed alert's history, from its log and notes: created, acknowledged (once), notes, closed.
    for (const fakegenie::FakeAlert* source : server.alerts()) {
        if (source->isOpen() || source->notes.isEmpty())
            continue;
        const auto history = archive.history(source->id);
        ASSERT_TRUE(history);
        QList<HistoryKind> kinds;
        for (const auto& entry : *history) {
            if (entry.kind != HistoryKind::Assigned)
                kinds.append(entry.kind);
        }
        EXPECT_EQ(kinds.count(HistoryKind::Created), 1);
        EXPECT_EQ(kinds.count(HistoryKind::Acknowledged), 1);
        EXPECT_EQ(kinds.count(HistoryKind::Note), source->notes.size());
        EXPECT_EQ(kinds.count(HistoryKind::Closed), 1);
        break;
    }
    for (const fakegenie::LoggedRequest& r : server.requestLog()) {
        if (r.path.endsWith(u"/alerts"_s)) {
            const QString query = QUrlQuery(r.query).queryItemValue(u"query"_s, QUrl::FullyDecoded);
            EXPECT_TRUE(query.contains(u"createdAt>="_s)) << query.toStdString();
            EXPECT_TRUE(r.query.contains(u"order=asc"_s)) << r.query.toStdString();
        }
    }
}

TEST_P(GenieImport, AnAlertSeenLiveAndImportedCountsOnceAndASecondImportAddsNothing)
{
    auto& server = start(GetParam());
    server.seedAlerts(150, 5);
    auto backend = this->backend();
    auto archive = memoryArchive();
    // The console was running for part of the week: it archived what its poll showed.
    const auto polled = list(*backend, consoleQuery(clock().now()));
    ASSERT_TRUE(polled) << text(polled.error());
    ASSERT_GT(polled->alerts.size(), 20);
    const auto live = archive.observe(polled->alerts);
    ASSERT_TRUE(live);

    const ImportOutcome first = runImport(*backend, archive, lastWeek());
    ASSERT_FALSE(first.failure) << failureText(first.failure);
    EXPECT_EQ(first.progress.alertsRead, 150);
    EXPECT_EQ(first.progress.newAlerts, 150 - live->newAlerts);
    EXPECT_EQ(archive.count().value_or(-1), 150);
    EXPECT_EQ(archive.records({}).value_or(QList<analytics::incidents::IncidentRecord>{}).size(), 150);
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    int seenLive = 0;
    for (const archive::ArchivedAlert& a : *stored)
        seenLive += a.seenLive ? 1 : 0;
    EXPECT_EQ(seenLive, live->newAlerts);
    for (const alerts::Alert& a : polled->alerts) {
        if (!a.acknowledgedAt.isValid())
            continue;
        int acks = 0;
        for (const auto& entry : archive.history(a.id).value_or(QList<archive::HistoryEntry>{}))
            acks += entry.kind == HistoryKind::Acknowledged ? 1 : 0;
        EXPECT_EQ(acks, 1) << "the acknowledgement seen live and the one in the log are one: "
                           << a.tinyId.toStdString();
    }

    const ImportOutcome second = runImport(*backend, archive, lastWeek());
    ASSERT_FALSE(second.failure) << failureText(second.failure);
    EXPECT_EQ(second.progress.alertsRead, 150);
    EXPECT_EQ(second.progress.newAlerts, 0);
    EXPECT_EQ(second.progress.newEntries, 0);
    EXPECT_EQ(archive.count().value_or(-1), 150);
}

TEST_P(GenieImport, StartsTheListingAgainRatherThanPagingDeep)
{
    auto& server = start(GetParam());
    server.seedAlerts(260, 3);
    auto backend = this->backend();
    auto archive = memoryArchive();
    archive::ImportSettings settings = lastWeek();
    settings.pageSize = 50;
    settings.depthLimit = 120; // 20,000 on the real services; small here to need three windows

    const ImportOutcome out = runImport(*backend, archive, settings);
    ASSERT_FALSE(out.failure) << failureText(out.failure);
    EXPECT_EQ(out.progress.alertsRead, 260);
    EXPECT_EQ(archive.count().value_or(-1), 260);
    const auto windows = listWindows();
    int restarts = 0;
    for (const auto& [offset, size] : windows) {
        EXPECT_LT(offset + size, 120) << "offset " << offset;
        restarts += offset == 0 ? 1 : 0;
    }
    EXPECT_GE(restarts, 3);
}

TEST_P(GenieImport, AFailureKeepsWhatWasImportedAndRunningAgainFinishes)
{
    auto& server = start(GetParam());
    server.seedAlerts(250, 9);
    FaultProxy proxy(server.url());
    ASSERT_TRUE(proxy.listen());
    auto backend = this->backend({}, std::nullopt, nullptr, proxy.url());
    auto archive = memoryArchive();
    archive::ImportSettings settings = lastWeek();
    settings.maxRetries = 0;

    // A gateway in front of the service starts failing once the first page is in.
    const ImportOutcome broken
        = runImport(*backend, archive, settings, [&proxy] { proxy.setBehaviour(FaultProxy::html502()); });
    ASSERT_TRUE(broken.failure);
    EXPECT_EQ(broken.failure->error.httpStatus, 502) << failureText(broken.failure);
    EXPECT_TRUE(broken.failure->step.startsWith(u"reading the alerts created from "_s)) << failureText(broken.failure);
    EXPECT_TRUE(broken.failure->step.contains(u"alerts 101 to 200"_s)) << failureText(broken.failure);
    EXPECT_EQ(broken.progress.alertsRead, 100) << "the first page stays written";
    for (const archive::ArchivedAlert& a : archive.alerts({}).value_or(QList<archive::ArchivedAlert>{}))
        EXPECT_LE(a.createdAt, broken.progress.reached) << "everything up to `reached` is in, nothing after it";
    EXPECT_EQ(archive.count().value_or(-1), 100);

    proxy.pass();
    const ImportOutcome again = runImport(*backend, archive, lastWeek());
    ASSERT_FALSE(again.failure) << failureText(again.failure);
    EXPECT_EQ(again.progress.newAlerts, 150);
    EXPECT_EQ(archive.count().value_or(-1), 250);
}

TEST_P(GenieImport, ALogThatCannotBeReadStopsTheImportAndSaysWhichAlert)
{
    auto& server = start(GetParam());
    server.seedAlerts(20, 9);
    server.setRateLimit(FakeDomain::Alert, {0.0, 0.0001, false}); // every log read is refused
    auto backend = this->backend();
    auto archive = memoryArchive();
    archive::ImportSettings settings = lastWeek();
    settings.maxRetries = 0;

    const ImportOutcome out = runImport(*backend, archive, settings);
    ASSERT_TRUE(out.failure);
    EXPECT_EQ(out.failure->error.code, ErrorCode::RateLimited) << failureText(out.failure);
    EXPECT_TRUE(out.failure->step.startsWith(u"reading the activity log of alert "_s)) << failureText(out.failure);
    bool named = false;
    for (const fakegenie::FakeAlert* a : server.alerts())
        named = named || out.failure->step.contains(u"(id "_s + a->id + u')');
    EXPECT_TRUE(named) << failureText(out.failure);
    EXPECT_EQ(out.progress.alertsRead, 0);
    EXPECT_FALSE(out.progress.reached.isValid());
    EXPECT_EQ(archive.count().value_or(-1), 0) << "an alert is written with its history or not at all";
}

TEST_P(GenieImport, ABriefOutageIsWaitedOut)
{
    auto& server = start(GetParam());
    server.seedAlerts(150, 9);
    FaultProxy proxy(server.url());
    ASSERT_TRUE(proxy.listen());
    auto backend = this->backend({}, std::nullopt, nullptr, proxy.url());
    auto archive = memoryArchive();
    archive::ImportSettings settings = lastWeek();
    settings.retryDelay = std::chrono::milliseconds(200);

    const ImportOutcome out
        = runImport(*backend, archive, settings, [&proxy] { proxy.setBehaviour(FaultProxy::html502(), 6); });
    ASSERT_FALSE(out.failure) << failureText(out.failure);
    EXPECT_GE(out.progress.retries, 1);
    EXPECT_EQ(archive.count().value_or(-1), 150);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieImport, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);
