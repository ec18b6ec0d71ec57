#include "WorkspaceTestSupport.h"
#include "workspace/WorkspaceLoader.h"

#include <QFile>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::workspace;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using wk::testsupport::parse;
using wk::testsupport::parseError;

namespace {

// Lines 1-8 of every panel case; the panel's further keys start on line 9, column 9.
const std::string header = "name: test\n"
                           "variables:\n"
                           "  - {name: service, query: 'label_values(up, service)'}\n"
                           "dashboards:\n"
                           "  - id: main\n"
                           "    title: Main\n"
                           "    panels:\n"
                           "      - id: p\n";

std::string panel(const std::string& rest)
{
    return header + rest;
}

std::string valid(const std::string& extra)
{
    return panel("        title: P\n"
                 "        expr: up\n"
        + extra);
}

using ErrorCase = wk::testsupport::ParseErrorCase;

class WorkspaceErrors : public ::testing::TestWithParam<ErrorCase>
{ };

} // namespace

TEST_P(WorkspaceErrors, SayWhereAndWhat)
{
    wk::testsupport::expectParseError(GetParam());
}

const std::vector<ErrorCase> errorCases{
    // Required fields.
    {"dashboardWithoutId", "dashboards:\n  - title: T\n    panels: [{id: a, title: A, expr: up}]\n",
        "test.yaml:2:5: ", {"dashboard 1", "missing \"id\""}},
    {"dashboardWithoutTitle", "dashboards:\n  - id: d\n    panels: [{id: a, title: A, expr: up}]\n",
        "test.yaml:2:5: ", {"dashboard \"d\"", "missing \"title\""}},
    {"dashboardWithEmptyTitle", "dashboards:\n  - id: d\n    title:\n    panels: [{id: a, title: A, expr: up}]\n",
        "test.yaml:3:5: ", {"dashboard \"d\"", "\"title\" must not be empty"}},
    {"dashboardWithoutPanels", "dashboards:\n  - id: d\n    title: D\n    panels: []\n",
        "test.yaml:4:13: ", {"\"panels\" must not be empty"}},
    {"noDashboards", "name: x\n", "test.yaml:1:1: ", {"missing \"dashboards\""}},
    {"panelWithoutId", header.substr(0, header.size() - 14) + "      - title: P\n        expr: up\n",
        "test.yaml:8:9: ", {"panel 1 of dashboard \"main\"", "missing \"id\""}},
    {"panelWithoutTitle", panel("        expr: up\n"), "test.yaml:8:9: ", {"panel \"p\"", "missing \"title\""}},
    {"panelWithoutTarget", panel("        title: P\n"), "test.yaml:8:9: ", {"panel \"p\"", "missing \"expr\""}},
    {"emptyExpr", panel("        title: P\n        expr: ''\n"), "test.yaml:10:15: ", {"\"expr\" must not be empty"}},
    {"targetWithEmptyExpr",
        panel("        title: P\n        targets:\n          - {expr: up}\n          - {legend: x}\n"),
        "test.yaml:12:13: ", {"panel \"p\", target 2", "missing \"expr\""}},
    {"emptyTargets", panel("        title: P\n        targets: []\n"),
        "test.yaml:10:18: ", {"\"targets\" must not be empty"}},
    {"exprAndTargets", valid("        targets: [{expr: up}]\n"),
        "test.yaml:11:18: ", {"either \"expr\"", "\"targets\""}},
    {"legendWithTargets", panel("        title: P\n        legend: x\n        targets: [{expr: up}]\n"),
        "test.yaml:10:17: ", {"\"legend\" goes with \"expr\""}},

    // Unknown keys and duplicates.
    {"typoInPanelKey", valid("        tresholds: []\n"),
        "test.yaml:11:9: ", {"panel \"p\"", "unknown key \"tresholds\"", "did you mean \"thresholds\""}},
    {"typoInPanelId", header.substr(0, header.size() - 14) + "      - idd: p\n        title: P\n        expr: up\n",
        "test.yaml:8:9: ", {"panel 1 of dashboard \"main\"", "unknown key \"idd\" (did you mean \"id\"?)"}},
    {"unknownPanelKey", valid("        colour: red\n"),
        "test.yaml:11:9: ", {"unknown key \"colour\"", "expected one of"}},
    {"unknownTopLevelKey", "name: x\nrefrsh: 15s\n",
        "test.yaml:2:1: ", {"workspace", "unknown key \"refrsh\"", "did you mean \"refresh\""}},
    {"unknownDashboardKey", "dashboards:\n  - id: d\n    title: D\n    icon: x\n",
        "test.yaml:4:5: ", {"dashboard \"d\"", "unknown key \"icon\""}},
    {"unknownTargetKey", panel("        title: P\n        targets:\n          - {expr: up, legnd: x}\n"),
        "test.yaml:11:24: ", {"target 1", "unknown key \"legnd\"", "did you mean \"legend\""}},
    {"unknownThresholdKey", valid("        thresholds: [{value: 1, severity: warning, colour: red}]\n"),
        "test.yaml:11:52: ", {"threshold 1", "unknown key \"colour\""}},
    {"unknownVariableKey", "variables:\n  - {name: a, query: 'label_values(a)', default: x}\n",
        "test.yaml:2:41: ", {"variable \"a\"", "unknown key \"default\""}},
    {"duplicateKey", valid("        title: Q\n"), "test.yaml:11:9: ", {"\"title\" is given twice (first on line 9)"}},

    // Unique ids.
    {"duplicatePanelIdAcrossDashboards",
        "dashboards:\n  - id: a\n    title: A\n    panels: [{id: p, title: P, expr: up}]\n"
        "  - id: b\n    title: B\n    panels: [{id: p, title: Q, expr: up}]\n",
        "test.yaml:7:19: ", {"panel \"p\"", "id \"p\" is already used on line 4"}},
    {"duplicateDashboardId",
        "dashboards:\n  - id: a\n    title: A\n    panels: [{id: p, title: P, expr: up}]\n"
        "  - id: a\n    title: B\n    panels: [{id: q, title: Q, expr: up}]\n",
        "test.yaml:5:9: ", {"dashboard \"a\"", "id \"a\" is already used on line 2"}},
    {"badPanelId", panel("        title: P\n        expr: up\n").replace(header.size() - 2, 1, "my panel"),
        "test.yaml:8:13: ", {"\"id\" may only hold", "\"my panel\""}},

    // Kinds, units, thresholds.
    {"unknownKind", valid("        kind: line\n"),
        "test.yaml:11:15: ", {"panel \"p\": unknown kind \"line\" (expected timeseries, stat, gauge, bar, drift)"}},
    {"unknownUnit", valid("        unit: ms\n"), "test.yaml:11:15: ",
        {"unknown unit \"ms\" (expected none, seconds, percent, percentunit, bytes, reqps, cores)"}},
    {"thresholdsNotAList", valid("        thresholds: {value: 1}\n"),
        "test.yaml:11:21: ", {"\"thresholds\" must be a list"}},
    {"thresholdNotAMapping", valid("        thresholds: [0.5]\n"),
        "test.yaml:11:22: ", {"threshold 1", "must be a mapping", "\"0.5\""}},
    {"thresholdWithoutValue", valid("        thresholds:\n          - {severity: warning}\n"),
        "test.yaml:12:13: ", {"panel \"p\", threshold 1", "missing \"value\""}},
    {"thresholdValueNotANumber", valid("        thresholds:\n          - {value: high, severity: warning}\n"),
        "test.yaml:12:21: ", {"\"value\" must be a number, not \"high\""}},
    {"thresholdWithoutSeverity", valid("        thresholds:\n          - {value: 1}\n"),
        "test.yaml:12:13: ", {"missing \"severity\""}},
    {"unknownSeverity", valid("        thresholds:\n          - {value: 1, severity: info}\n"),
        "test.yaml:12:34: ", {"unknown severity \"info\" (expected warning, critical)"}},
    {"unknownDirection", valid("        thresholds:\n          - {value: 1, severity: warning, direction: up}\n"),
        "test.yaml:12:54: ", {"unknown direction \"up\" (expected above, below)"}},
    {"percentUnitThresholdAsPercent",
        valid("        unit: percentunit\n        thresholds:\n          - {value: 5, severity: warning}\n"),
        "test.yaml:13:21: ", {"\"value\" 5 is outside 0..1"}},
    {"percentThresholdAbove100",
        valid("        unit: percent\n        thresholds: [{value: 150, severity: warning}]\n"),
        "test.yaml:12:30: ", {"150 is outside 0..100"}},

    // Range, refresh, width, min/max, buckets.
    {"rangeNotADuration", valid("        range: 1hour\n"),
        "test.yaml:11:16: ", {"\"range\" must be a duration", "\"1hour\""}},
    {"rangeWithoutUnit", valid("        range: 60\n"), "test.yaml:11:16: ", {"\"range\" must be a duration", "\"60\""}},
    {"rangeTooShort", valid("        range: 2m\n"), "test.yaml:11:16: ", {"between 5m and 7d, not \"2m\""}},
    {"rangeTooLong", valid("        range: 8d\n"), "test.yaml:11:16: ", {"between 5m and 7d, not \"8d\""}},
    {"rangeNotWholeMinutes", valid("        range: 5m30s\n"), "test.yaml:11:16: ", {"whole minutes"}},
    {"rangeOnStat", valid("        kind: stat\n        range: 1h\n"),
        "test.yaml:12:16: ", {"\"range\" only applies to timeseries panels"}},
    {"refreshTooShort", "refresh: 1s\n", "test.yaml:1:10: ", {"\"refresh\" must be between 5s and 10m, not \"1s\""}},
    {"refreshTooLong", "refresh: 1h\n", "test.yaml:1:10: ", {"between 5s and 10m, not \"1h\""}},
    {"refreshUnitsOutOfOrder", "refresh: 30s1m\n", "test.yaml:1:10: ", {"\"refresh\" must be a duration"}},
    {"widthThree", valid("        width: 3\n"), "test.yaml:11:16: ", {"\"width\" must be 1 or 2 columns, not 3"}},
    {"widthNotANumber", valid("        width: wide\n"),
        "test.yaml:11:16: ", {"\"width\" must be a whole number, not \"wide\""}},
    {"minNotANumber", valid("        min: low\n"), "test.yaml:11:14: ", {"\"min\" must be a number, not \"low\""}},
    {"minNotBelowMax", valid("        min: 5\n        max: 1\n"),
        "test.yaml:11:14: ", {"\"min\" (5) must be less than \"max\" (1)"}},
    {"bucketsOnTimeSeries", valid("        buckets: true\n"),
        "test.yaml:11:18: ", {"\"buckets\" only applies to bar panels"}},
    {"bucketsNotABool", valid("        kind: bar\n        buckets: yes\n"),
        "test.yaml:12:18: ", {"\"buckets\" must be true or false, not \"yes\""}},

    // Variables.
    {"variableQueryNotLabelValues", "variables:\n  - {name: a, query: 'up{job=\"x\"}'}\n",
        "test.yaml:2:22: ", {"variable \"a\"", "\"query\" must be label_values(", "not \"up{job=\"x\"}\""}},
    {"variableBadName", "variables:\n  - {name: 1x, query: 'label_values(a)'}\n",
        "test.yaml:2:12: ", {"variable \"1x\"", "\"name\" must be letters", "not \"1x\""}},
    {"variableTwice", "variables:\n  - {name: a, query: 'label_values(a)'}\n  - {name: a, query: 'label_values(b)'}\n",
        "test.yaml:3:12: ", {"variable \"a\"", "declared twice"}},
    {"variableWithoutQuery", "variables:\n  - {name: a}\n", "test.yaml:2:5: ", {"missing \"query\""}},
    {"variableUsesLaterOne",
        "variables:\n  - {name: a, query: 'label_values(x{b=\"$b\"}, a)'}\n  - {name: b, query: 'label_values(b)'}\n",
        "test.yaml:2:22: ", {"variable \"a\"", "uses $b", "not declared above"}},
    {"unknownVariableInExpr", panel("        title: P\n        expr: up{service=\"$servce\"}\n"),
        "test.yaml:10:15: ", {"unknown variable $servce in \"expr\"", "declared: $service"}},
    {"unknownVariableInTitle", panel("        title: ${nope} latency\n        expr: up\n"),
        "test.yaml:9:16: ", {"unknown variable $nope in \"title\""}},

    // Wrong shapes.
    {"topLevelList", "- a\n- b\n", "test.yaml:1:1: ", {"the top level must be a mapping", "a list"}},
    {"topLevelScalar", "just some words\n", "test.yaml:1:1: ", {"must be a mapping", "\"just some words\""}},
    {"dashboardsNotAList", "dashboards: {id: d}\n", "test.yaml:1:13: ", {"\"dashboards\" must be a list"}},
    {"panelNotAMapping", header.substr(0, header.size() - 14) + "      - latency\n",
        "test.yaml:8:9: ", {"panel 1 of dashboard \"main\"", "each panel must be a mapping", "\"latency\""}},
    {"titleIsAList", panel("        title: [a, b]\n        expr: up\n"),
        "test.yaml:9:16: ", {"\"title\" must be a single value, not a list"}},
};

INSTANTIATE_TEST_SUITE_P(
    Workspace, WorkspaceErrors, ::testing::ValuesIn(errorCases), [](const auto& info) { return info.param.name; });

TEST(WorkspaceErrorsBaseline, TheCaseTemplateIsValid)
{
    // Guards the table above: each case must fail for its own reason, not the template's.
    wk::Result<Workspace> result = parseWorkspace(QByteArray::fromStdString(valid("")), u"test.yaml"_s);
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->dashboards[0].panels[0].id.toStdString(), "p");
}

TEST(WorkspaceMalformed, BadIndentation)
{
    EXPECT_THAT(parseError("dashboards:\n  - id: d\n   title: D\n"), StartsWith("test.yaml:3:"));
    EXPECT_THAT(parseError("name: a\n  refresh: 15s\n"), StartsWith("test.yaml:"));
}

TEST(WorkspaceMalformed, TabsInIndentation)
{
    EXPECT_EQ(
        parseError("dashboards:\n\t- id: d\n"), "test.yaml:2:1: tab in indentation; YAML indents with spaces only");
    EXPECT_THAT(parseError(valid("  \ttitle: Q\n")), StartsWith("test.yaml:11:3: tab in indentation"));
}

TEST(WorkspaceMalformed, TruncatedFiles)
{
    EXPECT_THAT(parseError("variables:\n  - {name: a, query: 'label_va"), StartsWith("test.yaml:2:"));
    EXPECT_THAT(parseError("dashboards:\n  - id: d\n    title: D\n    panels:\n      - {id: a, ti"),
        HasSubstr("YAML syntax error"));

    // yaml-cpp 0.7 alone accepts a quoted value cut off by the end of the file.
    EXPECT_EQ(parseError(valid("        legend: \"p99 lat\n")),
        "test.yaml:11:17: panel \"p\": \"legend\" has a quote that is never closed (is the file cut short?)");
    EXPECT_EQ(parseError(valid("        legend: 'it''s\n")),
        "test.yaml:11:17: panel \"p\": \"legend\" has a quote that is never closed (is the file cut short?)");
    EXPECT_TRUE(parse(valid("        legend: 'it''s'\n        description: \"a \\\" b\"\n")).has_value());

    // Any prefix of the shipped workspace either parses or fails cleanly.
    QFile file(u":/workspaces/default.yaml"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray full = file.readAll();
    int failures = 0;
    for (qsizetype length = 0; length < full.size(); length += 37) {
        wk::Result<Workspace> result = std::unexpected(wk::Error{});
        ASSERT_NO_THROW(result = parseWorkspace(full.first(length), u"default.yaml"_s)) << length;
        if (!result) {
            ++failures;
            EXPECT_EQ(result.error().code, wk::ErrorCode::Parse);
            EXPECT_THAT(result.error().detail.toStdString(), StartsWith("default.yaml:")) << length;
        }
    }
    EXPECT_GT(failures, 0);
}

TEST(WorkspaceMalformed, EmptyFiles)
{
    EXPECT_THAT(parseError(""), StartsWith("test.yaml:1:1: the workspace is empty"));
    EXPECT_THAT(parseError("\n  \n# only a comment\n"), HasSubstr("the workspace is empty"));
    EXPECT_THAT(parseError("---\n...\n"), HasSubstr("the workspace is empty"));
}

TEST(WorkspaceMalformed, BinaryBlobs)
{
    const QByteArray elf("\x7f"
                         "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
        20);
    EXPECT_THAT(parseError(elf.toStdString()), StartsWith("test.yaml:1:1: control character 0x7f"));
    EXPECT_THAT(parseError(std::string("name: a\0"
                                       "b\n",
                    10)),
        StartsWith("test.yaml:1:8: control character 0x00"));
    EXPECT_THAT(parseError("name: caf\xe9\n"), StartsWith("test.yaml:1:10: the file is not UTF-8"));
    EXPECT_THAT(parseError("\xff\xfe\x00n\x00"), HasSubstr("not UTF-8"));

    // Printable junk: whatever yaml-cpp makes of it, the answer is a Parse error.
    std::string junk;
    for (int i = 0; i < 4096; ++i)
        junk.push_back(char(32 + (i * 7919) % 95));
    parseError(junk);
}

TEST(WorkspaceMalformed, MoreThanOneDocument)
{
    EXPECT_THAT(parseError(valid("") + "---\nname: other\n"),
        AllOf(StartsWith("test.yaml:12:1: "), HasSubstr("a second YAML document")));
}

// Found by fuzz_workspace: yaml-cpp 0.7's LoadAll never returned on text starting with ",", adding empty documents
// until memory ran out. The input is the fuzzer's, a fragment of a panel list.
TEST(WorkspaceMalformed, LeadingCommaIsAnErrorNotAnEndlessLoop)
{
    EXPECT_THAT(parseError(", source: c}\n      - {id: q, title: Q, expr: up"), HasSubstr("the workspace is empty"));
    EXPECT_THAT(parseError(","), StartsWith("test.yaml:1:1: "));
}

TEST(WorkspaceMalformed, DeepNestingAndHugeFiles)
{
    EXPECT_THAT(parseError(std::string(100000, '[')), HasSubstr("test.yaml:"));
    EXPECT_THAT(parseError(std::string(5 * 1024 * 1024, ' ')), HasSubstr("at most 4 MiB"));
}
