#include "runbooks/RunbookMarkdown.h"

#include "runbooks/RunbookYaml.h"
#include "workspace/YamlReader.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wk::runbooks {

namespace {

enum class Part { Top, Prerequisites, Escalation, Steps };

Part partFor(const QString& heading)
{
    const QString name = heading.toLower();
    if (name == u"prerequisites" || name == u"before you start" || name == u"requirements")
        return Part::Prerequisites;
    if (name == u"escalation" || name == u"escalation contacts" || name == u"contacts")
        return Part::Escalation;
    return Part::Steps;
}

bool isScriptLanguage(const QString& language)
{
    return language == u"sh" || language == u"bash" || language == u"shell" || language == u"zsh";
}

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    if (out.size() > 48) {
        out.truncate(48);
        if (const qsizetype dash = out.lastIndexOf(u'-'); dash > 16)
            out.truncate(dash);
    }
    return out;
}

void appendText(QString& to, const QString& line)
{
    if (line.isEmpty()) {
        if (!to.isEmpty() && !to.endsWith(u"\n\n"_s))
            to += u"\n\n"_s;
        return;
    }
    if (!to.isEmpty() && !to.endsWith(u'\n'))
        to += u' ';
    to += line;
}

class MarkdownReader
{
public:
    MarkdownReader(const QString& sourceName, QList<RunbookProblem>& problems)
        : m_source(sourceName)
        , m_problems(problems)
    { }

    void read(const QStringList& lines, qsizetype start, Runbook& runbook);

private:
    void problem(int line, int column, const QString& message)
    {
        m_problems.append(RunbookProblem{m_source, line, column, message});
    }
    void heading(int level, const QString& text, int line, Runbook& runbook);
    void item(const QString& text, int line, int column, Runbook& runbook);
    void prose(const QString& line, bool indented, Runbook& runbook);
    void fence(
        const QString& language, const QString& body, const QString& raw, int line, int column, Runbook& runbook);
    void closeSection(Runbook& runbook);
    // The step id from an explicit "{#id}" (removed from `text`, `given` set) or made from the text.
    QString stepId(QString& text, int line, int column, bool& given);
    void registerGivenId(const QString& id, int line, int column);

    QString m_source;
    QList<RunbookProblem>& m_problems;
    Part m_part = Part::Top;
    bool m_titleSeen = false;
    qsizetype m_item = -1;    // the checklist item being read, in runbook.steps
    qsizetype m_section = -1; // the open section, in runbook.sections
    bool m_sectionHasItems = false;
    QString m_sectionScript;
    QString m_sectionHeadingId;
    bool m_sectionHeadingIdGiven = false;
    QHash<QString, int> m_givenIds; // id -> line
};

void MarkdownReader::read(const QStringList& lines, qsizetype start, Runbook& runbook)
{
    static const QRegularExpression headingLine(uR"(^(#{1,6})\s+(.*?)\s*#*\s*$)"_s);
    static const QRegularExpression checklistLine(uR"(^(\s*)[-*+]\s+\[([ xX])\]\s+(.*)$)"_s);
    static const QRegularExpression bulletLine(uR"(^(\s*)[-*+]\s+(.*)$)"_s);
    static const QRegularExpression fenceLine(uR"(^(\s*)(```+|~~~+)\s*([A-Za-z0-9_+-]*).*$)"_s);
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const int number = int(i + 1);
        if (const auto open = fenceLine.match(line); open.hasMatch()) {
            const qsizetype indent = open.capturedLength(1);
            const QString marker = open.captured(2);
            QStringList body;
            qsizetype j = i + 1;
            for (; j < lines.size(); ++j) {
                if (lines[j].trimmed().startsWith(marker) && lines[j].trimmed().mid(marker.size()).trimmed().isEmpty())
                    break;
                // Drop the fence's own indentation from each line, never more than the line's leading blanks.
                qsizetype strip = 0;
                while (strip < indent && strip < lines[j].size() && lines[j][strip].isSpace())
                    ++strip;
                body.append(lines[j].mid(strip));
            }
            if (j == lines.size()) {
                problem(number, int(indent + 1), u"the code block opened here is never closed"_s);
                return;
            }
            fence(open.captured(3).toLower(), body.join(u'\n') + u'\n', lines.mid(i, j - i + 1).join(u'\n'), number,
                int(indent + 1), runbook);
            i = j;
            continue;
        }
        if (const auto h = headingLine.match(line); h.hasMatch()) {
            heading(int(h.capturedLength(1)), h.captured(2), number, runbook);
            continue;
        }
        if (const auto c = checklistLine.match(line); c.hasMatch()) {
            item(c.captured(3).trimmed(), number, int(c.capturedLength(1) + 1), runbook);
            continue;
        }
        if (const auto b = bulletLine.match(line);
            b.hasMatch() && (m_part == Part::Prerequisites || m_part == Part::Escalation)) {
            (m_part == Part::Prerequisites ? runbook.prerequisites : runbook.escalationContacts)
                .append(b.captured(2).trimmed());
            continue;
        }
        prose(line.trimmed(), !line.isEmpty() && line.front().isSpace(), runbook);
    }
    closeSection(runbook);
}

void MarkdownReader::heading(int level, const QString& text, int line, Runbook& runbook)
{
    closeSection(runbook);
    m_item = -1;
    if (level == 1 && !m_titleSeen) {
        m_titleSeen = true;
        if (runbook.title.isEmpty())
            runbook.title = text;
        m_part = Part::Top;
        return;
    }
    m_part = partFor(text);
    if (m_part != Part::Steps)
        return;
    QString title = text;
    m_sectionHeadingId = stepId(title, line, level + 2, m_sectionHeadingIdGiven);
    runbook.sections.append(RunbookSection{title, QString(), line});
    m_section = runbook.sections.size() - 1;
    m_sectionHasItems = false;
    m_sectionScript.clear();
}

void MarkdownReader::item(const QString& text, int line, int column, Runbook& runbook)
{
    if (m_part == Part::Prerequisites || m_part == Part::Escalation) {
        (m_part == Part::Prerequisites ? runbook.prerequisites : runbook.escalationContacts).append(text);
        return;
    }
    RunbookStep step;
    step.description = text;
    bool given = false;
    step.id = stepId(step.description, line, column, given);
    if (given)
        registerGivenId(step.id, line, column);
    step.line = line;
    if (m_section >= 0)
        step.section = runbook.sections[m_section].title;
    if (step.description.isEmpty())
        problem(line, column, u"a checklist item must say what to do"_s);
    runbook.steps.append(step);
    m_item = runbook.steps.size() - 1;
    m_sectionHasItems = true;
}

void MarkdownReader::prose(const QString& line, bool indented, Runbook& runbook)
{
    if (m_item >= 0 && (indented || line.isEmpty())) {
        RunbookStep& step = runbook.steps[m_item];
        if (line.startsWith(u"Expected:"_s, Qt::CaseInsensitive))
            step.expectedResult = line.mid(9).trimmed();
        else if (line.startsWith(u"Expected result:"_s, Qt::CaseInsensitive))
            step.expectedResult = line.mid(16).trimmed();
        else if (line.startsWith(u"If not:"_s, Qt::CaseInsensitive))
            step.troubleshooting = line.mid(7).trimmed();
        else if (line.startsWith(u"Troubleshooting:"_s, Qt::CaseInsensitive))
            step.troubleshooting = line.mid(16).trimmed();
        else if (!line.isEmpty() || !step.action.isEmpty())
            appendText(step.action, line);
        return;
    }
    m_item = -1;
    if (m_section >= 0)
        appendText(runbook.sections[m_section].text, line);
    else if (m_part == Part::Top && (!line.isEmpty() || !runbook.description.isEmpty()))
        appendText(runbook.description, line);
}

void MarkdownReader::fence(
    const QString& language, const QString& body, const QString& raw, int line, int column, Runbook& runbook)
{
    if (!isScriptLanguage(language)) {
        // Other code (a query, some output) is part of the text it sits in.
        prose(raw, m_item >= 0, runbook);
        return;
    }
    if (m_item >= 0) {
        RunbookStep& step = runbook.steps[m_item];
        if (!step.automationScript.isEmpty())
            problem(line, column, u"step \""_s + step.id + u"\" already has a script; a step runs one script"_s);
        step.automationScript = body;
        return;
    }
    if (m_section >= 0 && !m_sectionHasItems) {
        if (!m_sectionScript.isEmpty())
            problem(line, column, u"section \""_s + runbook.sections[m_section].title + u"\" already has a script"_s);
        m_sectionScript = body;
        return;
    }
    problem(line, column, u"a script must be under a checklist item or a section heading"_s);
}

void MarkdownReader::closeSection(Runbook& runbook)
{
    if (m_section < 0)
        return;
    RunbookSection& section = runbook.sections[m_section];
    section.text = section.text.trimmed();
    if (!m_sectionHasItems && (!section.text.isEmpty() || !m_sectionScript.isEmpty())) {
        RunbookStep step;
        step.id = m_sectionHeadingId;
        step.description = section.title;
        step.action = section.text;
        step.automationScript = m_sectionScript;
        step.section = section.title;
        step.line = section.line;
        if (m_sectionHeadingIdGiven)
            registerGivenId(step.id, step.line, 1);
        runbook.steps.append(step);
    }
    m_section = -1;
    m_sectionScript.clear();
}

void MarkdownReader::registerGivenId(const QString& id, int line, int column)
{
    if (const auto first = m_givenIds.constFind(id); first != m_givenIds.cend())
        problem(line, column, u"step id \""_s + id + u"\" is already used on line "_s + QString::number(*first));
    else
        m_givenIds.insert(id, line);
}

QString MarkdownReader::stepId(QString& text, int line, int column, bool& given)
{
    static const QRegularExpression explicitId(uR"(\s*\{#([^}]*)\}\s*$)"_s);
    given = false;
    if (const auto match = explicitId.match(text); match.hasMatch()) {
        given = true;
        const QString id = match.captured(1).trimmed();
        text.truncate(match.capturedStart(0));
        if (!workspace::YamlReader::isId(id))
            problem(line, column, u"a step id may only hold letters, digits, \"-\" and \"_\", not \""_s + id + u'"');
        return id;
    }
    return slug(text);
}

} // namespace

RunbookParse parseRunbookMarkdown(const QByteArray& text, const QString& sourceName)
{
    RunbookParse result;
    Runbook runbook;
    runbook.kind = RunbookKind::Markdown;
    runbook.sourceFile = sourceName;
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    qsizetype start = 0;
    if (!lines.isEmpty() && lines.front().trimmed() == u"---") {
        qsizetype end = 1;
        while (end < lines.size() && lines[end].trimmed() != u"---" && lines[end].trimmed() != u"...")
            ++end;
        if (end == lines.size()) {
            result.problems.append(
                RunbookProblem{sourceName, 1, 1, u"the front matter opened here is never closed with \"---\""_s});
            return result;
        }
        readRunbookFrontMatter(lines.mid(1, end - 1).join(u'\n').toUtf8(), sourceName, 2, runbook, result.problems);
        start = end + 1;
    }
    MarkdownReader reader(sourceName, result.problems);
    reader.read(lines, start, runbook);
    runbook.description = runbook.description.trimmed();
    for (RunbookStep& step : runbook.steps) {
        step.description = step.description.trimmed();
        step.action = step.action.trimmed();
    }
    if (runbook.id.isEmpty()) {
        runbook.id = QFileInfo(sourceName).completeBaseName();
        if (!workspace::YamlReader::isId(runbook.id)) {
            result.problems.append(RunbookProblem{sourceName, 0, 0,
                u"the file name makes no usable id (letters, digits, \"-\" and \"_\"): give an \"id\" in the front "
                u"matter"_s});
        }
    }
    if (runbook.title.isEmpty())
        result.problems.append(RunbookProblem{sourceName, 1, 1, u"no title: start the file with a \"# Title\" line"_s});
    if (runbook.steps.isEmpty()) {
        result.problems.append(RunbookProblem{sourceName, 0, 0,
            u"no steps: write checklist items (\"- [ ] Check ...\") or text under \"## \" headings"_s});
    }
    // Ids made from text may repeat ("Check the logs" twice): number the later ones. Given ids must be unique.
    QHash<QString, int> firstLine;
    for (RunbookStep& step : runbook.steps) {
        const QString base = step.id.isEmpty() ? u"step"_s : step.id;
        QString id = base;
        for (int n = 2; firstLine.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        step.id = id;
        firstLine.insert(id, step.line);
    }
    if (result.problems.isEmpty())
        result.runbook = std::move(runbook);
    return result;
}

} // namespace wk::runbooks
