#include "cli/RunbookCommand.h"

#include "cli/CliMessages.h"

#include "runbooks/RunbookFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk::runbooks;

namespace wk::cli {

namespace {

int usage(const QString& message)
{
    return usageError("runbook", message);
}

QString summary(const Runbook& runbook)
{
    const qsizetype steps = runbook.steps.size();
    return runbook.sourceFile + u": ok: "_s + runbook.id + u" \""_s + runbook.title + u"\", "_s + QString::number(steps)
        + (steps == 1 ? u" step"_s : u" steps"_s);
}

QJsonObject fileJson(const QString& path, const Result<RunbookParse>& parsed)
{
    QJsonObject file{{u"file"_s, path}};
    if (!parsed) {
        file.insert(u"readable"_s, false);
        file.insert(u"valid"_s, false);
        file.insert(u"error"_s, parsed.error().detail);
        return file;
    }
    file.insert(u"readable"_s, true);
    file.insert(u"valid"_s, parsed->ok());
    if (parsed->ok()) {
        const Runbook& runbook = *parsed->runbook;
        file.insert(u"id"_s, runbook.id);
        file.insert(u"title"_s, runbook.title);
        file.insert(u"kind"_s, runbook.kind == RunbookKind::Markdown ? u"markdown"_s : u"yaml"_s);
        file.insert(u"alert_rule_id"_s, runbook.alertRuleId);
        file.insert(u"steps"_s, int(runbook.steps.size()));
    }
    QJsonArray problems;
    for (const RunbookProblem& problem : parsed->problems) {
        problems.append(QJsonObject{{u"line"_s, problem.line}, {u"column"_s, problem.column},
            {u"message"_s, problem.message}, {u"text"_s, problem.text()}});
    }
    file.insert(u"problems"_s, problems);
    return file;
}

const char* const description = R"(Checks runbook files and reports every problem, each as file:line:column: message.

  YAML      the seed's format: id, title, description, alert_rule_id, estimated_time, prerequisites,
            escalation_contacts and steps (step_id, description, action, expected_result,
            troubleshooting, automation_script); unknown keys are refused with a spelling hint
  Markdown  *.md: the "# " heading is the title, checklist items ("- [ ]") under "## " headings are
            the steps, a ```sh block under a step its script; optional YAML front matter between
            "---" lines (id, alert_rule_id, estimated_time, ...); the id defaults to the file name

estimated_time is a duration such as "45m", "2 hours" or "30-60 minutes".

Exit code: 0 when every file is a valid runbook, 2 when any is invalid, 1 when a file cannot be read
(this wins over 2: the check could not be made).)";

int validate(const QStringList& files, bool json)
{
    bool invalid = false;
    bool unreadable = false;
    QJsonArray results;
    for (const QString& path : files) {
        const auto parsed = loadRunbookFile(path);
        if (json)
            results.append(fileJson(path, parsed));
        if (!parsed) {
            unreadable = true;
            std::fprintf(stderr, "watchkeeper runbook: %s\n", qPrintable(parsed.error().detail));
            continue;
        }
        if (!parsed->ok())
            invalid = true;
        if (json)
            continue;
        for (const RunbookProblem& problem : parsed->problems)
            std::fprintf(stdout, "%s\n", qPrintable(problem.text()));
        if (parsed->ok())
            std::fprintf(stdout, "%s\n", qPrintable(summary(*parsed->runbook)));
        else
            std::fprintf(stdout, "%s: invalid: %lld problem%s\n", qPrintable(path),
                static_cast<long long>(parsed->problems.size()), parsed->problems.size() == 1 ? "" : "s");
    }
    if (json) {
        const QByteArray out = QJsonDocument(QJsonObject{{u"files"_s, results}}).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    }
    return unreadable ? 1 : invalid ? 2 : 0;
}

} // namespace

int runRunbook(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description));
    parser.addHelpOption();
    parser.addPositionalArgument(u"validate"_s, u"The action: validate."_s);
    parser.addPositionalArgument(u"files"_s, u"Runbook files (*.yaml, *.yml, *.md)."_s, u"FILE..."_s);
    const QCommandLineOption format(u"format"_s, u"text (default) or json."_s, u"fmt"_s, u"text"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions({format, logLevel});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(u"say what to do: validate FILE..."_s);
    const QString action = positional.takeFirst();
    if (action != u"validate")
        return usage(u"unknown action \"%1\" (expected validate)"_s.arg(action));
    if (positional.isEmpty())
        return usage(u"give at least one runbook file"_s);
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return usage(u"--format is text or json"_s);
    return validate(positional, fmt == u"json");
}

} // namespace wk::cli
