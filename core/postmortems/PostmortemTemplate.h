#pragma once

#include "common/Error.h"
#include "postmortems/Postmortem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wk::postmortems {

struct TemplateProblem
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in UTF-16 code units
    QString message;
};

// A Markdown file with placeholders between double braces ({{root_cause}}) that a postmortem fills in. The built-in
// one is resources/postmortems/template.md; a team can give another file of the same form. The placeholders are
// listed by placeholders() and at the top of the built-in template.
//
// Rules, so that any template renders to clean Markdown: HTML comments are notes for the template's authors, left
// out of the document and not searched for placeholders; a value on a line starting with "|" is escaped for a table
// cell ("|" and line breaks); a value on a heading line is kept to one line; {{timeline}} and {{action_items}} render
// tables and must stand on a line of their own; an empty section renders as "*(not written yet)*", never as a bare
// placeholder.
class PostmortemTemplate
{
public:
    static QString builtinPath() { return QStringLiteral(":/postmortems/template.md"); }

    // The file at path, or the built-in template when path is empty. A Parse error lists every problem as
    // "path:line:column: message", one per line; Io when the file cannot be read.
    static Result<PostmortemTemplate> load(const QString& path);
    // The same from text already read; origin names it in messages.
    static Result<PostmortemTemplate> fromText(const QString& text, const QString& origin);
    static QList<TemplateProblem> problemsIn(const QString& text);

    static QStringList placeholders();

    // The postmortem as Markdown. generatedAt fills {{generated_at}}.
    QString render(const Postmortem& postmortem, const QDateTime& generatedAt) const;

    QString origin() const { return m_origin; }

private:
    PostmortemTemplate(QString text, QString origin);

    QString m_text;
    QString m_origin;
};

} // namespace wk::postmortems
