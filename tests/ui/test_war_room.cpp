#include "IncidentTestSupport.h"
#include "incidents/TimelineModel.h"
#include "incidents/WarRoomWindow.h"

#include <QAbstractItemModelTester>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>

#include <numeric>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using uitest::waitUntil;

namespace {

class WarRoomTest : public ::testing::Test, protected uitest::IncidentFixture
{
protected:
    qint64 openIncident()
    {
        const auto alerts = uitest::fraudAlerts();
        desk->observeAlerts(alerts);
        auto draft = incidents::incidentFromAlerts(alerts);
        draft.severity = incidents::Severity::Sev1;
        draft.commander = u"ada"_s;
        qint64 id = 0;
        desk->create(draft, [&id](Result<incidents::Incident> created) { id = created ? created->id : -1; });
        EXPECT_TRUE(waitUntil([this, &id] { return id != 0 && desk->incident(id) != nullptr; }));
        return id;
    }
};

} // namespace

TEST_F(WarRoomTest, SaysStatusAgeCommanderAndWhoAcknowledgedInWords)
{
    const qint64 id = openIncident();
    clock->advance(42 * 60'000);
    QPointer<ui::WarRoomWindow> room = new ui::WarRoomWindow(*desk, id, nullptr, nullptr);
    room->resize(1600, 1000);
    room->show();
    QAbstractItemModelTester tester(room->timeline(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(waitUntil([&room] { return room->headline().contains(u"42m"_s); })) << room->headline().toStdString();
    EXPECT_TRUE(room->headline().startsWith(u"SEV1 · Model accuracy below 85%"_s)) << room->headline().toStdString();
    EXPECT_TRUE(room->headline().contains(u"OPEN"_s));
    ASSERT_TRUE(waitUntil([&room] { return room->peopleText().contains(u"On call: Data Science: Primary Person"_s); }))
        << room->peopleText().toStdString();
    EXPECT_TRUE(room->peopleText().contains(u"Commander: ada"_s));
    EXPECT_TRUE(room->peopleText().contains(u"✓ Alert #17 acknowledged by ada"_s)) << room->peopleText().toStdString();
    EXPECT_TRUE(room->peopleText().contains(u"✗ Alert #18 NOT ACKNOWLEDGED"_s));

    // The room's timeline follows what people do elsewhere in the console.
    const int before = room->timeline()->rowCount();
    desk->addNote(id, u"paging the feature store owner"_s, {});
    ASSERT_TRUE(waitUntil([&room, before] { return room->timeline()->rowCount() == before + 1; }));
    desk->changeStatus(id, incidents::IncidentStatus::Identified, {}, {});
    ASSERT_TRUE(waitUntil([&room] { return room->headline().contains(u"IDENTIFIED"_s); }));

    // Large type: the headline is readable from across a room.
    const auto labels = room->findChildren<QLabel*>();
    const int largest = std::accumulate(labels.cbegin(), labels.cend(), 0,
        [](int most, const QLabel* label) { return std::max(most, label->font().pointSize()); });
    EXPECT_GE(largest, 28);
    EXPECT_TRUE(uitest::saveScreenshot(*room, u"war-room.png"_s));

    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(room, &escape);
    EXPECT_TRUE(waitUntil([&room] { return room.isNull() || !room->isVisible(); })) << "Esc leaves the war room";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(room.isNull()) << "and the window goes with its charts' poll jobs";
}
