#pragma once

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/SourceStatusWidget.h"
#include "polling/PollScheduler.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <functional>

// What the fault tests share: reading the console the way a person does (the status bar's words, times as the
// console prints them) and driving the poll scheduler without sleeping.
namespace wk::faults {

// A time as the status bar and the panels print it: local wall time, HH:mm:ss.
inline QString shownTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

// The status bar entry of one source, as shown now.
inline QString statusOf(ui::MainWindow& window, const QString& source)
{
    for (auto* item : window.findChildren<ui::SourceStatusWidget*>()) {
        item->refresh();
        if (item->text().contains(source.toHtmlEscaped()))
            return item->text();
    }
    return QStringLiteral("<no status entry for %1>").arg(source);
}

// Its tooltip: the technical detail behind the words.
inline QString statusToolTipOf(ui::MainWindow& window, const QString& source)
{
    for (auto* item : window.findChildren<ui::SourceStatusWidget*>()) {
        item->refresh();
        if (item->text().contains(source.toHtmlEscaped()))
            return item->toolTip();
    }
    return {};
}

// Ticks the scheduler and spins the event loop until `done` holds.
inline bool settle(polling::PollScheduler& scheduler, const std::function<bool()>& done, int timeoutMs = 20'000)
{
    return uitest::waitUntil(done, timeoutMs, [&scheduler] { scheduler.tick(); });
}

// Polls job `id` once more, now, and waits for its answer.
inline bool pollOnce(polling::PollScheduler& scheduler, const QString& id, int timeoutMs = 20'000)
{
    if (!settle(
            scheduler, [&] { return !scheduler.isInFlight(id); }, timeoutMs))
        return false;
    const int before = scheduler.startedCount(id);
    scheduler.pollNow(id);
    return settle(
        scheduler, [&] { return scheduler.startedCount(id) > before && !scheduler.isInFlight(id); }, timeoutMs);
}

// Answers every message box the console puts up (the console's start-up warnings are modal), keeping its words.
class DialogWatcher : public QObject
{
public:
    DialogWatcher()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                texts.append(box->windowTitle() + QStringLiteral(": ") + box->text());
                box->done(QMessageBox::Ok);
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace wk::faults
