#include "postmortems/PostmortemTemplate.h"

#include "common/BoundedRead.h"
#include "common/TimeText.h"

#include <QFile>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace wk::postmortems {

namespace {

const QString notWritten = u"*(not written yet)*"_s;
const QString notKnown = u"*(not known)*"_s;

const QStringList knownNames = {
    u"title"_s,
    u"incident.id"_s,
    u"incident.severity"_s,
    u"incident.commander"_s,
    u"generated_at"_s,
    u"summary"_s,
    u"impact.users"_s,
    u"impact.duration"_s,
    u"impact.slo_budget"_s,
    u"timeline"_s,
    u"root_cause"_s,
    u"resolution"_s,
    u"action_items"_s,
    u"lessons"_s,
    u"mtta"_s,
    u"mttr"_s,
};

bool rendersATable(const QString& name)
{
    return name == u"timeline"_s || name == u"action_items"_s;
}

enum class LineKind { Plain, TableRow, Heading };

// A run of literal text (name empty) or one placeholder and where it stands.
struct Piece
{
    QString text;
    QString name;
    LineKind where = LineKind::Plain;
};

TemplateProblem problemAt(const QString& text, qsizetype position, QString message)
{
    const QStringView before = QStringView(text).first(position);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return TemplateProblem{int(before.count(u'\n')) + 1, int(position - lineStart) + 1, std::move(message)};
}

// Splits a template into literal text and placeholders, leaving out HTML comments, and notes every problem.
QList<Piece> scan(const QString& text, QList<TemplateProblem>& problems)
{
    QList<Piece> pieces;
    QString literal;
    const QStringView all(text);
    qsizetype i = 0;
    while (i < all.size()) {
        const QStringView rest = all.sliced(i);
        const qsizetype lineStart = i == 0 ? 0 : all.first(i).lastIndexOf(u'\n') + 1;
        const qsizetype lineEnd = all.indexOf(u'\n', i) < 0 ? all.size() : all.indexOf(u'\n', i);
        if (rest.startsWith(u"<!--")) {
            qsizetype end = all.indexOf(u"-->", i + 4);
            if (end < 0) {
                problems.append(problemAt(text, i, u"an HTML comment that is never closed"_s));
                end = all.size();
            } else {
                end += 3;
            }
            // A comment on lines of its own takes its line break with it.
            if (all.sliced(lineStart, i - lineStart).trimmed().isEmpty() && end < all.size() && all.at(end) == u'\n')
                ++end;
            i = end;
            continue;
        }
        if (!rest.startsWith(u"{{")) {
            literal += all.at(i++);
            continue;
        }
        const qsizetype close = all.indexOf(u"}}", i + 2);
        if (close < 0 || close > lineEnd) {
            problems.append(problemAt(text, i, u"\"{{\" without \"}}\" on the same line"_s));
            literal += u"{{"_s;
            i += 2;
            continue;
        }
        const QString name = all.sliced(i + 2, close - i - 2).trimmed().toString();
        const QStringView line = all.sliced(lineStart, lineEnd - lineStart).trimmed();
        if (!knownNames.contains(name)) {
            problems.append(problemAt(text, i, u"unknown placeholder {{%1}}"_s.arg(name)));
        } else if (rendersATable(name) && line.size() != close + 2 - i) {
            problems.append(
                problemAt(text, i, u"{{%1}} renders a table and must stand on a line of its own"_s.arg(name)));
        }
        if (!literal.isEmpty())
            pieces.append(Piece{std::exchange(literal, QString()), QString(), LineKind::Plain});
        const LineKind where = line.startsWith(u'|') ? LineKind::TableRow
            : line.startsWith(u'#')                  ? LineKind::Heading
                                                     : LineKind::Plain;
        pieces.append(Piece{QString(), name, where});
        i = close + 2;
    }
    if (!literal.isEmpty())
        pieces.append(Piece{literal, QString(), LineKind::Plain});
    return pieces;
}

QString cell(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u"\r\n"_s, u"\n"_s);
    escaped.replace(u'|', u"\\|"_s);
    escaped.replace(u'\n', u"<br>"_s);
    return escaped.isEmpty() ? u" "_s : escaped;
}

QString written(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? notWritten : trimmed;
}

QString duration(const std::optional<qint64>& seconds)
{
    return seconds ? durationText(*seconds) : notKnown;
}

QString timelineTable(const Postmortem& postmortem)
{
    if (postmortem.timeline.isEmpty())
        return u"*(no events chosen)*"_s;
    QString table = u"| Time (UTC) | Who | What |\n| --- | --- | --- |"_s;
    for (const TimelineEntry& entry : postmortem.timeline) {
        table += u"\n| "_s + entry.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" | "_s + cell(entry.actor)
            + u" | "_s + cell(entry.text) + u" |"_s;
    }
    return table;
}

QString actionItemsTable(const Postmortem& postmortem)
{
    QString rows;
    for (const ActionItem& item : postmortem.actionItems) {
        if (item.what.trimmed().isEmpty() && item.owner.trimmed().isEmpty() && !item.due.isValid())
            continue;
        rows += u"\n| "_s + cell(item.what) + u" | "_s + cell(item.owner) + u" | "_s
            + (item.due.isValid() ? item.due.toString(Qt::ISODate) : u" "_s) + u" |"_s;
    }
    if (rows.isEmpty())
        return u"*(none yet)*"_s;
    return u"| What | Owner | Due |\n| --- | --- | --- |"_s + rows;
}

QString sloBudget(const Impact& impact)
{
    if (!impact.sloBudget.trimmed().isEmpty())
        return impact.sloBudget.trimmed();
    if (impact.sloBudgetBurned)
        return u"%1% of the error budget"_s.arg(*impact.sloBudgetBurned * 100.0, 0, 'f', 1);
    return notWritten;
}

QString valueOf(const QString& name, const Postmortem& postmortem, const QDateTime& generatedAt)
{
    if (name == u"title"_s)
        return written(postmortem.title);
    if (name == u"incident.id"_s)
        return QString::number(postmortem.incidentId);
    if (name == u"incident.severity"_s)
        return postmortem.severity.isEmpty() ? notKnown : postmortem.severity;
    if (name == u"incident.commander"_s)
        return postmortem.commander.isEmpty() ? u"*(nobody)*"_s : postmortem.commander;
    if (name == u"generated_at"_s)
        return generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (name == u"summary"_s)
        return written(postmortem.summary);
    if (name == u"impact.users"_s)
        return written(postmortem.impact.users);
    if (name == u"impact.duration"_s)
        return duration(postmortem.impact.durationSeconds);
    if (name == u"impact.slo_budget"_s)
        return sloBudget(postmortem.impact);
    if (name == u"timeline"_s)
        return timelineTable(postmortem);
    if (name == u"root_cause"_s)
        return written(postmortem.rootCause);
    if (name == u"resolution"_s)
        return written(postmortem.resolution);
    if (name == u"action_items"_s)
        return actionItemsTable(postmortem);
    if (name == u"lessons"_s)
        return written(postmortem.lessons);
    if (name == u"mtta"_s)
        return duration(postmortem.mttaSeconds);
    if (name == u"mttr"_s)
        return duration(postmortem.mttrSeconds);
    return {};
}

} // namespace

PostmortemTemplate::PostmortemTemplate(QString text, QString origin)
    : m_text(std::move(text))
    , m_origin(std::move(origin))
{ }

Result<PostmortemTemplate> PostmortemTemplate::load(const QString& path)
{
    const QString source = path.isEmpty() ? builtinPath() : path;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, u"cannot read the postmortem template %1: %2"_s.arg(source, file.errorString()));
    const auto bytes = readAtMost(file, maxTextFileBytes);
    if (!bytes)
        return makeError(bytes.error().code,
            u"cannot read the postmortem template %1: %2"_s.arg(source,
                bytes.error().code == ErrorCode::Io ? file.errorString()
                                                    : u"the file is larger than "_s + byteSizeText(maxTextFileBytes)));
    return fromText(QString::fromUtf8(*bytes), source);
}

Result<PostmortemTemplate> PostmortemTemplate::fromText(const QString& text, const QString& origin)
{
    const QList<TemplateProblem> problems = problemsIn(text);
    if (problems.isEmpty())
        return PostmortemTemplate(text, origin);
    QStringList lines;
    for (const TemplateProblem& problem : problems)
        lines.append(u"%1:%2:%3: %4"_s.arg(
            origin, QString::number(problem.line), QString::number(problem.column), problem.message));
    return makeError(ErrorCode::Parse, lines.join(u'\n'));
}

QList<TemplateProblem> PostmortemTemplate::problemsIn(const QString& text)
{
    QList<TemplateProblem> problems;
    scan(text, problems);
    return problems;
}

QStringList PostmortemTemplate::placeholders()
{
    return knownNames;
}

QString PostmortemTemplate::render(const Postmortem& postmortem, const QDateTime& generatedAt) const
{
    QList<TemplateProblem> ignored; // a template is only made from text without problems
    QString out;
    for (const Piece& piece : scan(m_text, ignored)) {
        if (piece.name.isEmpty()) {
            out += piece.text;
            continue;
        }
        const QString value = valueOf(piece.name, postmortem, generatedAt);
        switch (piece.where) {
        case LineKind::TableRow:
            out += cell(value);
            break;
        case LineKind::Heading:
            out += value.simplified();
            break;
        case LineKind::Plain:
            out += value;
            break;
        }
    }
    while (out.startsWith(u'\n'))
        out.remove(0, 1);
    return out;
}

} // namespace wk::postmortems
