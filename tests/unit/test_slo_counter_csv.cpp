#include "analytics/slo/CounterCsv.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace wk::analytics::slo;
using testing::HasSubstr;

TEST(CounterCsv, ReadsRowsWithOrWithoutAHeader)
{
    const auto plain = parseCounterCsv("1700000000,100,1\n1700000060,200,1.5\n");
    ASSERT_TRUE(plain) << plain.error().message;
    ASSERT_EQ(plain->samples.size(), 2u);
    EXPECT_EQ(plain->samples[1].time, 1700000060);
    EXPECT_DOUBLE_EQ(plain->samples[1].total, 200);
    EXPECT_DOUBLE_EQ(plain->samples[1].errors, 1.5);
    EXPECT_THAT(plain->lines, testing::ElementsAre(1, 2));

    const auto headed
        = parseCounterCsv("\xEF\xBB\xBFTimestamp, Total, Errors\r\n\r\n1700000000, 1e3 ,0\r\n1700000060,2000,7");
    ASSERT_TRUE(headed) << headed.error().message;
    ASSERT_EQ(headed->samples.size(), 2u);
    EXPECT_DOUBLE_EQ(headed->samples[0].total, 1000);
    EXPECT_THAT(headed->lines, testing::ElementsAre(3, 4));
}

TEST(CounterCsv, EmptyInputHasNoSamples)
{
    const auto empty = parseCounterCsv("");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->samples.empty());
    const auto headerOnly = parseCounterCsv("timestamp,total,errors\n\n");
    ASSERT_TRUE(headerOnly);
    EXPECT_TRUE(headerOnly->samples.empty());
}

TEST(CounterCsv, RaggedRowsSayWhichLine)
{
    const auto ragged = parseCounterCsv("1700000000,100,1\n1700000060,200\n");
    ASSERT_FALSE(ragged);
    EXPECT_EQ(ragged.error().line, 2);
    EXPECT_THAT(ragged.error().message, HasSubstr("expected 3 fields"));
    EXPECT_EQ(parseCounterCsv("1700000000,100,1,4\n").error().line, 1);
}

TEST(CounterCsv, TextInNumbersIsRefused)
{
    const auto text = parseCounterCsv("1700000000,100,1\n1700000060,lots,1\n");
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().line, 2);
    EXPECT_THAT(text.error().message, HasSubstr("total \"lots\""));
    EXPECT_THAT(parseCounterCsv("1,2,3\n4,5,3x\n").error().message, HasSubstr("errors \"3x\""));
    EXPECT_THAT(parseCounterCsv("1,2,3\n4.5,5,3\n").error().message, HasSubstr("whole Unix seconds"));
    EXPECT_THAT(parseCounterCsv("1,2,3\n-4,5,3\n").error().message, HasSubstr("whole Unix seconds"));
    EXPECT_THAT(parseCounterCsv("1,2,3\n4,nan,3\n").error().message, HasSubstr("finite"));
    EXPECT_THAT(parseCounterCsv("1,2,3\n4,5,-3\n").error().message, HasSubstr(">= 0"));
    EXPECT_THAT(parseCounterCsv("1,2,3\n4,1e999,3\n").error().message, HasSubstr("finite"));
}

TEST(CounterCsv, HeaderMustNameTheColumnsInOrder)
{
    const auto swapped = parseCounterCsv("timestamp,errors,total\n1,2,3\n");
    ASSERT_FALSE(swapped);
    EXPECT_EQ(swapped.error().line, 1);
    EXPECT_THAT(swapped.error().message, HasSubstr("timestamp,total,errors"));
    // A header is only allowed first: text later is a bad sample.
    EXPECT_THAT(parseCounterCsv("1,2,3\ntimestamp,total,errors\n").error().message, HasSubstr("timestamp"));
    EXPECT_EQ(parseCounterCsv("1,2,3\ntimestamp,total,errors\n").error().line, 2);
}
