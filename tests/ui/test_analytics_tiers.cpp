// The Drift tier's drift panel and the SLOs tier, on the demo fleet as a user sees them.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "dashboards/VariableBar.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "drift/DriftHeatmap.h"
#include "drift/DriftTableModel.h"
#include "drift/DriftView.h"
#include "polling/DriftFetcher.h"
#include "slo/SloAlertsModel.h"
#include "slo/SloTableModel.h"
#include "slo/SloTierWidget.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/SwitchableMetrics.h"
#include "fakes/TestActions.h"

#include <QAbstractItemModelTester>
#include <QTabBar>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

// 100 minutes into a six-hour demo cycle: sentiment-api's text_length feature is drifting.
const QDateTime duringDrift = QDateTime::fromSecsSinceEpoch(qint64(1'800'000'000) / 21600 * 21600 + 100 * 60, Qt::UTC);

struct AnalyticsTiers : ::testing::Test
{
    ManualClock clock{duringDrift};
    std::shared_ptr<const demo::DemoFleet> fleet = std::make_shared<const demo::DemoFleet>();
    demo::DemoMetricsBackend demoMetrics{fleet};
    std::shared_ptr<fakes::SwitchableMetrics> metrics = std::make_shared<fakes::SwitchableMetrics>(demoMetrics);
    sources::MetricsRouter router;
    demo::DemoAlertBackend alerts{fleet, clock, 0};
    polling::PollScheduler scheduler{clock};
    fakes::TestActions actions{alerts, clock};
    std::unique_ptr<ui::MainWindow> window;

    void SetUp() override
    {
        router.add(u"demo"_s, metrics);
        window = std::make_unique<ui::MainWindow>(ui::ConsoleContext{
            router, alerts, actions.dispatcher, scheduler, clock, workspace::defaultWorkspace(), u"t"_s, u"Demo"_s});
        window->resize(1400, 900);
        window->show();
        auto* variables = window->findChild<ui::VariableBar*>();
        ASSERT_TRUE(settle([&] { return variables->select(u"service"_s, u"sentiment-api"_s); }));
    }

    bool settle(const std::function<bool()>& done, int timeoutMs = 20'000)
    {
        return uitest::waitUntil(done, timeoutMs, [&] { scheduler.tick(); });
    }

    void showTier(int index) { window->findChild<QTabBar*>()->setCurrentIndex(index); }

    ui::PanelWidget* driftPanel()
    {
        for (ui::DashboardWidget* dashboard : window->dashboards()) {
            for (ui::PanelWidget* panel : dashboard->panels()) {
                if (panel->panel().kind == workspace::PanelKind::Drift)
                    return panel;
            }
        }
        return nullptr;
    }
};

} // namespace

TEST_F(AnalyticsTiers, TheDriftPanelPutsTheDriftingFeatureFirst)
{
    ui::PanelWidget* panel = driftPanel();
    ASSERT_NE(panel, nullptr);
    ui::DriftTableModel* model = panel->drift()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    showTier(2);
    ASSERT_TRUE(settle([&] { return model->rowCount() >= 2; })) << panel->statusText().toStdString();

    EXPECT_EQ(model->index(0, ui::DriftTableModel::Feature).data().toString(), u"text_length"_s);
    EXPECT_EQ(model->index(0, ui::DriftTableModel::Verdict).data().toString(), u"major shift"_s);
    EXPECT_GT(model->index(0, ui::DriftTableModel::Psi).data().toString().toDouble(), 0.25);
    EXPECT_TRUE(model->index(0, ui::DriftTableModel::Ks).data().toString().startsWith(u"≥"_s));
    // The other features of the service stayed put.
    EXPECT_EQ(model->index(model->rowCount() - 1, ui::DriftTableModel::Verdict).data().toString(), u"stable"_s);
    EXPECT_TRUE(panel->drift()->captionText().contains(u"60m ending 180m earlier"_s))
        << panel->drift()->captionText().toStdString();

    ui::DriftHeatmap* heatmap = panel->drift()->heatmap();
    ASSERT_TRUE(settle([&] { return heatmap->cellAt(QPoint(heatmap->width() - 5, 4)).x() == 0; }));
    EXPECT_TRUE(heatmap->cellText(0, 23).contains(u"PSI"_s)) << heatmap->cellText(0, 23).toStdString();
}

TEST_F(AnalyticsTiers, TheDriftPanelKeepsItsTableWhenTheSourceDies)
{
    ui::PanelWidget* panel = driftPanel();
    showTier(2);
    ASSERT_TRUE(settle([&] { return panel->drift()->model()->rowCount() >= 2; }));
    const int rows = panel->drift()->model()->rowCount();
    metrics->down = true;
    clock.advance(20'000);
    ASSERT_TRUE(settle([&] { return panel->statusText().contains(u"stale since"_s); }))
        << panel->statusText().toStdString();
    EXPECT_EQ(panel->drift()->model()->rowCount(), rows);
    EXPECT_TRUE(panel->isStale());
}

TEST_F(AnalyticsTiers, TheSloTierShowsBudgetsAlertsAndTheirWindows)
{
    ui::SloTierWidget* tier = window->sloTier();
    ASSERT_NE(tier, nullptr);
    QAbstractItemModelTester tester(tier->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester alertsTester(tier->alertsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(window->findChild<QTabBar*>()->tabText(int(window->dashboards().size())), u"SLOs"_s);
    showTier(int(window->dashboards().size()));
    ui::SloTableModel* model = tier->model();
    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_TRUE(settle([&] { return model->report(0) && model->report(1); }, 60'000));

    EXPECT_EQ(model->index(0, ui::SloTableModel::Name).data().toString(), u"Availability"_s);
    EXPECT_TRUE(model->index(0, ui::SloTableModel::Budget).data().toString().endsWith(u"%"_s));
    EXPECT_TRUE(model->index(1, ui::SloTableModel::Period).data().toString().contains(u"Pyrra"_s));
    // The selected SLO's alerts: Sloth's four, with factors and both windows' live ratios.
    ASSERT_EQ(tier->alertsModel()->rowCount(), 4);
    EXPECT_EQ(tier->alertsModel()->index(0, ui::SloAlertsModel::Factor).data().toString(), u"14.4×"_s);
    EXPECT_EQ(tier->alertsModel()->index(0, ui::SloAlertsModel::Windows).data().toString(), u"5m & 1h"_s);
    EXPECT_TRUE(tier->alertsModel()->index(3, ui::SloAlertsModel::LongWindow).data().toString().startsWith(u"3d: "_s));
    EXPECT_TRUE(tier->detailText().contains(u"Objective 99 %"_s)) << tier->detailText().toStdString();

    // A dead source: the figures stay and the row says since when they are stale.
    const QString budget = model->index(0, ui::SloTableModel::Budget).data().toString();
    metrics->down = true;
    clock.advance(120'000);
    ASSERT_TRUE(settle(
        [&] { return model->index(0, ui::SloTableModel::Status).data().toString().contains(u"stale since"_s); }));
    EXPECT_EQ(model->index(0, ui::SloTableModel::Budget).data().toString(), budget);
}

TEST(SloTableModelText, DurationsReadAsAPersonSaysThem)
{
    EXPECT_EQ(ui::SloTableModel::durationText(45), u"45 s"_s);
    EXPECT_EQ(ui::SloTableModel::durationText(3000), u"50 min"_s);
    EXPECT_EQ(ui::SloTableModel::durationText(6.3 * 86400), u"6.3 days"_s);
    // A burn of almost nothing must not print a number of days longer than the universe is old.
    EXPECT_EQ(ui::SloTableModel::durationText(2.4e20), u"over a year"_s);
}
