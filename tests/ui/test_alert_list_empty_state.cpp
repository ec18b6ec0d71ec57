#include "alerts/AlertListWidget.h"
#include "common/Clock.h"
#include "fakes/FakeAlertBackend.h"
#include "fakes/TestActions.h"

#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

alerts::Alert closedAlert()
{
    alerts::Alert a;
    a.id = u"c1"_s;
    a.message = u"Feature store stale"_s;
    a.status = alerts::AlertStatus::Closed;
    a.team = u"ML Platform"_s;
    a.createdAt = QDateTime::fromString(u"2026-03-01T02:00:00Z"_s, Qt::ISODate);
    a.closedAt = a.createdAt.addSecs(600);
    return a;
}

} // namespace

TEST(AlertListEmptyState, SaysAllQuietOrThatFiltersHideAlerts)
{
    ManualClock clock(QDateTime::fromString(u"2026-03-01T03:00:00Z"_s, Qt::ISODate));
    fakes::FakeAlertBackend backend{clock, {}};
    fakes::TestActions actions{backend, clock};
    ui::AlertListWidget widget{backend, actions.dispatcher, clock, u"sam"_s};
    widget.resize(900, 400);
    widget.show();
    auto* empty = widget.findChild<QLabel*>(u"emptyState"_s);
    ASSERT_NE(empty, nullptr);

    widget.setAlerts({});
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), u"No alerts. All quiet."_s);

    // A closed alert is hidden by the default Active filter: the list must not pretend all is quiet.
    widget.setAlerts({closedAlert()});
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(u"1 hidden"_s)) << empty->text().toStdString();

    auto open = closedAlert();
    open.id = u"o1"_s;
    open.status = alerts::AlertStatus::Open;
    widget.setAlerts({closedAlert(), open});
    EXPECT_FALSE(empty->isVisible());
}
