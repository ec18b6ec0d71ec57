#pragma once

// The history page over a real archive in a temporary file, filled as the console fills it, for the history
// page tests.

#include "UiTestSupport.h"
#include "archive/AlertArchive.h"
#include "archive/AlertHistoryDetailView.h"
#include "archive/AlertHistoryEntriesModel.h"
#include "archive/AlertHistoryFilterBar.h"
#include "archive/AlertHistoryModel.h"
#include "archive/AlertHistoryPage.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// The alert history: archived alerts browsed and searched, read from a real archive on its own thread.
using namespace Qt::StringLiterals;
using namespace wk;
using archive::AlertArchive;
using ui::AlertHistoryEntriesModel;
using ui::AlertHistoryFilterBar;
using ui::AlertHistoryModel;
using ui::AlertHistoryPage;
using uitest::waitUntil;

// Each history test file gets its own copy: the helpers and the fixture are local to it.
namespace {

const QDateTime kNow = QDateTime::fromString(u"2026-11-20T12:00:00.000Z"_s, Qt::ISODateWithMs);

alerts::Alert alertOf(const QString& tinyId, const QString& message, alerts::Priority priority, const QString& team,
    const QString& service, const QDateTime& createdAt)
{
    alerts::Alert a;
    a.id = u"a-"_s + tinyId;
    a.tinyId = tinyId;
    a.message = message;
    a.priority = priority;
    a.team = team;
    a.service = service;
    a.source = u"prometheus"_s;
    a.createdAt = createdAt;
    a.updatedAt = createdAt;
    return a;
}

// How the console saw an alert over its life, poll by poll: open, then acknowledged (with an escalation and a
// note if asked), then closed. Each state is one observe(), as the poller gives them.
QList<QList<alerts::Alert>> lifeOf(alerts::Alert a, const QString& acker, qint64 ackAfter, qint64 closeAfter,
    int escalation = 0, const QString& note = {})
{
    QList<QList<alerts::Alert>> polls{{a}};
    if (!acker.isEmpty()) {
        a.status = alerts::AlertStatus::Acknowledged;
        a.acknowledgedAt = a.createdAt.addSecs(ackAfter);
        a.acknowledgedBy = acker;
        a.escalationLevel = escalation;
        a.updatedAt = a.acknowledgedAt.addSecs(30);
        if (!note.isEmpty())
            a.notes = {{a.acknowledgedAt.addSecs(60), acker, note}};
        polls.append({a});
    }
    if (closeAfter > 0) {
        a.status = alerts::AlertStatus::Closed;
        a.closedAt = a.createdAt.addSecs(closeAfter);
        a.updatedAt = a.closedAt;
        polls.append({a});
    }
    return polls;
}

// Five alerts over 100 days; #1810 is still open.
QList<QList<alerts::Alert>> knownPolls()
{
    using alerts::Priority;
    QList<QList<alerts::Alert>> polls;
    polls += lifeOf(alertOf(u"1791"_s, u"Model accuracy below 85%: fraud-scorer at 0.801"_s, Priority::P2,
                        u"Data Science"_s, u"fraud-scorer"_s, kNow.addDays(-2)),
        u"ada"_s, 240, 2820, 1, u"label join dropped rows"_s);
    polls += lifeOf(alertOf(u"1802"_s, u"Feature store is stale: user_features 3 h behind"_s, Priority::P3,
                        u"Platform"_s, u"feature-store"_s, kNow.addDays(-10)),
        u"bo"_s, 720, 7200);
    polls += lifeOf(alertOf(u"1810"_s, u"GPU node not ready: gpu-node-7"_s, Priority::P1, u"Platform, ML Infra"_s,
                        u"gpu-pool"_s, kNow.addDays(-1)),
        u"cy"_s, 90, 0);
    polls += lifeOf(alertOf(u"1650"_s, u"Inference latency p99 above 800 ms: ranker"_s, Priority::P2, u"Data Science"_s,
                        u"ranker"_s, kNow.addDays(-40)),
        {}, 0, 1800);
    polls += lifeOf(alertOf(u"1500"_s, u"Training job failed: churn-model nightly"_s, Priority::P4, u"ML Infra"_s,
                        u"trainer"_s, kNow.addDays(-100)),
        u"dee"_s, 3600, 5400);
    return polls;
}

class AlertHistoryPageTest : public ::testing::Test
{
protected:
    AlertHistoryPageTest()
    {
        path = dir.filePath(u"archive.sqlite"_s);
        worker = std::make_unique<AlertHistoryPage::ArchiveWorker>(
            u"archive"_s, [p = path]() { return AlertArchive::open(p); }, &context, nullptr);
    }

    ~AlertHistoryPageTest() override
    {
        testers.clear();
        page.reset();
        worker.reset();
    }

    void observe(const QList<QList<alerts::Alert>>& polls)
    {
        bool done = false;
        for (const auto& poll : polls) {
            worker->run<archive::ObserveCounts>(
                &context, [poll](AlertArchive& archive) { return archive.observe(poll); },
                [](Result<archive::ObserveCounts> counts) {
                    ASSERT_TRUE(counts) << counts.error().detail.toStdString();
                });
        }
        worker->run<qsizetype>(
            &context, [](AlertArchive& archive) { return archive.count(); },
            [&done](Result<qsizetype>) { done = true; });
        ASSERT_TRUE(waitUntil([&done] { return done; }));
    }

    void openPage(AlertHistoryPage::ArchiveWorker* archive)
    {
        page = std::make_unique<AlertHistoryPage>(archive, clock);
        page->resize(1400, 820);
        page->show();
        for (QAbstractItemModel* model :
            {static_cast<QAbstractItemModel*>(page->model()), static_cast<QAbstractItemModel*>(page->sortedModel()),
                static_cast<QAbstractItemModel*>(page->detailView()->entries())}) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
        settle();
    }

    void openKnownPage()
    {
        observe(knownPolls());
        openPage(worker.get());
    }

    void settle()
    {
        ASSERT_TRUE(waitUntil([this] { return !page->isWaiting(); }));
    }

    AlertHistoryFilterBar* filters() const { return page->filterBar(); }

    // What the table shows in a column, top to bottom.
    QStringList shown(int column) const
    {
        QStringList texts;
        const QAbstractItemModel* model = page->sortedModel();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, column).data().toString());
        return texts;
    }

    QString cell(const QString& tinyId, int column) const
    {
        const QAbstractItemModel* model = page->sortedModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AlertHistoryModel::TinyIdColumn).data().toString() == tinyId)
                return model->index(row, column).data().toString();
        }
        return u"(not listed)"_s;
    }

    QStringList entryColumn(int column) const
    {
        QStringList texts;
        const AlertHistoryEntriesModel* model = page->detailView()->entries();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, column).data().toString());
        return texts;
    }

    static void choose(QComboBox* picker, const QString& text)
    {
        const int index = picker->findText(text);
        ASSERT_GE(index, 0) << text.toStdString() << " is not offered";
        picker->setCurrentIndex(index);
    }

    // The texts of the page's labels a person can see.
    QStringList visibleLabels() const
    {
        QStringList texts;
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->isVisibleTo(page.get()) && !label->text().isEmpty())
                texts.append(label->text());
        }
        return texts;
    }

    QTemporaryDir dir;
    QString path;
    ManualClock clock{kNow};
    QObject context;
    std::unique_ptr<AlertHistoryPage::ArchiveWorker> worker;
    std::unique_ptr<AlertHistoryPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace
