#pragma once

#include "alerts/AlertDetailView.h"
#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "common/Clock.h"
#include "fakes/FakeAlertBackend.h"
#include "fakes/TestActions.h"
#include "ui/UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

// Readable failures: gtest would otherwise print a QString as raw bytes.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace wk::alertlisttest {

using namespace Qt::StringLiterals;
using namespace wk::alerts;

inline const QDateTime kNow = QDateTime::fromString(u"2026-03-01T03:00:00Z"_s, Qt::ISODate);

inline Alert makeAlert(const QString& id, const QString& message, Priority priority, qint64 ageSeconds,
    AlertStatus status, const QString& service, const QString& team, const QString& owner = {})
{
    Alert a;
    a.id = id;
    a.tinyId = QString::number(1790 + QStringView(id).mid(1).toInt());
    a.alias = service + u'/' + id;
    a.message = message;
    a.priority = priority;
    a.status = status;
    a.service = service;
    a.team = team;
    a.owner = owner;
    a.createdAt = kNow.addSecs(-ageSeconds);
    a.updatedAt = a.createdAt;
    a.lastOccurredAt = a.createdAt;
    if (status == AlertStatus::Acknowledged) {
        a.acknowledgedAt = kNow.addSecs(-ageSeconds / 2);
        a.acknowledgedBy = owner;
    }
    if (status == AlertStatus::Closed)
        a.closedAt = kNow.addSecs(-ageSeconds / 3);
    if (status == AlertStatus::Snoozed)
        a.snoozedUntil = kNow.addSecs(3600);
    return a;
}

// A night on call for a team that runs models in production.
inline QList<Alert> sampleAlerts()
{
    using enum Priority;
    using enum AlertStatus;
    Alert latency = makeAlert(
        u"a1"_s, u"Model serving latency p99 above 800 ms"_s, P1, 45, Open, u"ranker-api"_s, u"ml-platform"_s);
    latency.count = 3;
    latency.lastOccurredAt = kNow.addSecs(-20);
    latency.description = u"p99 latency of /v2/rank has been above 800 ms for 5 minutes.\n"
                          u"Traffic is normal; GPU queue time is rising."_s;
    latency.tags = {u"latency"_s, u"slo:ranker-availability"_s, u"gpu"_s};
    latency.runbookUrl = u"https://runbooks.example.com/ranker/latency"_s;
    latency.details = {{u"region"_s, u"eu-west-1"_s}, {u"threshold"_s, u"800 ms"_s}, {u"value"_s, u"1.42 s"_s}};
    latency.notes = {{kNow.addSecs(-30), u"dana.k"_s, u"Looking at the GPU node pool."_s}};

    Alert errors = makeAlert(u"a2"_s, u"Inference error rate above 5 %"_s, P1, 12 * 60, Acknowledged, u"fraud-scorer"_s,
        u"risk-ml"_s, u"dana.k"_s);
    errors.escalationLevel = 1;
    errors.count = 14;

    return {
        latency,
        errors,
        makeAlert(u"a3"_s, u"GPU memory above 95 % on gpu-node-7"_s, P2, 3 * 3600 + 5 * 60, Open,
            u"inference-gateway"_s, u"ml-infra"_s),
        makeAlert(u"a4"_s, u"Prediction confidence collapsed for segment \"new users\""_s, P2, 26 * 60, Open,
            u"recommender"_s, u"personalization"_s),
        makeAlert(u"a5"_s, u"Feature drift: PSI 0.31 on account_age_days"_s, P3, 2 * 86400 + 3600, Open,
            u"fraud-scorer"_s, u"risk-ml"_s),
        makeAlert(u"a6"_s, u"Ground-truth labels delayed more than 6 h"_s, P3, 7 * 3600, Snoozed, u"label-pipeline"_s,
            u"data-eng"_s),
        makeAlert(u"a7"_s, u"Batch scoring job ran 40 % longer than usual"_s, P3, 9 * 60, Acknowledged,
            u"batch-scorer"_s, u"data-eng"_s, u"lee.m"_s),
        makeAlert(u"a8"_s, u"Canary model accuracy 0.4 pt below champion"_s, P4, 50 * 60, Open, u"ranker-api"_s,
            u"ml-platform"_s),
        makeAlert(u"a9"_s, u"Feature store read latency elevated"_s, P4, 95 * 60, Open, u"feature-store-online"_s,
            u"ml-infra"_s),
        makeAlert(u"a10"_s, u"Model registry holds 3 stale model versions"_s, P5, 4 * 86400, Open, u"model-registry"_s,
            u"ml-platform"_s),
        makeAlert(u"a11"_s, u"Queue depth above 10k requests"_s, P2, 5 * 3600, Closed, u"inference-gateway"_s,
            u"ml-infra"_s, u"sam"_s),
        makeAlert(u"a12"_s, u"Heartbeat missed from drift-exporter"_s, P5, 20 * 3600, Closed, u"drift-exporter"_s,
            u"ml-platform"_s),
    };
}

// An expired heartbeat, as the Opsgenie backend reports it: an alert nobody can act on.
inline Alert heartbeatAlert()
{
    Alert a = makeAlert(u"heartbeat:feature-pipeline"_s, u"Heartbeat feature-pipeline expired"_s, Priority::P2, 600,
        AlertStatus::Open, u"feature-pipeline"_s, u"data-eng"_s);
    a.tinyId.clear();
    return a;
}

// Answers the next modal dialog once it shows: `answer` fills it in, then accepts or rejects it. Gives up after
// `timeoutMs`, so a test that expects no dialog is not left with a timer.
inline void whenDialogOpens(QObject* context, std::function<void(QWidget*)> answer, int timeoutMs = 3000)
{
    auto* timer = new QTimer(context);
    timer->setInterval(5);
    auto left = std::make_shared<int>(timeoutMs / 5);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer = std::move(answer), left] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr && --*left > 0)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog != nullptr)
            answer(dialog);
    });
    timer->start();
}

class AlertListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        widget.resize(1400, 500);
        widget.setAlerts(backend.alerts());
    }

    // Shortcuts need an active window with the focus in the table.
    bool showFocused()
    {
        widget.show();
        widget.activateWindow();
        if (!QTest::qWaitForWindowActive(&widget))
            return false;
        widget.view()->setFocus();
        return widget.view()->hasFocus();
    }

    QAbstractButton* button(const QString& name) { return widget.findChild<QAbstractButton*>(name); }
    QComboBox* combo(const QString& name) { return widget.findChild<QComboBox*>(name); }
    wk::ui::AlertDetailView* detail() { return widget.findChild<wk::ui::AlertDetailView*>(); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        // A window manager hands activation back to the window when a dialog closes; the offscreen platform does not.
        if (QApplication::activeWindow() != widget.window()) {
            widget.activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(&widget));
        }
        QTest::keyClick(widget.view(), k, modifiers);
    }

    void select(const QStringList& ids)
    {
        QItemSelection selection;
        const QAbstractItemModel* shown = widget.view()->model();
        QModelIndex first;
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (!ids.contains(shown->index(row, 0).data(wk::ui::AlertTableModel::AlertIdRole).toString()))
                continue;
            selection.select(shown->index(row, 0), shown->index(row, shown->columnCount() - 1));
            if (!first.isValid())
                first = shown->index(row, 0);
        }
        widget.view()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        widget.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    // Actions travel through the outbox: sent on the next turns of the event loop, confirmed a poll later.
    bool sent(int count)
    {
        return wk::uitest::waitUntil([&] { return backend.submitted().size() >= count; }, 2000);
    }
    bool settle()
    {
        return wk::uitest::waitUntil([&] { return actions.dispatcher.unfinished() == 0; }, 2000)
            && wk::uitest::waitUntil([&] { return !anyPending(); }, 2000);
    }
    bool anyPending() const
    {
        for (int row = 0; row < widget.model()->rowCount(); ++row) {
            if (widget.model()->isPending(widget.model()->alertAt(row)->id))
                return true;
        }
        return false;
    }
    bool answerNext(const std::function<bool()>& answer)
    {
        if (!wk::uitest::waitUntil([&] { return backend.pendingCount() > 0; }, 2000) || !answer())
            return false;
        const bool settled = settle();
        QTest::qWait(20); // the alert as the service now has it follows the confirmation
        return settled;
    }
    bool completeNext()
    {
        return answerNext([&] { return backend.completeNext(); });
    }
    bool failNext(const QString& reason)
    {
        return answerNext([&] { return backend.failNext(reason); });
    }

    QString status(const QString& id) { return cell(id, wk::ui::AlertTableModel::StatusColumn); }
    QString cell(const QString& id, int column, int role = Qt::DisplayRole)
    {
        const wk::ui::AlertTableModel* model = widget.model();
        return model->index(*model->rowOf(id), column).data(role).toString();
    }
    QStringList visibleIds()
    {
        QStringList ids;
        const QAbstractItemModel* shown = widget.view()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.append(shown->index(row, 0).data(wk::ui::AlertTableModel::AlertIdRole).toString());
        return ids;
    }
    QStringList sentIds()
    {
        QStringList ids;
        for (const AlertAction& action : backend.submitted())
            ids.append(action.alertId);
        return ids;
    }
    void pollAgain() { widget.setAlerts(backend.alerts()); }

    using Tester = QAbstractItemModelTester;
    wk::ManualClock clock{kNow};
    wk::fakes::FakeAlertBackend backend{clock, sampleAlerts()};
    wk::fakes::TestActions actions{backend, clock};
    wk::ui::AlertListWidget widget{backend, actions.dispatcher, clock, u"sam"_s};
    Tester modelTester{widget.model(), Tester::FailureReportingMode::Fatal};
    Tester proxyTester{widget.proxy(), Tester::FailureReportingMode::Fatal};
};

} // namespace wk::alertlisttest
