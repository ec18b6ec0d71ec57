#include "MainWindow.h"
#include "UiTestSupport.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertListWidget.h"
#include "archive/AlertHistoryModel.h"
#include "archive/AlertHistoryPage.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoMetricsBackend.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsWindow.h"
#include "store/StoreWorker.h"
#include "workspace/WorkspaceLoader.h"

#include "fakes/TestActions.h"

#include <QAction>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

// The console on the demo fleet, archiving what it polls the way ConsoleSession wires it.
class MainWindowReportsTest : public ::testing::Test
{
protected:
    MainWindowReportsTest()
        : clock(std::make_shared<ManualClock>(QDateTime::fromString(u"2026-11-20T08:00:00Z"_s, Qt::ISODate)))
        , fleet(std::make_shared<const demo::DemoFleet>())
        , alerts(fleet, *clock, 0)
        , scheduler(*clock)
        , actions(alerts, *clock)
    {
        router.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(fleet));
        const QString path = dir.filePath(u"archive.sqlite"_s);
        archive = std::make_unique<store::StoreWorker<archive::AlertArchive>>(
            u"archive"_s, [path] { return archive::AlertArchive::open(path); }, nullptr, nullptr);
        ui::ConsoleContext context{router, alerts, actions.dispatcher, scheduler, *clock, workspace::defaultWorkspace(),
            u"tester"_s, u"Demo fleet"_s};
        context.archive = archive.get();
        context.archiveAlerts = [this](const QList<alerts::Alert>& page) {
            ++pagesArchived;
            archive->run<archive::ObserveCounts>(
                nullptr, [page](archive::AlertArchive& a) { return a.observe(page); }, nullptr);
        };
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
    std::unique_ptr<store::StoreWorker<archive::AlertArchive>> archive;
    int pagesArchived = 0;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(MainWindowReportsTest, TheReportsWindowReadsWhatTheConsoleArchived)
{
    ASSERT_TRUE(settle([&] { return window->alertList()->proxy()->rowCount() > 0 && pagesArchived > 0; }));
    QAction* action = nullptr;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->text() == u"Reports")
            action = a;
    }
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(u"Ctrl+Shift+R"_s));

    ui::ReportsWindow* reports = window->openReports();
    ASSERT_NE(reports, nullptr);
    EXPECT_EQ(window->openReports(), reports) << "one Reports window, raised again";
    EXPECT_EQ(reports->tabs()->tabText(0), u"Report"_s);
    EXPECT_EQ(reports->tabs()->tabText(1), u"History"_s);
    ui::ReportView* view = reports->reportView();
    ASSERT_TRUE(settle([&] { return view->report() && view->report()->figures.overall.alerts > 0; }))
        << view->statusText().toStdString();
    // The demo alerts the list shows are the ones the report counts (the archive keeps closed ones too).
    EXPECT_GE(view->report()->figures.overall.alerts, qsizetype(window->alertList()->proxy()->rowCount()));

    // The demo workspace's SLOs, asked of the demo source over the report's 30 days.
    ASSERT_TRUE(settle([&] { return view->tableModel(u"slo"_s) != nullptr; }));
    ui::ReportTableModel* slo = view->tableModel(u"slo"_s);
    EXPECT_EQ(slo->rowCount(), qsizetype(workspace::defaultWorkspace().slos.size()));
    for (int row = 0; row < slo->rowCount(); ++row) {
        EXPECT_NE(slo->index(row, 2).data().toString(), u"-"_s)
            << slo->index(row, 0).data().toString().toStdString() << ": "
            << slo->index(row, 3).data().toString().toStdString();
    }

    // The History tab lists the same archive.
    reports->tabs()->setCurrentIndex(1);
    ui::AlertHistoryPage* history = reports->historyPage();
    ASSERT_NE(history, nullptr);
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    reports->resize(1400, 900);
    reports->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    EXPECT_TRUE(reports->grab().toImage().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/reports-window.png"_s));
}
