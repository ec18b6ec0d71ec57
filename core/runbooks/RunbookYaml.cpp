#include "runbooks/RunbookYaml.h"

#include "runbooks/YamlProblems.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

const QStringList headerKeys{u"id"_s, u"title"_s, u"description"_s, u"alert_rule_id"_s, u"estimated_time"_s,
    u"prerequisites"_s, u"escalation_contacts"_s};
const QStringList stepKeys{
    u"step_id"_s, u"description"_s, u"action"_s, u"expected_result"_s, u"troubleshooting"_s, u"automation_script"_s};

// `required` says whether "id" and "title" must be given: in a YAML runbook, not in Markdown front matter.
void readHeader(YamlProblems& yaml, const YAML::Node& root, Runbook& runbook, Required required)
{
    const QString none;
    if (const auto id = yaml.text(root, "id", none, TextKind::Id, required))
        runbook.id = *id;
    if (const auto title = yaml.text(root, "title", none, TextKind::Prose, required))
        runbook.title = *title;
    if (const auto description = yaml.text(root, "description", none, TextKind::Prose))
        runbook.description = *description;
    if (const auto rule = yaml.text(root, "alert_rule_id", none, TextKind::Name))
        runbook.alertRuleId = *rule;
    if (const auto estimate = yaml.text(root, "estimated_time", none, TextKind::Prose);
        estimate && !estimate->isEmpty()) {
        if (const auto parsed = parseEstimatedTime(*estimate))
            runbook.estimatedTime = *parsed;
        else
            yaml.addAt(YamlProblems::valueMark(root, "estimated_time"),
                u"\"estimated_time\" must be a duration like \"45m\", \"2 hours\" or \"30-60 minutes\", not "_s
                    + YamlProblems::quoted(*estimate));
    }
    if (const auto list = yaml.textList(root, "prerequisites", none))
        runbook.prerequisites = *list;
    if (const auto list = yaml.textList(root, "escalation_contacts", none))
        runbook.escalationContacts = *list;
}

void readStep(YamlProblems& yaml, const YAML::Node& node, qsizetype index, Runbook& runbook, QList<int>& idLines)
{
    const QString fallback = u"step "_s + QString::number(index + 1);
    if (!yaml.expectMap(node, fallback, u"each step"_s))
        return;
    const QString context = YamlProblems::contextFor(node, "step_id", u"step"_s, fallback);
    yaml.checkKeys(node, context, stepKeys);
    RunbookStep step;
    step.line = yaml.lineOf(node.Mark());
    if (const auto id = yaml.text(node, "step_id", context, TextKind::Id, Required::Yes)) {
        step.id = *id;
        const auto first = std::find_if(
            runbook.steps.cbegin(), runbook.steps.cend(), [&](const RunbookStep& s) { return s.id == step.id; });
        if (first != runbook.steps.cend()) {
            yaml.addAt(YamlProblems::valueMark(node, "step_id"),
                u"step id "_s + YamlProblems::quoted(step.id) + u" is already used on line "_s
                    + QString::number(idLines[first - runbook.steps.cbegin()]));
        }
    }
    const auto description = yaml.text(node, "description", context, TextKind::Prose);
    const auto action = yaml.text(node, "action", context, TextKind::Prose);
    step.description = description.value_or(QString());
    step.action = action.value_or(QString());
    step.expectedResult = yaml.text(node, "expected_result", context, TextKind::Prose).value_or(QString());
    step.troubleshooting = yaml.text(node, "troubleshooting", context, TextKind::Prose).value_or(QString());
    step.automationScript = yaml.text(node, "automation_script", context, TextKind::Script).value_or(QString());
    // A step must say what to do; either field will do, as in a Markdown checklist item.
    if (!YamlProblems::has(node, "description") && !YamlProblems::has(node, "action"))
        yaml.add(node, context + u": needs a \"description\" or an \"action\""_s);
    else if ((description || action) && step.description.isEmpty() && step.action.isEmpty())
        yaml.add(node, context + u": \"description\" and \"action\" are both empty"_s);
    runbook.steps.append(step);
    idLines.append(yaml.lineOf(YamlProblems::valueMark(node, "step_id")));
}

void readSteps(YamlProblems& yaml, const YAML::Node& root, Runbook& runbook)
{
    if (!yaml.require(root, "steps", QString()))
        return;
    const YamlProblems::Entry steps = *YamlProblems::entry(root, "steps");
    if (!steps.value.IsSequence()) {
        yaml.addAt(
            YamlProblems::markOf(steps), u"\"steps\" must be a list, not "_s + YamlProblems::describe(steps.value));
        return;
    }
    if (steps.value.size() == 0) {
        yaml.addAt(YamlProblems::markOf(steps), u"\"steps\" must not be empty"_s);
        return;
    }
    QList<int> idLines;
    for (std::size_t i = 0; i < steps.value.size(); ++i)
        readStep(yaml, steps.value[i], qsizetype(i), runbook, idLines);
}

// The parsed document, or nothing after reporting why yaml-cpp could not read it.
std::optional<YAML::Node> load(YamlProblems& yaml, const QByteArray& text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        yaml.addAt(e.mark, u"bad YAML: "_s + QString::fromStdString(e.msg));
    }
    return std::nullopt;
}

} // namespace

RunbookParse parseRunbookYaml(const QByteArray& text, const QString& sourceName)
{
    RunbookParse result;
    YamlProblems yaml(sourceName, text, 1, result.problems);
    const auto root = load(yaml, text);
    if (!root)
        return result;
    if (root->IsNull()) {
        yaml.addAt(YAML::Mark::null_mark(), u"the file is empty: a runbook needs \"id\", \"title\" and \"steps\""_s);
        return result;
    }
    if (!yaml.expectMap(*root, QString(), u"a runbook"_s))
        return result;
    QStringList allowed = headerKeys;
    allowed.append(u"steps"_s);
    yaml.checkKeys(*root, QString(), allowed);
    Runbook runbook;
    runbook.kind = RunbookKind::Yaml;
    runbook.sourceFile = sourceName;
    readHeader(yaml, *root, runbook, Required::Yes);
    readSteps(yaml, *root, runbook);
    if (result.problems.isEmpty())
        result.runbook = std::move(runbook);
    return result;
}

void readRunbookFrontMatter(
    const QByteArray& yaml, const QString& sourceName, int firstLine, Runbook& runbook, QList<RunbookProblem>& problems)
{
    YamlProblems reader(sourceName, yaml, firstLine, problems);
    const auto root = load(reader, yaml);
    if (!root || root->IsNull())
        return;
    if (!reader.expectMap(*root, QString(), u"the front matter"_s))
        return;
    reader.checkKeys(*root, QString(), headerKeys);
    readHeader(reader, *root, runbook, Required::No);
}

} // namespace wk::runbooks
