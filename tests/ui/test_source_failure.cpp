#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/SourceStatusWidget.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/SwitchableMetrics.h"
#include "fakes/TestActions.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

TEST(SourceFailure, ADeadSourceKeepsTheLastGoodDataAndSaysSinceWhen)
{
    ManualClock clock(QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate));
    auto fleet = std::make_shared<const demo::DemoFleet>();
    demo::DemoMetricsBackend demoMetrics(fleet);
    auto switchable = std::make_shared<fakes::SwitchableMetrics>(demoMetrics);
    fakes::SwitchableMetrics& metrics = *switchable;
    sources::MetricsRouter router;
    router.add(u"demo"_s, switchable);
    demo::DemoAlertBackend alerts(fleet, clock, 0);
    polling::PollScheduler scheduler(clock);
    fakes::TestActions actions(alerts, clock);
    ui::MainWindow window(ui::ConsoleContext{
        router, alerts, actions.dispatcher, scheduler, clock, workspace::defaultWorkspace(), u"t"_s, u"Demo"_s});
    window.resize(1400, 900);
    window.show();
    auto settle
        = [&](const std::function<bool()>& done) { return uitest::waitUntil(done, 15'000, [&] { scheduler.tick(); }); };
    ui::DashboardWidget* health = window.activeDashboard();
    ui::PanelWidget* requests = health->panels().first();
    ASSERT_TRUE(settle([&] { return requests->chart()->pointCount() > 0; }));
    const int goodPoints = requests->chart()->pointCount();

    metrics.down = true;
    clock.advance(20'000);
    const QDateTime failedMoment = clock.now();
    const QString failedAt = QLocale().toString(failedMoment.toLocalTime().time(), u"HH:mm:ss"_s);
    ASSERT_TRUE(settle([&] { return requests->statusText().contains(u"⚠"_s); }))
        << requests->statusText().toStdString();
    // The panel says what is wrong and keeps drawing what it had.
    EXPECT_TRUE(requests->statusText().contains(u"stale since "_s + failedAt)) << requests->statusText().toStdString();
    EXPECT_TRUE(requests->isStale());
    EXPECT_TRUE(requests->chart()->isStale()) << "stale data is greyed";
    EXPECT_EQ(requests->chart()->pointCount(), goodPoints);
    // The status bar names the source, says it is failing and since when.
    QString status;
    for (auto* item : window.findChildren<ui::SourceStatusWidget*>()) {
        item->refresh();
        if (item->text().contains(metrics.sourceName()))
            status = item->text();
    }
    EXPECT_TRUE(status.contains(u"failing"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(failedAt)) << status.toStdString();

    // A day later and still down, the moments carry their date: down since yesterday does not read as this morning.
    clock.advance(24 * 3600 * 1000);
    const QString failedDay = QLocale().toString(failedMoment.toLocalTime().date(), u"d MMM"_s) + u" "_s + failedAt;
    ASSERT_TRUE(settle([&] { return requests->statusText().contains(failedDay); }))
        << requests->statusText().toStdString() << " should name " << failedDay.toStdString();
    for (auto* item : window.findChildren<ui::SourceStatusWidget*>()) {
        item->refresh();
        if (item->text().contains(metrics.sourceName()))
            status = item->text();
    }
    EXPECT_TRUE(status.contains(u"since "_s + failedDay)) << status.toStdString();

    // When it comes back, the panels recover without anyone touching them.
    metrics.down = false;
    clock.advance(60'000);
    ASSERT_TRUE(settle([&] { return !requests->statusText().contains(u"⚠"_s); }));
    EXPECT_FALSE(requests->isStale());
    EXPECT_FALSE(requests->chart()->isStale());
    EXPECT_GT(requests->chart()->pointCount(), 0);
}
