#include "../support/SkipWhenMissing.h"
#include "UiTestSupport.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportView.h"
#include "store/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;
using wk::uitest::pdfText;
using namespace wk;
using wk::uitest::waitUntil;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

alerts::Alert alertAt(
    const QString& id, const QString& created, const QString& team, alerts::Priority priority, const QString& message)
{
    alerts::Alert a;
    a.id = id;
    a.tinyId = id.mid(2);
    a.message = message;
    a.team = team;
    a.service = team == u"payments" ? u"checkout"_s : u"ranker"_s;
    a.priority = priority;
    a.createdAt = utc(created);
    a.updatedAt = a.createdAt;
    return a;
}

void acknowledge(alerts::Alert& a, qint64 afterSeconds)
{
    a.acknowledgedAt = a.createdAt.addSecs(afterSeconds);
    a.acknowledgedBy = u"ada@example.com"_s;
    a.status = alerts::AlertStatus::Acknowledged;
}

void close(alerts::Alert& a, qint64 afterSeconds)
{
    a.closedAt = a.createdAt.addSecs(afterSeconds);
    a.status = alerts::AlertStatus::Closed;
}

// Four alerts worked out by hand: MTTA over the closed three is {120, 600, 300 (closed unacknowledged)}.
QList<alerts::Alert> fourAlerts()
{
    auto a1 = alertAt(u"a-1"_s, u"2026-11-19T09:00:00Z"_s, u"payments"_s, alerts::Priority::P1,
        u"Checkout p99 latency above 800 ms"_s); // Thursday, business hours
    acknowledge(a1, 120);
    close(a1, 1800);
    auto a2 = alertAt(u"a-2"_s, u"2026-11-18T23:30:00Z"_s, u"payments"_s, alerts::Priority::P2,
        u"Checkout p99 latency above 800 ms"_s); // Wednesday night: sleep hours
    acknowledge(a2, 600);
    close(a2, 3600);
    a2.escalationLevel = 1;
    auto a3 = alertAt(u"a-3"_s, u"2026-11-17T19:00:00Z"_s, u"ml-platform"_s, alerts::Priority::P3,
        u"Feature drift on user_age"_s); // Tuesday evening; went away on its own
    close(a3, 300);
    auto a4 = alertAt(u"a-4"_s, u"2026-11-20T10:00:00Z"_s, u"ml-platform"_s, alerts::Priority::P3,
        u"GPU node not ready"_s); // still open
    return {a1, a2, a3, a4};
}

// Five weeks of a realistic fleet, for the screenshot.
QList<alerts::Alert> fiveWeeks()
{
    const QStringList teams{u"payments"_s, u"ml-platform"_s, u"search"_s, u"data-science"_s};
    const QStringList messages{u"Checkout p99 latency above 800 ms"_s, u"Model accuracy below 85%"_s,
        u"Feature drift on user_age"_s, u"GPU node not ready"_s, u"Feature store stale"_s, u"Training job failed"_s,
        u"Error rate above 2%"_s};
    std::mt19937 random(11);
    std::exponential_distribution<double> ack(1.0 / 240.0);
    std::exponential_distribution<double> resolve(1.0 / 3000.0);
    QList<alerts::Alert> alerts;
    const QDateTime start = utc(u"2026-10-17T00:00:00Z"_s);
    for (int i = 0; i < 260; ++i) {
        const int roll = int(random() % 100);
        auto a = alertAt(u"x-%1"_s.arg(i), start.addSecs(qint64(random() % (35 * 86400))).toString(Qt::ISODate),
            teams[(roll + i) % 4 == 3 && roll > 40 ? 0 : (roll + i) % 4], alerts::Priority(1 + roll % 4),
            messages[roll % 7 == 6 ? 1 : std::min<int>(roll % 9, 6)]);
        if (roll >= 6)
            acknowledge(a, qint64(ack(random)) + 20);
        if (roll >= 2)
            close(a, qint64(ack(random) + resolve(random)) + 600);
        a.escalationLevel = roll < 9 ? 1 : 0;
        alerts.append(a);
    }
    return alerts;
}

QString cell(ui::ReportTableModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

class ReportViewTest : public ::testing::Test
{
protected:
    void fill(const QList<alerts::Alert>& alerts)
    {
        auto archive = archive::AlertArchive::open(dir.filePath(u"archive.sqlite"_s));
        ASSERT_TRUE(archive.has_value());
        ASSERT_TRUE(archive->observe(alerts).has_value());
    }

    void open(ui::SloComplianceSource slos = {}, QTimeZone zone = QTimeZone::utc())
    {
        const QString path = dir.filePath(u"archive.sqlite"_s);
        worker = std::make_unique<store::StoreWorker<archive::AlertArchive>>(
            u"archive"_s, [path] { return archive::AlertArchive::open(path); }, nullptr, nullptr);
        view = std::make_unique<ui::ReportView>(worker.get(), clock, zone, std::move(slos));
        view->resize(1360, 900);
        view->show();
        ASSERT_TRUE(waitUntil([&] { return view->report().has_value(); })) << view->statusText().toStdString();
    }

    // Waits for the report a filter change asked for.
    bool waitForAlerts(qsizetype alerts)
    {
        return waitUntil([&] { return view->report() && view->report()->figures.overall.alerts == alerts; });
    }

    QTemporaryDir dir;
    ManualClock clock{utc(u"2026-11-21T12:00:00Z"_s)};
    std::unique_ptr<store::StoreWorker<archive::AlertArchive>> worker;
    std::unique_ptr<ui::ReportView> view;
};

} // namespace

TEST_F(ReportViewTest, ShowsTheHandComputedFiguresAgainstTheirTargets)
{
    fill(fourAlerts());
    open();
    const auto& report = *view->report();
    EXPECT_EQ(report.figures.overall.alerts, 4);
    EXPECT_EQ(report.figures.overall.closed, 3);
    EXPECT_TRUE(view->statusText().contains(u"4 alerts (3 closed)"_s)) << view->statusText().toStdString();

    ui::ReportTableModel* targets = view->tableModel(u"targets"_s);
    ASSERT_NE(targets, nullptr);
    EXPECT_EQ(cell(targets, 0, 0), u"Escalation rate"_s);
    EXPECT_EQ(cell(targets, 0, 1), u"33.3 %"_s); // 1 escalated of 3 closed
    EXPECT_EQ(cell(targets, 0, 3), u"MISSED"_s);
    EXPECT_EQ(cell(targets, 1, 1), u"33.3 %"_s); // the drift alert went away on its own
    EXPECT_EQ(cell(targets, 2, 1), u"2"_s);      // the busiest team week
    EXPECT_EQ(cell(targets, 2, 3), u"met"_s);    // under 20
    EXPECT_EQ(cell(targets, 3, 1), u"5m 40s"_s); // MTTA mean of 120, 600 and 300 s
    EXPECT_EQ(cell(targets, 3, 3), u"MISSED"_s); // over 5 minutes

    ui::ReportTableModel* interruptions = view->tableModel(u"interruptions"_s);
    ASSERT_NE(interruptions, nullptr);
    EXPECT_EQ(cell(interruptions, 0, 1), u"2"_s); // business hours: Thursday 09:00 and Friday 10:00
    EXPECT_EQ(cell(interruptions, 0, 2), u"1"_s); // Tuesday 19:00
    EXPECT_EQ(cell(interruptions, 0, 3), u"1"_s); // Wednesday 23:30

    ui::ReportTableModel* noisy = view->tableModel(u"noisy"_s);
    ASSERT_NE(noisy, nullptr);
    EXPECT_EQ(cell(noisy, 0, 0), u"Checkout p99 latency above 800 ms"_s);
    EXPECT_EQ(cell(noisy, 0, 1), u"2"_s);

    // Every table is a sound model.
    for (const QString& id :
        {u"targets"_s, u"weekly"_s, u"groups"_s, u"team_volume"_s, u"interruptions"_s, u"noisy"_s}) {
        ui::ReportTableModel* model = view->tableModel(id);
        ASSERT_NE(model, nullptr) << id.toStdString();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_GT(model->rowCount(), 0) << id.toStdString();
    }
}

TEST_F(ReportViewTest, InterruptionsAreReadInTheOnCallTimeZone)
{
    fill(fourAlerts());
    open({}, QTimeZone("Asia/Bangkok")); // UTC+7
    ui::ReportTableModel* interruptions = view->tableModel(u"interruptions"_s);
    ASSERT_NE(interruptions, nullptr);
    // Thursday 16:00 and Friday 17:00 are at work; Tuesday 19:00 UTC is Wednesday 02:00 and Wednesday 23:30 is
    // Thursday 06:30: both asleep.
    EXPECT_EQ(cell(interruptions, 0, 1), u"2"_s);
    EXPECT_EQ(cell(interruptions, 0, 2), u"0"_s);
    EXPECT_EQ(cell(interruptions, 0, 3), u"2"_s);
}

TEST_F(ReportViewTest, FiltersNarrowTheReportAndOfferWhatTheArchiveHolds)
{
    fill(fourAlerts());
    open();
    QStringList teamChoices;
    for (QComboBox* combo : view->findChildren<QComboBox*>()) {
        if (combo->accessibleName() == u"Team")
            for (int i = 0; i < combo->count(); ++i)
                teamChoices.append(combo->itemText(i));
    }
    EXPECT_EQ(teamChoices, (QStringList{u"All teams"_s, u"ml-platform"_s, u"payments"_s}));

    view->filterBar()->setTeam(u"ml-platform"_s);
    ASSERT_TRUE(waitForAlerts(2));
    EXPECT_EQ(cell(view->tableModel(u"noisy"_s), 0, 0), u"Feature drift on user_age"_s);
    view->filterBar()->setPriority(alerts::Priority::P1);
    ASSERT_TRUE(waitForAlerts(0));
    EXPECT_TRUE(view->statusText().contains(u"No archived alert"_s)) << view->statusText().toStdString();

    // Two changes in a row: only the last one's report stays on screen.
    view->filterBar()->setPriority(std::nullopt);
    view->filterBar()->setTeam(QString());
    ASSERT_TRUE(waitForAlerts(4));
    QTest::qWait(200);
    EXPECT_EQ(view->report()->figures.overall.alerts, 4);

    // A period that ends before the alerts began shows none of them.
    view->filterBar()->setCustomRange(QDate(2026, 10, 1), QDate(2026, 10, 31));
    ASSERT_TRUE(waitForAlerts(0));
    EXPECT_EQ(view->report()->weeks.front().week, u"2026-W40"_s);
}

TEST_F(ReportViewTest, SloComplianceComesFromTheSources)
{
    fill(fourAlerts());
    QDateTime askedFrom;
    open([&askedFrom](const QDateTime& from, const QDateTime&, const QString&, QObject*,
             std::function<void(QList<reports::SloCompliance>)> done) {
        askedFrom = from;
        reports::SloCompliance availability;
        availability.name = u"Checkout availability"_s;
        availability.objective = 0.999;
        availability.achieved = 0.9995;
        availability.budgetBurned = 0.5;
        reports::SloCompliance latency;
        latency.name = u"Ranker latency"_s;
        latency.objective = 0.99;
        latency.achieved = 0.985;
        done({availability, latency});
    });
    ASSERT_TRUE(waitUntil([&] { return view->tableModel(u"slo"_s) != nullptr; }));
    EXPECT_EQ(askedFrom, utc(u"2026-10-22T12:00:00Z"_s)); // the last 30 days
    ui::ReportTableModel* slo = view->tableModel(u"slo"_s);
    QAbstractItemModelTester tester(slo, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cell(slo, 0, 2), u"99.95 %"_s);
    EXPECT_EQ(cell(slo, 0, 3), u"met"_s);
    EXPECT_EQ(cell(slo, 1, 3), u"MISSED"_s);
}

TEST_F(ReportViewTest, ExportsEveryTableAsCsvAndTheWholeReportAsPdf)
{
    fill(fourAlerts());
    open();
    const QString folder = dir.filePath(u"csv"_s);
    ASSERT_TRUE(view->exportCsv(folder).has_value());
    for (const QString& id : {u"targets"_s, u"weekly"_s, u"groups"_s, u"team_volume"_s, u"interruptions"_s, u"noisy"_s})
        EXPECT_TRUE(QFile::exists(QDir(folder).filePath(id + u".csv"_s))) << id.toStdString();
    QFile weekly(QDir(folder).filePath(u"weekly.csv"_s));
    ASSERT_TRUE(weekly.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(weekly.readAll());
    EXPECT_TRUE(csv.startsWith(u"Week,Alerts,Closed,MTTA mean (s)"_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"2026-W47,4,3,340,300,570,"_s)) << csv.toStdString();

    const QString pdf = dir.filePath(u"report.pdf"_s);
    ASSERT_TRUE(view->exportPdf(pdf).has_value());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        WK_SKIP_WHEN_MISSING("pdftotext is missing (scripts/bootstrap installs poppler-utils)");
    const QString text = pdfText(pdf).simplified();
    for (const QString& expected : {u"Alert report"_s, u"4 alerts, 3 closed, 1 open"_s, u"Escalation rate"_s,
             u"33.3 %"_s, u"MISSED"_s, u"MTTA and MTTR per week"_s, u"Noisiest alerts"_s,
             u"Checkout p99 latency above 800 ms"_s, u"How the figures are computed"_s, u"sleep hours"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " not in: " << text.toStdString();
}

TEST_F(ReportViewTest, ScreenshotOfFiveWeeks)
{
    fill(fiveWeeks());
    open();
    view->filterBar()->setLastDays(90);
    ASSERT_TRUE(waitForAlerts(260));
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    const QImage shot = view->grab().toImage();
    EXPECT_TRUE(shot.save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/report-view.png"_s));
    EXPECT_GT(shot.width(), 1000);
    EXPECT_TRUE(view->exportPdf(QString::fromUtf8(WK_SCREENSHOT_DIR) + u"/report.pdf"_s).has_value());
}

TEST(ReportViewWithoutArchive, SaysSo)
{
    ManualClock clock(utc(u"2026-11-21T12:00:00Z"_s));
    ui::ReportView view(nullptr, clock, QTimeZone::utc());
    EXPECT_TRUE(view.statusText().contains(u"No alert archive"_s)) << view.statusText().toStdString();
    EXPECT_FALSE(view.exportPdf(u"/tmp/never.pdf"_s).has_value());
}
