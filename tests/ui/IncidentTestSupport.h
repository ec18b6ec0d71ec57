#pragma once

#include "UiTestSupport.h"
#include "common/Clock.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentService.h"
#include "incidents/TimelineEvent.h"

#include "fakes/FakeAlertBackend.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace wk::uitest {

using namespace Qt::StringLiterals;

inline QDateTime incidentMorning()
{
    return QDateTime::fromString(u"2026-11-21T03:00:00.000Z"_s, Qt::ISODateWithMs);
}

// Two alerts of fraud-scorer: #17 acknowledged by ada with a note from the alert service, #18 untouched.
inline QList<alerts::Alert> fraudAlerts()
{
    alerts::Alert first;
    first.id = u"a-17"_s;
    first.tinyId = u"17"_s;
    first.message = u"Model accuracy below 85%: fraud-scorer at 0.801"_s;
    first.priority = alerts::Priority::P2;
    first.service = u"fraud-scorer"_s;
    first.team = u"Data Science"_s;
    first.createdAt = incidentMorning().addSecs(-600);
    first.acknowledgedAt = incidentMorning().addSecs(-300);
    first.acknowledgedBy = u"ada"_s;
    first.status = alerts::AlertStatus::Acknowledged;
    first.notes = {{incidentMorning().addSecs(-200), u"ada"_s, u"looking at the label pipeline"_s}};
    first.details.insert(u"alertname"_s, u"ModelAccuracyDrop"_s);
    alerts::Alert second;
    second.id = u"a-18"_s;
    second.tinyId = u"18"_s;
    second.message = u"Prediction latency p99 above 500 ms: fraud-scorer"_s;
    second.priority = alerts::Priority::P3;
    second.service = u"fraud-scorer"_s;
    second.team = u"Data Science"_s;
    second.createdAt = incidentMorning().addSecs(-120);
    return {first, second};
}

// An incident desk over a real store in a temporary folder and a fake alert service.
struct IncidentFixture
{
    IncidentFixture()
        : clock(std::make_shared<ManualClock>(incidentMorning()))
        , alerts(*clock, fraudAlerts())
    {
        path = dir.filePath(u"incidents.sqlite"_s);
        open();
    }

    void open()
    {
        bool opened = false;
        service = std::make_unique<incidents::IncidentService>(
            path, clock, &context, [&opened](Result<void> result) { opened = result.has_value(); });
        EXPECT_TRUE(waitUntil([&opened] { return opened; }));
        ui::IncidentDesk::Options options;
        options.user = u"tester"_s;
        options.backend = u"fake"_s;
        options.activityRefreshMs = 3'600'000;
        runbooks::RunbookLibrary library;
        library.loadFolders({u":/runbooks"_s}); // the shipped ones: ModelAccuracyDrop has one
        desk = std::make_unique<ui::IncidentDesk>(*service, alerts, *clock, library, options);
    }

    // Closes the store (its queued writes land) and opens it again, as a restarted console would.
    void reopen()
    {
        desk.reset();
        service.reset();
        open();
    }

    QList<incidents::TimelineEvent> timeline(qint64 id)
    {
        std::optional<QList<incidents::TimelineEvent>> events;
        service->timeline(id, 0, &context, [&events](Result<QList<incidents::TimelineEvent>> read) {
            events = read.value_or(QList<incidents::TimelineEvent>{});
        });
        EXPECT_TRUE(waitUntil([&events] { return events.has_value(); }));
        return events.value_or(QList<incidents::TimelineEvent>{});
    }

    static int countOf(const QList<incidents::TimelineEvent>& events, incidents::EventKind kind)
    {
        return int(std::count_if(
            events.cbegin(), events.cend(), [kind](const incidents::TimelineEvent& e) { return e.kind == kind; }));
    }

    QTemporaryDir dir;
    QString path;
    QObject context;
    std::shared_ptr<ManualClock> clock;
    fakes::FakeAlertBackend alerts;
    std::unique_ptr<incidents::IncidentService> service;
    std::unique_ptr<ui::IncidentDesk> desk;
};

inline bool saveScreenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    return widget.grab().toImage().save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u'/' + name);
}

} // namespace wk::uitest
