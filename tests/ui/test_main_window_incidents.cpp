#include "MainWindow.h"
#include "UiTestSupport.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "dashboards/VariableBar.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentService.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/TimelineModel.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/TestActions.h"

#include <QAction>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

// A moment when the demo fleet has fraud-scorer's accuracy alert open.
QDateTime demoMoment()
{
    const qint64 minute = 60'000;
    const qint64 cycle = demo::IncidentScript::cycleMinutes * minute;
    const qint64 start = QDateTime::fromString(u"2026-11-20T06:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(start / cycle * cycle + 112 * minute, Qt::UTC);
}

class MainWindowIncidentsTest : public ::testing::Test
{
protected:
    MainWindowIncidentsTest()
        : clock(std::make_shared<ManualClock>(demoMoment()))
        , fleet(std::make_shared<const demo::DemoFleet>())
        , alerts(fleet, *clock, 0)
        , scheduler(*clock)
        , actions(alerts, *clock)
        , service(dir.filePath(u"incidents.sqlite"_s), clock, nullptr, {})
    {
        router.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(fleet));
        runbooks::RunbookLibrary library;
        library.loadFolders({u":/runbooks"_s});
        desk = std::make_unique<ui::IncidentDesk>(
            service, alerts, *clock, library, ui::IncidentDesk::Options{u"tester"_s, u"demo"_s, 3'600'000});
        ui::ConsoleContext context{router, alerts, actions.dispatcher, scheduler, *clock, workspace::defaultWorkspace(),
            u"tester"_s, u"Demo fleet"_s};
        context.incidents = desk.get();
        window = std::make_unique<ui::MainWindow>(std::move(context));
        window->resize(1400, 900);
        window->show();
    }

    bool settle(const std::function<bool()>& done)
    {
        return uitest::waitUntil(done, 15'000, [this] { scheduler.tick(); });
    }

    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock;
    std::shared_ptr<const demo::DemoFleet> fleet;
    sources::MetricsRouter router;
    demo::DemoAlertBackend alerts;
    polling::PollScheduler scheduler;
    fakes::TestActions actions;
    incidents::IncidentService service;
    std::unique_ptr<ui::IncidentDesk> desk;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(MainWindowIncidentsTest, IncidentsIsTheLastTierAndOpeningOneNeedsASelection)
{
    QTabBar* tabs = window->tierTabs();
    EXPECT_EQ(tabs->tabText(tabs->count() - 1), u"Incidents"_s);
    auto* open = window->findChild<QAction*>(u"openIncidentAction"_s);
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->shortcut(), QKeySequence(Qt::Key_I));
    auto* list = window->alertList();
    ASSERT_TRUE(settle([&] { return list->proxy()->rowCount() > 0; }));
    list->view()->clearSelection();
    EXPECT_FALSE(open->isEnabled()) << "nothing selected, nothing to open an incident from";
    list->view()->selectRow(0);
    EXPECT_TRUE(open->isEnabled());
}

TEST_F(MainWindowIncidentsTest, APanelIsPinnedToTheOpenIncidentOfItsService)
{
    ui::DashboardWidget* health = window->activeDashboard();
    ASSERT_TRUE(settle([&] { return !health->panels().isEmpty() && health->panels().constFirst()->hasData(); }));
    const QString service = window->variableBar()->values().value(u"service"_s);
    ASSERT_FALSE(service.isEmpty());
    incidents::NewIncident draft;
    draft.title = u"Latency on "_s + service;
    draft.services = {service};
    window->incidentsPage()->openIncident(draft, {});
    ASSERT_TRUE(settle([&] { return desk->openIncidentFor(service) != nullptr; }));

    Q_EMIT health->panels().constFirst()->pinRequested();
    ui::IncidentView* view = window->incidentsPage()->view();
    ASSERT_TRUE(settle([&] {
        for (const auto& event : view->timeline()->events()) {
            if (event.kind == incidents::EventKind::Snapshot)
                return true;
        }
        return false;
    }));
    const auto& events = view->timeline()->events();
    const auto snapshot = std::find_if(events.cbegin(), events.cend(),
        [](const incidents::TimelineEvent& e) { return e.kind == incidents::EventKind::Snapshot; });
    EXPECT_TRUE(snapshot->payload.value(u"title"_s).toString().contains(service));
    EXPECT_FALSE(snapshot->payload.value(u"attachment"_s).toString().isEmpty());
}

TEST_F(MainWindowIncidentsTest, TheWarRoomShowsTheServicesChartsFullScreen)
{
    incidents::NewIncident draft;
    draft.title = u"fraud-scorer accuracy"_s;
    draft.services = {u"fraud-scorer"_s};
    window->incidentsPage()->openIncident(draft, {});
    ASSERT_TRUE(settle([&] { return desk->openIncidentFor(u"fraud-scorer"_s) != nullptr; }));
    QWidget* room = window->openWarRoom(desk->openIncidentFor(u"fraud-scorer"_s)->id);
    ASSERT_NE(room, nullptr);
    EXPECT_TRUE(room->isFullScreen());
    auto* charts = room->findChild<ui::DashboardWidget*>();
    ASSERT_NE(charts, nullptr);
    ASSERT_TRUE(settle([&] { return !charts->panels().isEmpty() && charts->panels().constFirst()->hasData(); }));
    EXPECT_TRUE(charts->dashboard().id.startsWith(u"warroom-"_s)) << "its own poll jobs, not the Health tier's";
    EXPECT_EQ(charts->dashboard().title, window->dashboards().constFirst()->dashboard().title);
    room->close();
}

TEST_F(MainWindowIncidentsTest, SelectedAlertsAreAddedToTheIncidentOnScreen)
{
    auto* list = window->alertList();
    ASSERT_TRUE(settle([&] { return list->proxy()->rowCount() > 0; }));
    incidents::NewIncident draft;
    draft.title = u"Something on the fleet"_s;
    window->incidentsPage()->openIncident(draft, {});
    ASSERT_TRUE(settle([&] { return window->incidentsPage()->view()->incidentId() != 0; }));
    const qint64 id = window->incidentsPage()->view()->incidentId();

    list->view()->selectRow(0);
    auto* add = window->findChild<QAction*>(u"addToIncidentAction"_s);
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(add->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_I));
    add->trigger();
    ASSERT_TRUE(settle([&] { return desk->incident(id) && desk->incident(id)->alerts.size() == 1; }));
    EXPECT_EQ(desk->incident(id)->alerts.constFirst().alertId, list->selectedAlertId());
    ASSERT_TRUE(settle([&] {
        const auto& events = window->incidentsPage()->view()->timeline()->events();
        return std::any_of(events.cbegin(), events.cend(),
            [](const incidents::TimelineEvent& e) { return e.kind == incidents::EventKind::AlertLinked; });
    }));
}
