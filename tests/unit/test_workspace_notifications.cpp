#include "WorkspaceTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

const QByteArray dashboards
    = "dashboards:\n  - id: h\n    title: H\n    panels:\n      - {id: p, title: P, expr: up}\n";

Result<workspace::Workspace> parse(const QByteArray& section)
{
    return workspace::parseWorkspace(section + dashboards, u"ws.yaml"_s);
}

} // namespace

TEST(WorkspaceNotifications, AbsentSectionKeepsTheTeamRules)
{
    const auto ws = parse({});
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->notifications.minimum, alerts::Priority::P3);
    EXPECT_TRUE(ws->notifications.quiet.contains(alerts::Priority::P4));
    EXPECT_FALSE(ws->notifications.quiet.contains(alerts::Priority::P1));
}

TEST(WorkspaceNotifications, EveryKeyIsRead)
{
    const auto ws = parse("notifications:\n  minimum: P2\n  only_while_on_call: true\n  repeat: 10m\n"
                          "  sound: false\n  time_zone: Asia/Bangkok\n  quiet_hours:\n    P2: '23:30-07:00'\n");
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    const auto& n = ws->notifications;
    EXPECT_EQ(n.minimum, alerts::Priority::P2);
    EXPECT_TRUE(n.onlyWhileOnCall);
    EXPECT_EQ(n.repeatMinutes, 10);
    EXPECT_FALSE(n.sound);
    EXPECT_EQ(n.zone.id(), QByteArray("Asia/Bangkok"));
    ASSERT_EQ(n.quiet.size(), 1) << "naming quiet hours replaces the defaults";
    EXPECT_EQ(n.quiet.value(alerts::Priority::P2).from, QTime(23, 30));
    EXPECT_EQ(n.quiet.value(alerts::Priority::P2).to, QTime(7, 0));
}

TEST(WorkspaceNotifications, RepeatZeroMeansOnce)
{
    const auto ws = parse("notifications:\n  repeat: 0\n");
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->notifications.repeatMinutes, 0);
}

TEST(WorkspaceNotifications, MistakesSayWhereAndWhat)
{
    const auto badSpan = parse("notifications:\n  quiet_hours:\n    P3: 'after ten'\n");
    ASSERT_FALSE(badSpan);
    EXPECT_TRUE(badSpan.error().detail.contains(u"ws.yaml:3:"_s)) << badSpan.error().detail.toStdString();
    EXPECT_TRUE(badSpan.error().detail.contains(u"HH:MM-HH:MM"_s)) << badSpan.error().detail.toStdString();

    const auto badZone = parse("notifications:\n  time_zone: Mars/Olympus\n");
    ASSERT_FALSE(badZone);
    EXPECT_TRUE(badZone.error().detail.contains(u"unknown time zone"_s)) << badZone.error().detail.toStdString();

    const auto badPriority = parse("notifications:\n  minimum: P7\n");
    ASSERT_FALSE(badPriority);
    EXPECT_TRUE(badPriority.error().detail.contains(u"ws.yaml:2:"_s)) << badPriority.error().detail.toStdString();

    const auto typo = parse("notifications:\n  quite_hours: {}\n");
    ASSERT_FALSE(typo);
    EXPECT_TRUE(typo.error().detail.contains(u"quite_hours"_s)) << typo.error().detail.toStdString();
}
