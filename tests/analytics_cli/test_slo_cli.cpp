// `watchkeeper slo` on generated counter files: known outages checked against hand-computed burn rates, the JSON
// schema, and every kind of bad input refused with exit code 2 and a message.

#include "RunWatchkeeper.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using testing::HasSubstr;
using wk::testsupport::runWatchkeeper;
using wk::testsupport::writeFile;

namespace {

constexpr qint64 t0 = 1772323200; // 2026-03-01T00:00:00Z
constexpr int fourDays = 4 * 24 * 60;

// One sample a minute for `minutes` minutes after t0 (so minutes + 1 rows), 100 requests a minute, all of them
// failing in the minutes listed by [failFrom, failTo).
QByteArray counters(int minutes, int failFrom, int failTo, bool header = true)
{
    QByteArray csv = header ? "timestamp,total,errors\n" : "";
    qint64 errors = 0;
    for (int i = 0; i <= minutes; ++i) {
        if (i > 0 && i - 1 >= failFrom && i - 1 < failTo)
            errors += 100;
        csv += QByteArray::number(t0 + 60 * i) + ',' + QByteArray::number(100 * i) + ',' + QByteArray::number(errors)
            + '\n';
    }
    return csv;
}

class SloCli : public testing::Test
{
protected:
    QString file(const QByteArray& content, const QString& name = u"counters.csv"_s)
    {
        return writeFile(m_dir, name, content);
    }

    wk::testsupport::CliRun slo(const QString& input, QStringList extra = {})
    {
        QStringList args{u"slo"_s, u"--objective"_s, u"0.999"_s, u"--input"_s, input};
        args += extra;
        return runWatchkeeper(args);
    }

    static QJsonObject windowNamed(const QJsonObject& root, const QString& name)
    {
        for (const QJsonValue& w : root.value(u"windows"_s).toArray()) {
            if (w.toObject().value(u"window"_s).toString() == name)
                return w.toObject();
        }
        ADD_FAILURE() << "no window " << name.toStdString();
        return {};
    }

    static std::vector<bool> firing(const QJsonObject& root)
    {
        std::vector<bool> states;
        for (const QJsonValue& a : root.value(u"alerts"_s).toArray())
            states.push_back(a.toObject().value(u"firing"_s).toBool());
        return states;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SloCli, TenMinuteFullOutageFiresEveryAlert)
{
    // Last 10 minutes all fail. 5m: 1.0 -> burn 1000; 1h: 1000/6000 -> 166.7 (> 14.4, page); 30m: 333 and
    // 6h: 1000/36000 -> 27.8 (> 6, page); 2h: 83.3 and 1d: 1000/144000 -> 6.94 (> 3, ticket); 6h: 27.8 and
    // 3d: 1000/432000 -> 2.31 (> 1, ticket).
    const auto run = slo(file(counters(fourDays, fourDays - 10, fourDays)), {u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    EXPECT_NEAR(windowNamed(root, u"5m"_s).value(u"burn_rate"_s).toDouble(), 1000.0, 1e-6);
    EXPECT_NEAR(windowNamed(root, u"1h"_s).value(u"burn_rate"_s).toDouble(), 1000.0 / 6, 1e-6);
    EXPECT_NEAR(windowNamed(root, u"6h"_s).value(u"burn_rate"_s).toDouble(), 1000.0 / 36, 1e-6);
    EXPECT_NEAR(windowNamed(root, u"1d"_s).value(u"burn_rate"_s).toDouble(), 1000.0 / 144, 1e-6);
    EXPECT_NEAR(windowNamed(root, u"3d"_s).value(u"error_ratio"_s).toDouble(), 1.0 / 432, 1e-12);
    EXPECT_THAT(firing(root), testing::ElementsAre(true, true, true, true));
    EXPECT_TRUE(root.value(u"page_firing"_s).toBool());
    // 4 days of data against a 30-day period: 1000 of 576000 failed, 1.74x the budget, so it is spent.
    EXPECT_FALSE(root.value(u"period_complete"_s).toBool());
    EXPECT_EQ(root.value(u"period_covered_seconds"_s).toInteger(), 4 * 86400);
    EXPECT_EQ(root.value(u"period_start"_s).toInteger(), t0);
    EXPECT_NEAR(root.value(u"budget_remaining"_s).toDouble(), 1.0 - (1000.0 / 576000) / 0.001, 1e-9);
    EXPECT_EQ(root.value(u"exhaustion_seconds"_s).toDouble(-1), 0.0);
}

TEST_F(SloCli, TwoMinuteOutagePagesQuickOnly)
{
    // 5m: 200/500 -> 400 and 1h: 200/6000 -> 33.3 fire page-quick; 6h: 200/36000 -> 5.56 < 6; 1d: 1.39 < 3;
    // 3d: 0.46 < 1. Budget: 1 - (200/576000)/0.001 = 0.6528; exhaustion 0.6528 x 30d / 33.33 = 50760 s.
    const auto run = slo(file(counters(fourDays, fourDays - 2, fourDays)), {u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    EXPECT_THAT(firing(root), testing::ElementsAre(true, false, false, false));
    EXPECT_TRUE(root.value(u"page_firing"_s).toBool());
    EXPECT_FALSE(root.value(u"ticket_firing"_s).toBool());
    EXPECT_NEAR(root.value(u"current_burn_rate"_s).toDouble(), 100.0 / 3, 1e-9);
    EXPECT_NEAR(root.value(u"budget_remaining"_s).toDouble(), 1.0 - 200.0 / 576, 1e-9);
    EXPECT_NEAR(root.value(u"exhaustion_seconds"_s).toDouble(), 50760.0, 1e-3);
}

TEST_F(SloCli, RecoveredOutageStopsPagingButStillTickets)
{
    // 10 failing minutes that ended 50 minutes ago: 5m and 30m are clean again, 2h and 1d still burn.
    const auto run = slo(file(counters(fourDays, fourDays - 60, fourDays - 50)), {u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    EXPECT_EQ(windowNamed(root, u"5m"_s).value(u"error_ratio"_s).toDouble(-1), 0.0);
    EXPECT_THAT(firing(root), testing::ElementsAre(false, false, true, true));
}

TEST_F(SloCli, AtPicksAnEarlierSample)
{
    const QString input = file(counters(fourDays, fourDays - 10, fourDays));
    const qint64 beforeOutage = t0 + 60 * (fourDays - 10);
    const auto byTime = slo(input, {u"--format"_s, u"json"_s, u"--at"_s, QString::number(beforeOutage)});
    ASSERT_EQ(byTime.exitCode, 0) << byTime;
    EXPECT_EQ(byTime.json().value(u"at"_s).toInteger(), beforeOutage);
    EXPECT_THAT(firing(byTime.json()), testing::ElementsAre(false, false, false, false));
    EXPECT_EQ(byTime.json().value(u"exhaustion_seconds"_s), QJsonValue(QJsonValue::Null)); // not burning
    const auto relative = slo(input, {u"--format"_s, u"json"_s, u"--at"_s, u"now-10m"_s});
    ASSERT_EQ(relative.exitCode, 0) << relative;
    EXPECT_EQ(relative.json().value(u"at"_s).toInteger(), beforeOutage);
}

TEST_F(SloCli, WindowsTheSeriesCannotReachAreNullNotGuessed)
{
    // Two days of data: the 3d window has no sample at its start; the other windows are measured.
    const auto run = slo(file(counters(2 * 24 * 60, 2 * 24 * 60 - 10, 2 * 24 * 60)), {u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    const QJsonObject threeDays = windowNamed(root, u"3d"_s);
    EXPECT_EQ(threeDays.value(u"data"_s).toString(), u"insufficient_data"_s);
    EXPECT_TRUE(threeDays.value(u"error_ratio"_s).isNull());
    EXPECT_TRUE(threeDays.value(u"burn_rate"_s).isNull());
    EXPECT_TRUE(threeDays.value(u"total"_s).isNull());
    EXPECT_EQ(windowNamed(root, u"1d"_s).value(u"data"_s).toString(), u"ok"_s);
    EXPECT_THAT(firing(root), testing::ElementsAre(true, true, true, false));
}

TEST_F(SloCli, NoTrafficIsNullEverywhere)
{
    QByteArray csv;
    for (int i = 0; i <= 120; ++i)
        csv += QByteArray::number(t0 + 60 * i) + ",5000,12\n";
    const auto run = slo(file(csv), {u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    EXPECT_EQ(windowNamed(root, u"5m"_s).value(u"data"_s).toString(), u"no_traffic"_s);
    EXPECT_TRUE(windowNamed(root, u"5m"_s).value(u"error_ratio"_s).isNull());
    EXPECT_TRUE(root.value(u"budget_remaining"_s).isNull());
    EXPECT_TRUE(root.value(u"exhaustion_seconds"_s).isNull());
    EXPECT_FALSE(run.out.toLower().contains("nan"));
}

TEST_F(SloCli, JsonSchema)
{
    const auto run = slo(file(counters(fourDays, fourDays - 2, fourDays)),
        {u"--format"_s, u"json"_s, u"--period"_s, u"28d"_s, u"--preset"_s, u"pyrra"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    EXPECT_EQ(root.value(u"objective"_s).toDouble(), 0.999);
    EXPECT_EQ(root.value(u"period"_s).toString(), u"28d"_s);
    EXPECT_EQ(root.value(u"period_seconds"_s).toInteger(), 28 * 86400);
    EXPECT_EQ(root.value(u"preset"_s).toString(), u"pyrra"_s);
    EXPECT_EQ(root.value(u"at"_s).toInteger(), t0 + 60 * fourDays);
    EXPECT_EQ(root.value(u"at_time"_s).toString(), u"2026-03-05T00:00:00Z"_s);
    EXPECT_EQ(root.value(u"interval_seconds"_s).toInteger(), 60);
    QStringList names;
    for (const QJsonValue& w : root.value(u"windows"_s).toArray()) {
        const QJsonObject window = w.toObject();
        names.append(window.value(u"window"_s).toString());
        for (const char* key : {"seconds", "data", "total", "errors", "error_ratio", "burn_rate"})
            EXPECT_TRUE(window.contains(QLatin1StringView(key))) << key;
    }
    EXPECT_EQ(names, (QStringList{u"5m"_s, u"30m"_s, u"1h"_s, u"2h"_s, u"6h"_s, u"1d"_s, u"4d"_s}));
    const QJsonArray alerts = root.value(u"alerts"_s).toArray();
    ASSERT_EQ(alerts.size(), 4);
    const QJsonObject first = alerts[0].toObject();
    EXPECT_EQ(first.value(u"severity"_s).toString(), u"page"_s);
    EXPECT_EQ(first.value(u"short"_s).toString(), u"5m"_s);
    EXPECT_EQ(first.value(u"long"_s).toString(), u"1h"_s);
    EXPECT_EQ(first.value(u"factor"_s).toDouble(), 14.0);
    EXPECT_EQ(first.value(u"for"_s).toString(), u"2m"_s);
    EXPECT_TRUE(first.value(u"firing"_s).isBool());
    EXPECT_EQ(alerts[3].toObject().value(u"severity"_s).toString(), u"ticket"_s);
    EXPECT_EQ(alerts[3].toObject().value(u"long"_s).toString(), u"4d"_s);
    for (const char* key :
        {"page_firing", "ticket_firing", "period_start", "period_covered_seconds", "period_complete",
            "period_error_ratio", "budget_remaining", "current_burn_window", "current_burn_rate", "exhaustion_seconds"})
        EXPECT_TRUE(root.contains(QLatin1StringView(key))) << key;
    EXPECT_EQ(root.value(u"current_burn_window"_s).toString(), u"1h"_s);
}

TEST_F(SloCli, PyrraAtThirtyDaysNamesItsScaledWindows)
{
    const auto run
        = slo(file(counters(fourDays, fourDays - 2, fourDays)), {u"--format"_s, u"json"_s, u"--preset"_s, u"pyrra"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject root = run.json();
    QStringList names;
    for (const QJsonValue& w : root.value(u"windows"_s).toArray())
        names.append(w.toObject().value(u"window"_s).toString());
    EXPECT_EQ(names, (QStringList{u"5m"_s, u"32m"_s, u"1h4m"_s, u"2h9m"_s, u"6h26m"_s, u"1d1h43m"_s, u"4d6h51m"_s}));
    EXPECT_EQ(root.value(u"current_burn_window"_s).toString(), u"1h4m"_s);
    // 4d6h51m reaches before the first of 4 days of samples.
    EXPECT_EQ(windowNamed(root, u"4d6h51m"_s).value(u"data"_s).toString(), u"insufficient_data"_s);
}

TEST_F(SloCli, TableIsTheDefault)
{
    const auto run = slo(file(counters(fourDays, fourDays - 2, fourDays, false)));
    ASSERT_EQ(run.exitCode, 0) << run;
    const std::string text = run.text();
    EXPECT_THAT(text, HasSubstr("SLO 99.9 % over 30d, sloth preset"));
    EXPECT_THAT(text, HasSubstr("burn rate"));
    EXPECT_THAT(text, HasSubstr("FIRING"));
    EXPECT_THAT(text, HasSubstr("budget remaining:"));
    EXPECT_THAT(text, HasSubstr("65.3 %"));
    EXPECT_THAT(text, HasSubstr("in 14 h 6 min")); // 50760 s
}

struct BadInput
{
    const char* name;
    QByteArray csv;
    QStringList extra;
    const char* message;
};

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const BadInput& input, std::ostream* out)
{
    *out << input.name;
}

class SloCliBadInput : public SloCli, public testing::WithParamInterface<BadInput>
{ };

TEST_P(SloCliBadInput, ExitsTwoWithAMessage)
{
    const BadInput& bad = GetParam();
    const auto run = slo(file(bad.csv), bad.extra);
    EXPECT_EQ(run.exitCode, 2) << run;
    EXPECT_THAT(run.errors(), HasSubstr(bad.message)) << run;
    EXPECT_TRUE(run.out.isEmpty()) << run;
}

const QByteArray good = "1772323200,0,0\n1772323260,100,1\n1772323320,200,2\n";

INSTANTIATE_TEST_SUITE_P(SloCli, SloCliBadInput,
    testing::Values(BadInput{"EmptyFile", "", {}, "has no samples"},
        BadInput{"HeaderOnly", "timestamp,total,errors\n", {}, "has no samples"},
        BadInput{"SingleRow", "1772323200,0,0\n", {}, "single sample"},
        BadInput{"RaggedRow", "1772323200,0,0\n1772323260,100\n", {}, "line 2: expected 3 fields"},
        BadInput{"TextInNumbers", "1772323200,0,0\n1772323260,many,1\n", {}, "line 2: total \"many\""},
        BadInput{"TextInTimestamp", "1772323200,0,0\nyesterday,1,1\n", {}, "line 2: timestamp \"yesterday\""},
        BadInput{"NegativeCounter", "1772323200,0,0\n1772323260,100,-1\n", {}, "line 2: errors"},
        BadInput{"WrongHeader", "time,errors,total\n1772323200,0,0\n", {}, "line 1: expected the header"},
        BadInput{"IrregularInterval", "timestamp,total,errors\n1772323200,0,0\n1772323260,100,1\n1772323330,200,2\n",
            {}, "line 4: the interval must be regular: 1m10s after the previous sample, not 1m"},
        BadInput{"TimeGoesBack", "1772323200,0,0\n1772323260,100,1\n1772323260,200,2\n", {},
            "line 3: timestamps must increase"},
        BadInput{"ObjectiveAboveOne", good, {u"--objective"_s, u"1.5"_s}, "--objective must be a ratio"},
        BadInput{"ObjectiveOne", good, {u"--objective"_s, u"1"_s}, "--objective must be a ratio"},
        BadInput{"ObjectiveZero", good, {u"--objective"_s, u"0"_s}, "--objective must be a ratio"},
        BadInput{"ObjectivePercent", good, {u"--objective"_s, u"99.9"_s}, "--objective must be a ratio"},
        BadInput{"ObjectiveText", good, {u"--objective"_s, u"high"_s}, "--objective must be a ratio"},
        BadInput{"PeriodZero", good, {u"--period"_s, u"0d"_s}, "--period must be a positive duration"},
        BadInput{"PeriodText", good, {u"--period"_s, u"month"_s}, "--period must be a positive duration"},
        BadInput{"PeriodNegative", good, {u"--period"_s, u"-30d"_s}, "--period must be a positive duration"},
        BadInput{"PyrraPeriodTooShort", good, {u"--preset"_s, u"pyrra"_s, u"--period"_s, u"1d"_s}, "too short"},
        BadInput{"UnknownPreset", good, {u"--preset"_s, u"google"_s}, "--preset is sloth or pyrra"},
        BadInput{"UnknownFormat", good, {u"--format"_s, u"yaml"_s}, "--format is table or json"},
        BadInput{"AtNotASample", good, {u"--at"_s, u"1772323230"_s}, "--at 1772323230 is not a sample time"},
        BadInput{"AtAfterTheData", good, {u"--at"_s, u"1772323380"_s}, "is not a sample time"},
        BadInput{"AtUnreadable", good, {u"--at"_s, u"teatime"_s}, "cannot read --at"}),
    [](const testing::TestParamInfo<BadInput>& info) { return info.param.name; });

TEST_F(SloCli, MissingFileOrOptions)
{
    const auto missing = slo(m_dir.filePath(u"nope.csv"_s));
    EXPECT_EQ(missing.exitCode, 2) << missing;
    EXPECT_THAT(missing.errors(), HasSubstr("cannot read"));
    const auto noInput = runWatchkeeper({u"slo"_s, u"--objective"_s, u"0.999"_s});
    EXPECT_EQ(noInput.exitCode, 2) << noInput;
    EXPECT_THAT(noInput.errors(), HasSubstr("give --input"));
    const auto noObjective = runWatchkeeper({u"slo"_s, u"--input"_s, file(good)});
    EXPECT_EQ(noObjective.exitCode, 2) << noObjective;
    EXPECT_THAT(noObjective.errors(), HasSubstr("give --objective"));
}
