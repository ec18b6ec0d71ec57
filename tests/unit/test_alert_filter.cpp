#include "alerts/AlertFilter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::alerts;
using StatusFilter = AlertFilter::StatusFilter;

namespace {

Alert latencyAlert()
{
    Alert a;
    a.id = u"a1b2c3"_s;
    a.alias = u"ranker-latency-p99"_s;
    a.message = u"Model serving latency high"_s;
    a.service = u"ranker-api"_s;
    a.team = u"ML Platform"_s;
    a.tags = {u"latency"_s, u"gpu"_s};
    a.owner = u"dana"_s;
    a.priority = Priority::P2;
    a.status = AlertStatus::Open;
    return a;
}

AlertFilter textFilter(const QString& text)
{
    AlertFilter f;
    f.text = text;
    return f;
}

Alert withStatus(AlertStatus status)
{
    Alert a = latencyAlert();
    a.status = status;
    return a;
}

Alert withPriority(Priority priority)
{
    Alert a = latencyAlert();
    a.priority = priority;
    return a;
}

} // namespace

TEST(AlertFilter, EmptyFilterShowsEveryActiveAlert)
{
    const AlertFilter f;
    EXPECT_TRUE(matches(f, withStatus(AlertStatus::Open)));
    EXPECT_TRUE(matches(f, withStatus(AlertStatus::Acknowledged)));
    EXPECT_TRUE(matches(f, withStatus(AlertStatus::Snoozed)));
    EXPECT_FALSE(matches(f, withStatus(AlertStatus::Closed)));
}

TEST(AlertFilter, TextMatchesEachSearchableFieldIgnoringCase)
{
    const Alert a = latencyAlert();
    for (const QString& text : {u"SERVING"_s, u"p99"_s, u"Ranker-API"_s, u"platform"_s, u"GPU"_s, u"Dana"_s, u"B2C"_s})
        EXPECT_TRUE(matches(textFilter(text), a)) << text.toStdString();
}

TEST(AlertFilter, TextThatAppearsNowhereHidesTheAlert)
{
    EXPECT_FALSE(matches(textFilter(u"disk"_s), latencyAlert()));
}

TEST(AlertFilter, EveryWordMustMatchButEachMayMatchADifferentField)
{
    const Alert a = latencyAlert();
    EXPECT_TRUE(matches(textFilter(u"latency dana"_s), a));    // message + owner
    EXPECT_TRUE(matches(textFilter(u"  gpu   ranker "_s), a)); // tag + service, extra spaces ignored
    EXPECT_FALSE(matches(textFilter(u"latency disk"_s), a));
}

TEST(AlertFilter, BlankTextMatchesEverything)
{
    EXPECT_TRUE(matches(textFilter(u"   "_s), latencyAlert()));
}

TEST(AlertFilter, MaxPriorityShowsThatPriorityAndMoreUrgentOnes)
{
    AlertFilter f;
    f.maxPriority = Priority::P2;
    EXPECT_TRUE(matches(f, withPriority(Priority::P1)));
    EXPECT_TRUE(matches(f, withPriority(Priority::P2)));
    EXPECT_FALSE(matches(f, withPriority(Priority::P3)));
    EXPECT_FALSE(matches(f, withPriority(Priority::P5)));
}

TEST(AlertFilter, TeamMustMatchExactlyIgnoringCase)
{
    AlertFilter f;
    f.team = u"ml platform"_s;
    EXPECT_TRUE(matches(f, latencyAlert()));
    f.team = u"ML"_s; // a team is chosen from a list, so a prefix is another team
    EXPECT_FALSE(matches(f, latencyAlert()));
}

TEST(AlertFilter, StatusFilterSelectsTheRightStates)
{
    struct Case
    {
        StatusFilter filter;
        AlertStatus status;
        bool shown;
    };
    const Case cases[] = {
        {StatusFilter::Open, AlertStatus::Open, true},
        {StatusFilter::Open, AlertStatus::Acknowledged, false},
        {StatusFilter::Open, AlertStatus::Snoozed, false},
        {StatusFilter::Acknowledged, AlertStatus::Acknowledged, true},
        {StatusFilter::Acknowledged, AlertStatus::Open, false},
        {StatusFilter::Closed, AlertStatus::Closed, true},
        {StatusFilter::Closed, AlertStatus::Open, false},
        {StatusFilter::All, AlertStatus::Closed, true},
        {StatusFilter::All, AlertStatus::Snoozed, true},
    };
    for (const Case& c : cases) {
        AlertFilter f;
        f.status = c.filter;
        EXPECT_EQ(matches(f, withStatus(c.status)), c.shown)
            << "filter " << int(c.filter) << " status " << statusName(c.status).toStdString();
    }
}

TEST(AlertFilter, AllPartsMustHoldTogether)
{
    AlertFilter f;
    f.text = u"latency"_s;
    f.team = u"ML Platform"_s;
    f.maxPriority = Priority::P1;
    EXPECT_FALSE(matches(f, latencyAlert())); // P2 is not urgent enough
    f.maxPriority = Priority::P3;
    EXPECT_TRUE(matches(f, latencyAlert()));
    f.status = StatusFilter::Closed;
    EXPECT_FALSE(matches(f, latencyAlert()));
}
