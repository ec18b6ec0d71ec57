#include "MainWindow.h"
#include "UiTestSupport.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "fakes/FakeAlertBackend.h"
#include "fakes/TestActions.h"
#include "workspace/WorkspaceLoader.h"

#include <QComboBox>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

TEST(SavedQueries, PickingOneMakesTheAlertListReadItFromTheService)
{
    ManualClock clock(QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate));
    sources::MetricsRouter router;
    router.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(std::make_shared<const demo::DemoFleet>()));
    fakes::FakeAlertBackend alerts(clock);
    fakes::TestActions actions(alerts, clock);
    polling::PollScheduler scheduler(clock);
    workspace::Workspace ws = workspace::defaultWorkspace();
    ws.alerts.savedQueries = {{u"p1"_s, u"status:open AND priority:P1"_s}, {u"mine"_s, u"owner:sam"_s}};
    ui::MainWindow window(
        ui::ConsoleContext{router, alerts, actions.dispatcher, scheduler, clock, ws, u"sam"_s, u"t"_s});
    window.show();

    auto* picker = window.findChild<QComboBox*>(u"savedQueries"_s);
    ASSERT_NE(picker, nullptr);
    ASSERT_EQ(picker->count(), 3);
    EXPECT_EQ(picker->itemText(1), u"p1"_s);
    scheduler.pollAllNow();
    ASSERT_TRUE(uitest::waitUntil([&] { return !alerts.listQueries().isEmpty(); }, 5000, [&] { scheduler.tick(); }));
    EXPECT_TRUE(alerts.listQueries().constLast().text.isEmpty()) << "the workspace's default query first";

    picker->setCurrentIndex(1);
    ASSERT_TRUE(
        uitest::waitUntil([&] { return alerts.listQueries().constLast().text == u"status:open AND priority:P1"_s; },
            5000, [&] { scheduler.tick(); }));
}

TEST(SavedQueries, NoPickerWithoutSavedQueries)
{
    ManualClock clock(QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate));
    sources::MetricsRouter router;
    router.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(std::make_shared<const demo::DemoFleet>()));
    fakes::FakeAlertBackend alerts(clock);
    fakes::TestActions actions(alerts, clock);
    polling::PollScheduler scheduler(clock);
    ui::MainWindow window(ui::ConsoleContext{
        router, alerts, actions.dispatcher, scheduler, clock, workspace::defaultWorkspace(), u"sam"_s, u"t"_s});
    EXPECT_EQ(window.findChild<QComboBox*>(u"savedQueries"_s), nullptr);
}
