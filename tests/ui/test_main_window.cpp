#include "MainWindow.h"
#include "UiTestSupport.h"
#include "alerts/AlertDetailView.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "alerts/RuleChartWidget.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "dashboards/StatWidget.h"
#include "dashboards/VariableBar.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/TestActions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QTabBar>
#include <QTableView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

constexpr qint64 minute = 60'000;

// Minute 110 of a fleet cycle: gpu-node-2 is down, churn-model's feature store is going stale, drift is on.
QDateTime busyMoment()
{
    const qint64 cycle = demo::IncidentScript::cycleMinutes * minute;
    const qint64 start = QDateTime::fromString(u"2026-11-20T06:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(start / cycle * cycle + 112 * minute, Qt::UTC);
}

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest()
        : clock(busyMoment())
        , fleet(std::make_shared<const demo::DemoFleet>())
        , metrics(std::make_shared<demo::DemoMetricsBackend>(fleet))
        , alerts(fleet, clock, 0)
        , scheduler(clock)
        , actions(alerts, clock)
    {
        router.add(u"demo"_s, metrics);
        window = std::make_unique<ui::MainWindow>(ui::ConsoleContext{router, alerts, actions.dispatcher, scheduler,
            clock, workspace::defaultWorkspace(), u"tester"_s, u"Demo fleet"_s});
        window->resize(1400, 900);
        window->show();
    }

    bool settle(const std::function<bool()>& done)
    {
        return uitest::waitUntil(done, 15'000, [this] { scheduler.tick(); });
    }

    int paintedCharts(ui::DashboardWidget* dashboard) const
    {
        int n = 0;
        for (auto* panel : dashboard->panels()) {
            if (panel->chart() && panel->chart()->pointCount() > 0)
                ++n;
        }
        return n;
    }

    ManualClock clock;
    std::shared_ptr<const demo::DemoFleet> fleet;
    std::shared_ptr<demo::DemoMetricsBackend> metrics;
    sources::MetricsRouter router;
    demo::DemoAlertBackend alerts;
    polling::PollScheduler scheduler;
    fakes::TestActions actions;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheDemoFleetWithChartsAndAlerts)
{
    auto* alertList = window->alertList();
    QAbstractItemModelTester modelTester(alertList->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(alertList->proxy(), QAbstractItemModelTester::FailureReportingMode::Warning);

    ui::DashboardWidget* health = window->activeDashboard();
    ASSERT_NE(health, nullptr);
    EXPECT_EQ(health->dashboard().id, u"health"_s);
    ASSERT_TRUE(settle([&] { return paintedCharts(health) == 4 && alertList->proxy()->rowCount() > 0; }))
        << "charts with data: " << paintedCharts(health) << ", alerts: " << alertList->proxy()->rowCount();

    // The service picker was filled from the fleet and the panels query the chosen service.
    QComboBox* service = window->variableBar()->combo(u"service"_s);
    ASSERT_NE(service, nullptr);
    EXPECT_EQ(service->count(), 3);
    // Every panel of the visible tier has data, a status line without errors, and stats show a value.
    for (auto* panel : health->panels()) {
        EXPECT_TRUE(panel->hasData()) << panel->panel().id.toStdString();
        EXPECT_FALSE(panel->statusText().contains(u"⚠"_s)) << panel->statusText().toStdString();
        if (panel->stat()) {
            EXPECT_TRUE(panel->stat()->valueText().endsWith(u" %"_s)) << panel->stat()->valueText().toStdString();
        }
    }
    // The GPU node that is down at this moment is in the list, as an open P1.
    bool nodeAlert = false;
    for (int row = 0; row < alertList->model()->rowCount(); ++row) {
        const QString message = alertList->model()->index(row, ui::AlertTableModel::MessageColumn).data().toString();
        const QString priority = alertList->model()->index(row, ui::AlertTableModel::PriorityColumn).data().toString();
        if (message.contains(u"gpu-node-2"_s) && priority == u"P1")
            nodeAlert = true;
    }
    EXPECT_TRUE(nodeAlert);

    QDir().mkpath(QStringLiteral(WK_SCREENSHOT_DIR));
    EXPECT_TRUE(window->grab().save(QStringLiteral(WK_SCREENSHOT_DIR "/main-window.png")));
}

TEST_F(MainWindowTest, OnlyTheVisibleTierIsPolled)
{
    ASSERT_TRUE(settle([&] { return paintedCharts(window->activeDashboard()) > 0; }));
    ui::DashboardWidget* quality = window->dashboards().at(1);
    for (auto* panel : quality->panels())
        EXPECT_EQ(scheduler.startedCount(quality->jobId(panel)), 0) << "hidden tier must not be polled";

    window->tierTabs()->setCurrentIndex(1);
    EXPECT_EQ(window->activeDashboard(), quality);
    ASSERT_TRUE(settle([&] { return paintedCharts(quality) >= 3; }));
    ui::DashboardWidget* health = window->dashboards().at(0);
    const int before = scheduler.startedCount(health->jobId(health->panels().first()));
    clock.advance(5 * minute);
    settle([&] {
        return paintedCharts(quality) >= 3 && !scheduler.isInFlight(quality->jobId(quality->panels().first()));
    });
    EXPECT_EQ(scheduler.startedCount(health->jobId(health->panels().first())), before);
}

TEST_F(MainWindowTest, AcknowledgingShowsPendingThenConfirmed)
{
    auto* alertList = window->alertList();
    ASSERT_TRUE(settle([&] { return alertList->proxy()->rowCount() > 0; }));
    // Pick an open alert and acknowledge it the way a person would: select the row, press A.
    QString id;
    for (int row = 0; row < alertList->model()->rowCount() && id.isEmpty(); ++row) {
        const QModelIndex status = alertList->model()->index(row, ui::AlertTableModel::StatusColumn);
        if (status.data().toString() == QCoreApplication::translate("AlertText", "Open"))
            id = status.data(ui::AlertTableModel::AlertIdRole).toString();
    }
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(alertList->selectAlert(id));
    alertList->acknowledgeSelected();
    const auto row = alertList->model()->rowOf(id);
    ASSERT_TRUE(row);
    const QModelIndex status = alertList->model()->index(*row, ui::AlertTableModel::StatusColumn);
    EXPECT_TRUE(status.data().toString().contains(u"Acknowledging"_s)) << status.data().toString().toStdString();

    ASSERT_TRUE(settle([&] {
        const auto r = alertList->model()->rowOf(id);
        return r && alertList->model()->index(*r, ui::AlertTableModel::OwnerColumn).data().toString() == u"tester";
    }));
    const auto after = alertList->model()->rowOf(id);
    EXPECT_EQ(
        alertList->model()->index(*after, ui::AlertTableModel::StatusColumn).data().toString(), u"Acknowledged"_s);

    // The next poll keeps it acknowledged: the backend, not the screen, holds the state.
    clock.advance(20'000);
    scheduler.pollNow(u"alerts"_s);
    const int polls = scheduler.startedCount(u"alerts"_s);
    ASSERT_TRUE(
        settle([&] { return scheduler.startedCount(u"alerts"_s) > polls && !scheduler.isInFlight(u"alerts"_s); }));
    const auto later = alertList->model()->rowOf(id);
    ASSERT_TRUE(later);
    EXPECT_EQ(
        alertList->model()->index(*later, ui::AlertTableModel::StatusColumn).data().toString(), u"Acknowledged"_s);
}

TEST_F(MainWindowTest, SelectingAnAlertShowsItsService)
{
    auto* alertList = window->alertList();
    ASSERT_TRUE(
        settle([&] { return alertList->proxy()->rowCount() > 0 && paintedCharts(window->activeDashboard()) > 0; }));
    QString id;
    // Only what the list shows (active alerts) can be selected.
    auto* shown = alertList->proxy();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ui::AlertTableModel::ServiceColumn).data().toString() == u"fraud-scorer")
            id = shown->index(row, 0).data(ui::AlertTableModel::AlertIdRole).toString();
    }
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(alertList->selectAlert(id));
    EXPECT_EQ(window->variableBar()->combo(u"service"_s)->currentText(), u"fraud-scorer"_s);
    // The details say who is on call for the alert's team, so the engineer knows who is paged next.
    auto* detail = alertList->findChild<ui::AlertDetailView*>(u"detailView"_s);
    ASSERT_NE(detail, nullptr);
    ASSERT_TRUE(settle([&] { return detail->toPlainText().contains(u"On call for"_s); }))
        << detail->toPlainText().toStdString();
    EXPECT_TRUE(detail->toPlainText().contains(u"primary"_s));
    // Beside the details, the rule's own expression around the moment it fired, with its threshold.
    auto* rule = alertList->ruleChart();
    ASSERT_TRUE(settle([&] { return rule->isVisible() && rule->chart()->pointCount() > 0; }))
        << "rule chart for " << rule->shownExpression().toStdString();
    EXPECT_FALSE(rule->shownExpression().contains(u'>') || rule->shownExpression().contains(u'<'))
        << "the chart shows the expression, not the comparison";
}

TEST_F(MainWindowTest, EveryTierOfTheDefaultWorkspaceFillsFromTheDemoFleet)
{
    QDir().mkpath(QStringLiteral(WK_SCREENSHOT_DIR));
    for (int tier = 0; tier < window->dashboards().size(); ++tier) {
        window->tierTabs()->setCurrentIndex(tier);
        ui::DashboardWidget* dashboard = window->activeDashboard();
        const auto panels = dashboard->panels();
        ASSERT_TRUE(settle([&] {
            return std::all_of(panels.begin(), panels.end(), [](auto* p) { return p->hasData(); });
        })) << dashboard->dashboard().id.toStdString();
        // Qt Charts lays out on a posted event: give every chart the chance to make room for its labels.
        uitest::waitUntil(
            [&] {
                return std::all_of(panels.begin(), panels.end(),
                    [](auto* p) { return !p->chart() || p->chart()->roomBelowPlot() >= p->fontMetrics().height(); });
            },
            3'000);
        for (auto* panel : panels) {
            EXPECT_FALSE(panel->statusText().contains(u"⚠"_s))
                << panel->panel().id.toStdString() << ": " << panel->statusText().toStdString();
            EXPECT_FALSE(panel->statusText().contains(u"no series"_s)) << panel->panel().id.toStdString();
            if (panel->chart()) {
                EXPECT_GT(panel->chart()->pointCount(), 0) << panel->panel().id.toStdString();
                EXPECT_FALSE(panel->chart()->labelsTruncated()) << panel->panel().id.toStdString();
                EXPECT_GE(panel->chart()->roomBelowPlot(), panel->fontMetrics().height())
                    << panel->panel().id.toStdString() << ": no room for the time axis labels";
            }
            if (panel->stat()) {
                EXPECT_NE(panel->stat()->valueText(), u"no data"_s) << panel->panel().id.toStdString();
            }
        }
        uitest::waitUntil([] { return false; }, 200); // let legends and layouts settle for the picture
        EXPECT_TRUE(window->grab().save(
            QStringLiteral(WK_SCREENSHOT_DIR "/tier-") + dashboard->dashboard().id + QStringLiteral(".png")));
    }
}

TEST_F(MainWindowTest, AnHourLaterTheListFollowsTheFleet)
{
    auto* model = window->alertList()->model();
    const QString open = QCoreApplication::translate("AlertText", "Open");
    // The id of the open alert whose message contains `text`; the list also holds closed ones from earlier cycles.
    auto openAlert = [&](const QString& text) -> QString {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::AlertTableModel::MessageColumn).data().toString().contains(text)
                && model->index(row, ui::AlertTableModel::StatusColumn).data().toString() == open)
                return model->index(row, 0).data(ui::AlertTableModel::AlertIdRole).toString();
        }
        return {};
    };
    ASSERT_TRUE(settle([&] { return !openAlert(u"gpu-node-2"_s).isEmpty(); }));
    const QString nodeId = openAlert(u"gpu-node-2"_s);
    EXPECT_TRUE(openAlert(u"Training job failed: churn-model"_s).isEmpty());

    // Minute 172 of the cycle: the node is back, and churn-model's retraining has just failed.
    clock.advance(60 * minute);
    scheduler.pollNow(u"alerts"_s);
    ASSERT_TRUE(settle([&] { return !openAlert(u"Training job failed: churn-model"_s).isEmpty(); }));
    const auto node = model->rowOf(nodeId);
    ASSERT_TRUE(node);
    EXPECT_EQ(model->index(*node, ui::AlertTableModel::StatusColumn).data().toString(),
        QCoreApplication::translate("AlertText", "Closed"));
    // Closed alerts leave the default (active) view.
    EXPECT_FALSE(window->alertList()->selectAlert(nodeId));
}
