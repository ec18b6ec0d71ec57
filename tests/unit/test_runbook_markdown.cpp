#include "runbooks/RunbookFile.h"
#include "runbooks/RunbookMarkdown.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::runbooks;
using ::testing::ElementsAre;

namespace {

RunbookParse parse(const std::string& markdown, const QString& name = u"runbooks/disk-full.md"_s)
{
    RunbookParse result;
    EXPECT_NO_THROW(result = parseRunbookMarkdown(QByteArray::fromStdString(markdown), name));
    return result;
}

std::vector<std::string> problemTexts(const RunbookParse& parsed)
{
    std::vector<std::string> texts;
    for (const RunbookProblem& problem : parsed.problems)
        texts.push_back(problem.text().toStdString());
    return texts;
}

const char* const diskFull = R"(# Disk Full on a Model Server

The model cache filled the disk.
Nothing can be written.

## Prerequisites

- Shell access to the node
- [ ] The node's name

## Escalation contacts

- ML Infra on call

## Check

Start here.

- [ ] Find the biggest folders
      Use du on the cache.
      Expected: the cache is the biggest.
      If not: look at the logs folder.
      ```sh
      du -sh /var/cache/models/* | sort -h | tail
      ```
- [x] Check the logs {#logs}
      ```promql
      node_filesystem_avail_bytes
      ```

### Check

- [ ] Check the logs

## Clean up

Delete old model versions, keeping the two newest.

```bash
ls -t /var/cache/models | tail -n +3 | xargs rm -rf
```

## Empty heading
)";

} // namespace

TEST(RunbookMarkdown, HeadingsChecklistsAndCodeBlocksBecomeSteps)
{
    const auto parsed = parse(diskFull);
    ASSERT_TRUE(parsed.ok()) << testing::PrintToString(problemTexts(parsed));
    const Runbook& rb = *parsed.runbook;
    EXPECT_EQ(rb.kind, RunbookKind::Markdown);
    EXPECT_EQ(rb.id, u"disk-full"_s); // the file name without its extension
    EXPECT_EQ(rb.title, u"Disk Full on a Model Server"_s);
    EXPECT_EQ(rb.description, u"The model cache filled the disk. Nothing can be written."_s);
    EXPECT_EQ(rb.prerequisites, (QStringList{u"Shell access to the node"_s, u"The node's name"_s}));
    EXPECT_EQ(rb.escalationContacts, QStringList{u"ML Infra on call"_s});
    EXPECT_FALSE(rb.estimatedTime.has_value());

    ASSERT_EQ(rb.steps.size(), 4);
    const RunbookStep& biggest = rb.steps[0];
    EXPECT_EQ(biggest.id, u"find-the-biggest-folders"_s);
    EXPECT_EQ(biggest.description, u"Find the biggest folders"_s);
    EXPECT_EQ(biggest.action, u"Use du on the cache."_s);
    EXPECT_EQ(biggest.expectedResult, u"the cache is the biggest."_s);
    EXPECT_EQ(biggest.troubleshooting, u"look at the logs folder."_s);
    EXPECT_EQ(biggest.automationScript, u"du -sh /var/cache/models/* | sort -h | tail\n"_s);
    EXPECT_EQ(biggest.section, u"Check"_s);
    EXPECT_EQ(biggest.line, 19);

    // An explicit id; a code block in another language is text, not a script.
    EXPECT_EQ(rb.steps[1].id, u"logs"_s);
    EXPECT_EQ(rb.steps[1].description, u"Check the logs"_s);
    EXPECT_TRUE(rb.steps[1].automationScript.isEmpty());
    EXPECT_THAT(rb.steps[1].action.toStdString(), ::testing::HasSubstr("node_filesystem_avail_bytes"));

    // A subsection is a section of its own, whatever its name.
    EXPECT_EQ(rb.steps[2].id, u"check-the-logs"_s);

    // A section without checklist items but with text is one step.
    const RunbookStep& cleanUp = rb.steps[3];
    EXPECT_EQ(cleanUp.id, u"clean-up"_s);
    EXPECT_EQ(cleanUp.description, u"Clean up"_s);
    EXPECT_EQ(cleanUp.action, u"Delete old model versions, keeping the two newest."_s);
    EXPECT_EQ(cleanUp.automationScript, u"ls -t /var/cache/models | tail -n +3 | xargs rm -rf\n"_s);
    EXPECT_EQ(cleanUp.line, 35);

    ASSERT_EQ(rb.sections.size(), 4);
    EXPECT_EQ(rb.sections[0].title, u"Check"_s);
    EXPECT_EQ(rb.sections[0].text, u"Start here."_s);
    EXPECT_EQ(rb.sections[3].title, u"Empty heading"_s);
}

TEST(RunbookMarkdown, RepeatedTextGetsNumberedIds)
{
    const auto parsed = parse("# T\n\n- [ ] Check the logs\n- [ ] Check the logs\n");
    ASSERT_TRUE(parsed.ok()) << testing::PrintToString(problemTexts(parsed));
    ASSERT_EQ(parsed.runbook->steps.size(), 2);
    EXPECT_EQ(parsed.runbook->steps[0].id, u"check-the-logs"_s);
    EXPECT_EQ(parsed.runbook->steps[1].id, u"check-the-logs-2"_s);
    EXPECT_TRUE(parsed.runbook->steps[0].section.isEmpty());
}

TEST(RunbookMarkdown, FrontMatterGivesIdRuleAndEstimate)
{
    const auto parsed = parse("---\nid: disk\nalert_rule_id: NodeDiskFull\nestimated_time: 20m\n---\n"
                              "# Disk\n\n- [ ] Free space\n");
    ASSERT_TRUE(parsed.ok()) << testing::PrintToString(problemTexts(parsed));
    EXPECT_EQ(parsed.runbook->id, u"disk"_s);
    EXPECT_EQ(parsed.runbook->alertRuleId, u"NodeDiskFull"_s);
    ASSERT_TRUE(parsed.runbook->estimatedTime.has_value());
    EXPECT_EQ(parsed.runbook->estimatedTime->maxSeconds, 1200);
    EXPECT_EQ(parsed.runbook->steps[0].line, 8);
}

TEST(RunbookMarkdown, FrontMatterProblemsPointIntoTheMarkdownFile)
{
    const auto parsed = parse("---\nid: disk\nalert_rule: X\nestimated_time: [1]\n---\n# Disk\n\n- [ ] Free space\n");
    EXPECT_THAT(problemTexts(parsed),
        ElementsAre("runbooks/disk-full.md:3:1: unknown key \"alert_rule\" (did you mean \"alert_rule_id\"?)",
            "runbooks/disk-full.md:4:17: \"estimated_time\" must be text, not a list"));
}

TEST(RunbookMarkdown, BrokenFilesSayWhatIsMissing)
{
    EXPECT_THAT(problemTexts(parse("Just some notes.\n")),
        ElementsAre("runbooks/disk-full.md:1:1: no title: start the file with a \"# Title\" line",
            "runbooks/disk-full.md: no steps: write checklist items (\"- [ ] Check ...\") or text under \"## \" "
            "headings"));
    EXPECT_THAT(problemTexts(parse("---\nid: x\n# T\n")),
        ElementsAre("runbooks/disk-full.md:1:1: the front matter opened here is never closed with \"---\""));
    EXPECT_THAT(problemTexts(parse("# T\n\n- [ ] Run it\n  ```sh\n  echo hi\n")),
        ElementsAre("runbooks/disk-full.md:4:3: the code block opened here is never closed"));
    EXPECT_THAT(problemTexts(parse("# T\n\n- [ ] A {#same}\n- [ ] B {#same}\n- [ ] C {#not an id}\n")),
        ElementsAre("runbooks/disk-full.md:4:1: step id \"same\" is already used on line 3",
            "runbooks/disk-full.md:5:1: a step id may only hold letters, digits, \"-\" and \"_\", not \"not an id\""));
    EXPECT_THAT(problemTexts(parse("# T\n\n- [ ] A\n  ```sh\n  a\n  ```\n  ```sh\n  b\n  ```\n")),
        ElementsAre("runbooks/disk-full.md:7:3: step \"a\" already has a script; a step runs one script"));
    EXPECT_THAT(problemTexts(parse("# T\n\n- [ ] A\n", u"my runbook.md"_s)),
        ElementsAre("my runbook.md: the file name makes no usable id (letters, digits, \"-\" and \"_\"): give an "
                    "\"id\" in the front matter"));
}

TEST(RunbookMarkdown, ShippedLatencyRunbookReads)
{
    const auto parsed
        = loadRunbookFile(QStringLiteral(WK_TEST_DATA "/../../resources/runbooks/model-serving-latency.md"));
    ASSERT_TRUE(parsed.has_value());
    ASSERT_TRUE(parsed->ok()) << testing::PrintToString(problemTexts(*parsed));
    const Runbook& rb = *parsed->runbook;
    EXPECT_EQ(rb.id, u"model-serving-latency"_s);
    EXPECT_EQ(rb.alertRuleId, u"ModelServingLatencyHigh"_s);
    EXPECT_EQ(rb.title, u"Model Serving Latency High"_s);
    ASSERT_EQ(rb.steps.size(), 5);
    EXPECT_EQ(rb.steps[2].id, u"scale-up"_s);
    EXPECT_THAT(rb.steps[2].automationScript.toStdString(), ::testing::StartsWith("kubectl --context ml-prod"));
    EXPECT_EQ(rb.steps[4].id, u"find-the-cause"_s);
}
