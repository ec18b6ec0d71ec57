#include "cli/AlertsArguments.h"

#include "common/TimeText.h"

#include <QCommandLineParser>

#include <array>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

const QString description
    = u"Lists, shows and acts on the alerts of Opsgenie or JSM Ops.\n"
      "\n"
      "  list                        alerts matching --query or --saved (default: the workspace's query,\n"
      "                              else status:open)\n"
      "  show ID                     one alert: every field, its details and notes\n"
      "  ack|unack|close ID...       acknowledge, unacknowledge or close\n"
      "  snooze ID... --until TIME   until 2026-03-01T12:00:00Z, or for 30m, 2h, ...\n"
      "  escalate ID... --to POLICY  to an escalation policy\n"
      "  assign ID... --to USERNAME  to a user\n"
      "  note ID... --text TEXT      add a note (--text - reads it from stdin)\n"
      "  tags ID... --add a,b        add tags\n"
      "\n"
      "ID is an alert's tiny id (1791) or its full id. Each action waits until the service confirms it landed.\n"
      "The service comes from the workspace's \"alerts:\" section; the flags override it. The API key is read\n"
      "from WATCHKEEPER_OPSGENIE_API_KEY (JSM: WATCHKEEPER_JSM_API_TOKEN) or the keychain (\"alerts/opsgenie\",\n"
      "\"alerts/jsm\"), never from a flag.\n"
      "Exit codes: 0 done (every action landed); 1 an action failed or did not land in time, or the service\n"
      "failed; 2 bad usage."_s;

// Flags that would put the secret in shell history and process lists.
bool isSecretFlag(const QString& argument)
{
    if (!argument.startsWith(u'-'))
        return false;
    QString name = argument.section(u'=', 0, 0);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    name = name.toLower().replace(u'_', u'-');
    constexpr std::array<QStringView, 9> names{
        u"api-key", u"apikey", u"key", u"token", u"api-token", u"secret", u"password", u"genie-key", u"auth"};
    return std::find(names.begin(), names.end(), QStringView(name)) != names.end();
}

std::optional<int> wholeNumber(const QString& text, int min)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= min ? std::optional<int>(n) : std::nullopt;
}

// "30m", "2h", "now+1h" from now; else an absolute time (RFC 3339, Unix seconds).
std::optional<QDateTime> snoozeEnd(const QString& text, const QDateTime& now)
{
    QStringView t = QStringView(text).trimmed();
    if (t.startsWith(u"now+"))
        t = t.sliced(4);
    if (const auto duration = parseDuration(t))
        return now.addSecs(*duration);
    return parseTimeArgument(text, now);
}

} // namespace

std::expected<ParsedAlerts, QString> parseAlertsArguments(
    const QStringList& arguments, const QDateTime& now, const std::function<QString()>& stdinText)
{
    for (const QString& argument : arguments.mid(1)) {
        if (isSecretFlag(argument)) {
            return std::unexpected(u"secrets are never read from the command line (it ends up in shell history and "
                                   "process lists): set WATCHKEEPER_OPSGENIE_API_KEY (JSM: WATCHKEEPER_JSM_API_TOKEN) "
                                   "in the environment, or store it in the keychain under \"alerts/opsgenie\" "
                                   "(\"alerts/jsm\")"_s);
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(u"verb"_s, u"list, show, ack, unack, close, snooze, escalate, assign, note or tags"_s);
    parser.addPositionalArgument(u"id"_s, u"Alert ids (tiny or full) for show and the actions."_s, u"[ID...]"_s);
    const AlertsFlagOptions serviceOptions;
    const QCommandLineOption user(
        u"user"_s, u"Who the actions are attributed to (default: the workspace's, else $USER)."_s, u"name"_s);
    const QCommandLineOption query(u"query"_s, u"list: a query in the service's syntax."_s, u"Q"_s);
    const QCommandLineOption saved(u"saved"_s, u"list: a query of the workspace's saved_queries."_s, u"name"_s);
    const QCommandLineOption limit(u"limit"_s, u"list: at most N alerts (default 100)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption offset(u"offset"_s, u"list: skip the first N."_s, u"N"_s, u"0"_s);
    const QCommandLineOption sort(u"sort"_s, u"list: the field to sort by (default createdAt)."_s, u"field"_s);
    const QCommandLineOption order(u"order"_s, u"list: asc or desc (default desc)."_s, u"order"_s, u"desc"_s);
    const QCommandLineOption until(u"until"_s, u"snooze: until this time, or for this long (30m)."_s, u"T"_s);
    const QCommandLineOption to(u"to"_s, u"escalate: the policy; assign: the username."_s, u"name"_s);
    const QCommandLineOption text(u"text"_s, u"note: the text, or - to read it from stdin."_s, u"text"_s);
    const QCommandLineOption add(u"add"_s, u"tags: the tags to add, comma-separated."_s, u"tags"_s);
    const QCommandLineOption format(u"format"_s, u"table (default) or json."_s, u"fmt"_s, u"table"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up after this long (default 60s)."_s, u"S"_s, u"60s"_s);
    const QCommandLineOption logLevel(u"log-level"_s, u"Log levels on stderr (default warn)."_s, u"levels"_s);
    parser.addOptions(serviceOptions.all());
    parser.addOptions(
        {user, query, saved, limit, offset, sort, order, until, to, text, add, format, timeout, logLevel});
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    ParsedAlerts parsed;
    if (parser.isSet(u"help"_s)) {
        parsed.help = parser.helpText();
        return parsed;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return std::unexpected(
            u"say what to do: list, show, ack, unack, close, snooze, escalate, assign, note, tags"_s);
    const QString verb = positional.takeFirst();
    AlertsInvocation& in = parsed.invocation;
    const std::optional<alerts::ActionKind> kind = alerts::actionFromToken(verb);
    if (verb == u"list"_s)
        in.verb = AlertsVerb::List;
    else if (verb == u"show"_s)
        in.verb = AlertsVerb::Show;
    else if (kind)
        in.verb = AlertsVerb::Act;
    else
        return std::unexpected(u"unknown verb \"%1\" (expected list, show, ack, unack, close, snooze, escalate, "
                               "assign, note or tags)"_s.arg(verb));

    // Options that belong to some verbs only: given to another, they would be silently ignored.
    const std::array<std::pair<const QCommandLineOption*, QStringList>, 10> owners{{
        {&query, {u"list"_s}},
        {&saved, {u"list"_s}},
        {&limit, {u"list"_s}},
        {&offset, {u"list"_s}},
        {&sort, {u"list"_s}},
        {&order, {u"list"_s}},
        {&until, {u"snooze"_s}},
        {&to, {u"escalate"_s, u"assign"_s}},
        {&text, {u"note"_s}},
        {&add, {u"tags"_s}},
    }};
    for (const auto& [option, verbs] : owners) {
        if (parser.isSet(*option) && !verbs.contains(verb)) {
            return std::unexpected(
                u"--%1 is for %2, not %3"_s.arg(option->names().constFirst(), verbs.join(u" and "_s), verb));
        }
    }

    const QString fmt = parser.value(format);
    if (fmt != u"table"_s && fmt != u"json"_s)
        return std::unexpected(u"--format is table or json"_s);
    in.json = fmt == u"json"_s;
    in.timeoutText = parser.value(timeout);
    const auto seconds
        = in.timeoutText.toInt() > 0 ? std::optional<qint64>(in.timeoutText.toInt()) : parseDuration(in.timeoutText);
    if (!seconds || *seconds <= 0 || *seconds > 24 * 3600)
        return std::unexpected(u"--timeout must be a duration such as 60s or 5m"_s);
    in.timeoutSeconds = int(*seconds);

    in.flags = serviceOptions.read(parser);
    if (parser.isSet(user)) {
        if (parser.value(user).trimmed().isEmpty())
            return std::unexpected(u"--user must not be empty"_s);
        in.user = parser.value(user).trimmed();
    }

    switch (in.verb) {
    case AlertsVerb::List: {
        if (!positional.isEmpty())
            return std::unexpected(u"list takes no ids (to read one alert: show ID)"_s);
        if (parser.isSet(query) && parser.isSet(saved))
            return std::unexpected(u"give --query or --saved, not both"_s);
        if (parser.isSet(query)) {
            if (parser.value(query).trimmed().isEmpty())
                return std::unexpected(u"--query must not be empty"_s);
            in.query = parser.value(query).trimmed();
        }
        if (parser.isSet(saved))
            in.saved = parser.value(saved);
        const auto n = wholeNumber(parser.value(limit), 1);
        const auto skip = wholeNumber(parser.value(offset), 0);
        if (!n)
            return std::unexpected(u"--limit must be a whole number of at least 1"_s);
        if (!skip)
            return std::unexpected(u"--offset must be a whole number of at least 0"_s);
        if (parser.value(order) != u"asc"_s && parser.value(order) != u"desc"_s)
            return std::unexpected(u"--order is asc or desc"_s);
        in.listQuery.includeClosed = false;
        in.listQuery.limit = *n;
        in.listQuery.offset = *skip;
        in.listQuery.sort = parser.value(sort).trimmed();
        in.listQuery.ascending = parser.value(order) == u"asc"_s;
        return parsed;
    }
    case AlertsVerb::Show:
        if (positional.size() != 1)
            return std::unexpected(u"show takes exactly one alert id"_s);
        in.alertId = positional.constFirst();
        return parsed;
    case AlertsVerb::Act:
        break;
    }

    if (positional.isEmpty())
        return std::unexpected(u"%1 needs at least one alert id"_s.arg(verb));
    for (const QString& id : std::as_const(positional)) {
        if (!in.action.ids.contains(id))
            in.action.ids.append(id);
    }
    in.action.kind = *kind;
    alerts::AlertAction& a = in.action.action;
    a.kind = *kind;
    switch (*kind) {
    case alerts::ActionKind::Snooze: {
        if (!parser.isSet(until))
            return std::unexpected(u"snooze needs --until TIME (2026-03-01T12:00:00Z, or a duration such as 30m)"_s);
        const auto end = snoozeEnd(parser.value(until), now);
        if (!end)
            return std::unexpected(
                u"--until must be a time (2026-03-01T12:00:00Z, Unix seconds) or a duration (30m)"_s);
        if (*end <= now)
            return std::unexpected(u"--until must be in the future"_s);
        a.snoozeUntil = end->toUTC();
        break;
    }
    case alerts::ActionKind::Escalate:
    case alerts::ActionKind::Assign:
        if (parser.value(to).trimmed().isEmpty()) {
            return std::unexpected(*kind == alerts::ActionKind::Escalate ? u"escalate needs --to POLICY"_s
                                                                         : u"assign needs --to USERNAME"_s);
        }
        (*kind == alerts::ActionKind::Escalate ? a.escalation : a.assignee) = parser.value(to).trimmed();
        break;
    case alerts::ActionKind::AddNote:
        a.note = parser.value(text) == u"-"_s ? stdinText() : parser.value(text);
        if (a.note.trimmed().isEmpty())
            return std::unexpected(u"note needs --text TEXT (or --text - to read it from stdin)"_s);
        break;
    case alerts::ActionKind::AddTags:
        for (const QString& tag : parser.value(add).split(u',', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                a.tags.append(tag.trimmed());
        }
        if (a.tags.isEmpty())
            return std::unexpected(u"tags needs --add a,b"_s);
        break;
    case alerts::ActionKind::Acknowledge:
    case alerts::ActionKind::Unacknowledge:
    case alerts::ActionKind::Close:
        break;
    }
    return parsed;
}

} // namespace wk::cli
