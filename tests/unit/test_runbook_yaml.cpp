#include "runbooks/EstimatedTime.h"
#include "runbooks/RunbookYaml.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::runbooks;
using ::testing::ElementsAreArray;

namespace {

// The seed's example runbook, as the seed gives it (its indentation restored).
const char* const seedExample = R"(id: runbook_model_accuracy
title: "Model Accuracy Degradation Runbook"
description: "Steps to diagnose and resolve model accuracy issues"
alert_rule_id: model_accuracy_low
estimated_time: "30-60 minutes"
prerequisites:
  - Access to model monitoring dashboard
  - Access to prediction logs
  - Access to training data
steps:
  - step_id: step1
    description: "Verify the accuracy drop is real"
    action: "Check monitoring dashboard for accuracy trend"
    expected_result: "Confirm accuracy is below threshold"
    troubleshooting: "If dashboard shows different values, check data pipeline"
    automation_script: |
      #!/bin/bash
      curl -s "http://monitoring.internal/api/metrics/accuracy" | jq '.current_value'
  - step_id: step2
    description: "Check for data drift"
    action: "Review data drift metrics in dashboard"
    expected_result: "Identify if data drift is causing the issue"
    troubleshooting: "If no drift, check for concept drift"
    automation_script: |
      python -c "
      from drift_detector import check_drift
      result = check_drift()
      print(f'Drift detected: {result[\"drift_detected\"]}')
      "
  - step_id: step3
    description: "Review recent predictions"
    action: "Analyze prediction distribution"
    expected_result: "Identify patterns in incorrect predictions"
    troubleshooting: "If patterns found, investigate specific feature changes"
  - step_id: step4
    description: "Check model version"
    action: "Verify correct model version is deployed"
    expected_result: "Confirm expected version is running"
    troubleshooting: "If wrong version, rollback to correct version"
  - step_id: step5
    description: "Retrain model if needed"
    action: "Trigger model retraining pipeline"
    expected_result: "New model trained with improved performance"
    troubleshooting: "If retraining fails, escalate to L2"
)";

RunbookParse parse(const std::string& yaml)
{
    RunbookParse result;
    EXPECT_NO_THROW(result = parseRunbookYaml(QByteArray::fromStdString(yaml), u"test.yaml"_s));
    return result;
}

std::vector<std::string> problemTexts(const RunbookParse& parsed)
{
    std::vector<std::string> texts;
    for (const RunbookProblem& problem : parsed.problems)
        texts.push_back(problem.text().toStdString());
    return texts;
}

// Lines 1-3 of most cases; their steps start on line 4.
const std::string head = "id: rb\ntitle: T\nsteps:\n";

struct BrokenCase
{
    std::string name;
    std::string yaml;
    std::vector<std::string> problems; // every one, in order, exactly
};

void PrintTo(const BrokenCase& c, std::ostream* out)
{
    *out << c.name;
}

class BrokenRunbook : public ::testing::TestWithParam<BrokenCase>
{ };

} // namespace

TEST(RunbookYaml, SeedExampleReadsFieldByField)
{
    const auto parsed = parse(seedExample);
    ASSERT_TRUE(parsed.ok()) << testing::PrintToString(problemTexts(parsed));
    const Runbook& rb = *parsed.runbook;
    EXPECT_EQ(rb.id, u"runbook_model_accuracy"_s);
    EXPECT_EQ(rb.title, u"Model Accuracy Degradation Runbook"_s);
    EXPECT_EQ(rb.description, u"Steps to diagnose and resolve model accuracy issues"_s);
    EXPECT_EQ(rb.alertRuleId, u"model_accuracy_low"_s);
    ASSERT_TRUE(rb.estimatedTime.has_value());
    EXPECT_EQ(rb.estimatedTime->text, u"30-60 minutes"_s);
    EXPECT_EQ(rb.estimatedTime->minSeconds, 30 * 60);
    EXPECT_EQ(rb.estimatedTime->maxSeconds, 60 * 60);
    EXPECT_EQ(rb.prerequisites,
        (QStringList{
            u"Access to model monitoring dashboard"_s, u"Access to prediction logs"_s, u"Access to training data"_s}));
    EXPECT_TRUE(rb.escalationContacts.isEmpty());
    EXPECT_EQ(rb.kind, RunbookKind::Yaml);
    EXPECT_EQ(rb.sourceFile, u"test.yaml"_s);
    ASSERT_EQ(rb.steps.size(), 5);

    const RunbookStep& first = rb.steps[0];
    EXPECT_EQ(first.id, u"step1"_s);
    EXPECT_EQ(first.description, u"Verify the accuracy drop is real"_s);
    EXPECT_EQ(first.action, u"Check monitoring dashboard for accuracy trend"_s);
    EXPECT_EQ(first.expectedResult, u"Confirm accuracy is below threshold"_s);
    EXPECT_EQ(first.troubleshooting, u"If dashboard shows different values, check data pipeline"_s);
    EXPECT_EQ(first.automationScript,
        u"#!/bin/bash\ncurl -s \"http://monitoring.internal/api/metrics/accuracy\" | jq '.current_value'\n"_s);
    EXPECT_EQ(first.line, 11);
    EXPECT_TRUE(first.section.isEmpty());

    EXPECT_EQ(rb.steps[1].automationScript,
        u"python -c \"\nfrom drift_detector import check_drift\nresult = check_drift()\n"
        u"print(f'Drift detected: {result[\\\"drift_detected\\\"]}')\n\"\n"_s);
    EXPECT_EQ(rb.steps[1].line, 19);
    EXPECT_TRUE(rb.steps[2].automationScript.isEmpty());
    EXPECT_EQ(rb.steps[4].id, u"step5"_s);
    EXPECT_EQ(rb.steps[4].troubleshooting, u"If retraining fails, escalate to L2"_s);
    EXPECT_EQ(rb.step(u"step3"_s), &rb.steps[2]);
    EXPECT_EQ(rb.step(u"step9"_s), nullptr);
}

TEST(RunbookYaml, OptionalFieldsMayBeLeftOut)
{
    const auto parsed = parse(head + "  - step_id: 1\n    action: Restart the scorer\n");
    ASSERT_TRUE(parsed.ok()) << testing::PrintToString(problemTexts(parsed));
    EXPECT_TRUE(parsed.runbook->alertRuleId.isEmpty());
    EXPECT_FALSE(parsed.runbook->estimatedTime.has_value());
    EXPECT_EQ(parsed.runbook->steps[0].id, u"1"_s); // a number is a fine step id
    EXPECT_TRUE(parsed.runbook->steps[0].description.isEmpty());
}

TEST_P(BrokenRunbook, ReportsEveryProblemWithLineAndColumn)
{
    const auto parsed = parse(GetParam().yaml);
    EXPECT_FALSE(parsed.ok());
    EXPECT_FALSE(parsed.runbook.has_value());
    EXPECT_THAT(problemTexts(parsed), ElementsAreArray(GetParam().problems));
}

INSTANTIATE_TEST_SUITE_P(RunbookYaml, BrokenRunbook,
    ::testing::Values(BrokenCase{"stepsNotAList", "id: rb\ntitle: T\nsteps: do things\n",
                          {"test.yaml:3:8: \"steps\" must be a list, not the text \"do things\""}},
        BrokenCase{"stepNotAMapping", head + "  - just text\n",
            {"test.yaml:4:5: step 1: each step must be a mapping of keys to values, not the text \"just text\""}},
        BrokenCase{"numberWhereTextIsRequired", head + "  - step_id: s1\n    description: 42\n",
            {"test.yaml:5:18: step \"s1\": \"description\" must be text, not the number 42 (put it in quotes if you "
             "mean the text)"}},
        BrokenCase{"listWhereTextIsRequired", "id: rb\ntitle: [a, b]\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:2:8: \"title\" must be text, not a list"}},
        BrokenCase{"missingId", "title: T\nsteps:\n  - {step_id: s1, action: A}\n", {"test.yaml:1:1: missing \"id\""}},
        BrokenCase{"emptyId", "id:\ntitle: T\nsteps:\n  - {step_id: s1, action: A}\n",
            {"test.yaml:1:1: \"id\" must not be empty"}},
        BrokenCase{"idWithSpaces", "id: my runbook\ntitle: T\nsteps:\n  - {step_id: s1, action: A}\n",
            {"test.yaml:1:5: \"id\" may only hold letters, digits, \"-\" and \"_\", not \"my runbook\""}},
        BrokenCase{"missingTitleAndSteps", "id: rb\n",
            {"test.yaml:1:1: missing \"title\"", "test.yaml:1:1: missing \"steps\""}},
        BrokenCase{"missingStepId", head + "  - description: D\n", {"test.yaml:4:5: step 1: missing \"step_id\""}},
        BrokenCase{"stepSaysNothing", head + "  - step_id: s1\n    expected_result: R\n",
            {"test.yaml:4:5: step \"s1\": needs a \"description\" or an \"action\""}},
        BrokenCase{"duplicateStepIds", head + "  - step_id: s1\n    action: A\n  - step_id: s1\n    action: B\n",
            {"test.yaml:6:14: step id \"s1\" is already used on line 4"}},
        BrokenCase{"emptySteps", "id: rb\ntitle: T\nsteps: []\n", {"test.yaml:3:8: \"steps\" must not be empty"}},
        BrokenCase{"unknownKeyWithHint", "id: rb\ntitel: T\ntitle: T\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:2:1: unknown key \"titel\" (did you mean \"title\"?)"}},
        BrokenCase{"unknownStepKey", head + "  - step_id: s1\n    acton: A\n    description: D\n",
            {"test.yaml:5:5: step \"s1\": unknown key \"acton\" (did you mean \"action\"?)"}},
        BrokenCase{"keyGivenTwice", "id: rb\ntitle: T\ntitle: U\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:3:1: \"title\" is given twice (first on line 2)"}},
        BrokenCase{"estimateWithoutUnit", "id: rb\ntitle: T\nestimated_time: 30\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:3:17: \"estimated_time\" must be text, not the number 30 (put it in quotes if you mean the "
             "text)"}},
        BrokenCase{"estimateNotADuration",
            "id: rb\ntitle: T\nestimated_time: soon\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:3:17: \"estimated_time\" must be a duration like \"45m\", \"2 hours\" or \"30-60 minutes\", "
             "not \"soon\""}},
        BrokenCase{"prerequisiteNotText",
            "id: rb\ntitle: T\nprerequisites:\n  - {a: b}\nsteps:\n  - {step_id: s, action: A}\n",
            {"test.yaml:4:5: each item of \"prerequisites\" must be text, not a mapping"}},
        BrokenCase{
            "badYaml", "id: rb\ntitle: [T\nsteps:\n", {"test.yaml:3:6: bad YAML: end of sequence flow not found"}},
        BrokenCase{"badIndentation", "id: rb\n  title: T\n", {"test.yaml:2:8: bad YAML: illegal map value"}},
        BrokenCase{
            "rootIsAList", "- id: rb\n", {"test.yaml:1:1: a runbook must be a mapping of keys to values, not a list"}},
        BrokenCase{"emptyFile", "", {"test.yaml: the file is empty: a runbook needs \"id\", \"title\" and \"steps\""}}),
    [](const ::testing::TestParamInfo<BrokenCase>& info) { return info.param.name; });

TEST(RunbookYaml, SeveralProblemsInOneFileAreAllReported)
{
    const std::string yaml = "id: rb\n"                       // 1
                             "titel: T\n"                     // 2
                             "estimated_time: whenever\n"     // 3
                             "steps:\n"                       // 4
                             "  - step_id: a\n"               // 5
                             "    action: A\n"                // 6
                             "  - 17\n"                       // 7
                             "  - step_id: a\n"               // 8
                             "    description: [x]\n"         // 9
                             "  - step_id: c\n"               // 10
                             "    automation_script: true\n"; // 11
    const auto parsed = parse(yaml);
    EXPECT_THAT(problemTexts(parsed),
        ElementsAreArray({
            "test.yaml:2:1: unknown key \"titel\" (did you mean \"title\"?)",
            "test.yaml:1:1: missing \"title\"",
            "test.yaml:3:17: \"estimated_time\" must be a duration like \"45m\", \"2 hours\" or \"30-60 minutes\", "
            "not \"whenever\"",
            "test.yaml:7:5: step 2: each step must be a mapping of keys to values, not the number 17",
            "test.yaml:8:14: step id \"a\" is already used on line 5",
            "test.yaml:9:18: step \"a\": \"description\" must be text, not a list",
            "test.yaml:11:24: step \"c\": \"automation_script\" must be text, not the boolean true (put it in quotes "
            "if you mean the text)",
            "test.yaml:10:5: step \"c\": needs a \"description\" or an \"action\"",
        }));
}

TEST(RunbookYaml, EstimatedTimeReadsCommonForms)
{
    const auto estimate = [](const char* text) {
        const auto parsed = parseEstimatedTime(QString::fromUtf8(text));
        return parsed ? std::pair{parsed->minSeconds, parsed->maxSeconds} : std::pair<qint64, qint64>{-1, -1};
    };
    EXPECT_EQ(estimate("45m"), (std::pair<qint64, qint64>{2700, 2700}));
    EXPECT_EQ(estimate("1h30m"), (std::pair<qint64, qint64>{5400, 5400}));
    EXPECT_EQ(estimate("2 hours"), (std::pair<qint64, qint64>{7200, 7200}));
    EXPECT_EQ(estimate("10 to 20 min"), (std::pair<qint64, qint64>{600, 1200}));
    EXPECT_EQ(estimate("~15 minutes"), (std::pair<qint64, qint64>{900, 900}));
    EXPECT_EQ(estimate("30"), (std::pair<qint64, qint64>{-1, -1}));
    EXPECT_EQ(estimate("60-30 minutes"), (std::pair<qint64, qint64>{-1, -1}));
    EXPECT_EQ(estimate("Unknown"), (std::pair<qint64, qint64>{-1, -1}));
}

// Found by fuzz_runbook_yaml: "30-69999999999999999990 minutes" was converted to seconds past what a qint64 holds,
// which is undefined. An estimate over a year is refused like any other it cannot read; a year itself is kept.
TEST(RunbookYaml, EstimatedTimeBeyondAYearIsRefused)
{
    EXPECT_FALSE(parseEstimatedTime(u"30-69999999999999999990 minutes"_s));
    EXPECT_FALSE(parseEstimatedTime(u"4.2e21 minutes"_s));
    EXPECT_FALSE(parseEstimatedTime(u"9999999w"_s));
    const auto year = parseEstimatedTime(u"1-366 days"_s);
    ASSERT_TRUE(year);
    EXPECT_EQ(year->maxSeconds, 366LL * 86400);
}
