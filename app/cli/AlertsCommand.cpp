#include "cli/AlertsCommand.h"

#include "cli/AlertsActions.h"
#include "cli/AlertsArguments.h"
#include "cli/AlertsConnection.h"
#include "cli/AlertsOutput.h"
#include "genie/GenieSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

constexpr int defaultWidth = 120;
constexpr int pageSize = 100;

int usage(const QString& message)
{
    std::fprintf(stderr, "watchkeeper alerts: %s (see --help)\n", qPrintable(message));
    return 2;
}

void print(const QByteArray& out)
{
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
}

void quitSoon()
{
    // This may run before exec(): quit from the event loop, not now.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

int terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= 40 ? columns : defaultWidth;
}

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}

struct Run
{
    AlertsInvocation in;
    workspace::AlertService service;
    std::optional<AlertsConnection> connection;
    std::unique_ptr<ActionRun> actions;
    int exitCode = 1;
    bool answered = false; // the result or the error is out: the timeout has nothing left to say

    // Prints the outcome once, and ends the command.
    void answer(const QByteArray& out, int code)
    {
        if (std::exchange(answered, true))
            return;
        print(out);
        exitCode = code;
        quitSoon();
    }

    // The service's error for stderr; a refused key says where it was read from (never the key itself).
    void fail(const Error& error)
    {
        if (std::exchange(answered, true))
            return;
        // A usage problem speaks for itself; a service error says what kind it is ("Auth: ...").
        QString text = error.code == ErrorCode::BadQuery ? error.detail : describe(error);
        if (error.code == ErrorCode::Auth && connection)
            text += u" (the key was read from "_s + connection->secretOrigin + u')';
        std::fprintf(stderr, "watchkeeper alerts: %s\n", qPrintable(text));
        exitCode = error.code == ErrorCode::BadQuery ? 2 : 1;
        quitSoon();
    }
};

// Opsgenie's list answers carry no total: ask its count endpoint, for "showing 100 of 250". Only a nicety.
void countAlerts(Run& run, QObject* context, std::function<void(int)> done)
{
    genie::GenieClient::Call call;
    call.domain = genie::Domain::Search;
    call.path = u"alerts/count"_s;
    call.query.addQueryItem(u"query"_s, run.in.listQuery.text);
    run.connection->client->json(call, context, [done = std::move(done)](Result<QJsonObject> answer) {
        const QJsonValue count = answer ? answer->value(u"data"_s).toObject().value(u"count"_s) : QJsonValue();
        done(count.isDouble() ? count.toInt() : -1);
    });
}

void runList(Run& run, QObject* context)
{
    const int offset = run.in.listQuery.offset;
    run.connection->backend->list(run.in.listQuery, context, [&run, context, offset](Result<alerts::AlertPage> page) {
        if (!page) {
            run.fail(page.error());
            return;
        }
        auto show = [&run, offset](const alerts::AlertPage& shown) {
            run.answer(run.in.json ? alertListJson(shown)
                                   : alertListTable(shown, offset, QDateTime::currentDateTimeUtc(), terminalWidth()),
                0);
        };
        if (page->total >= 0 || run.connection->backend->endpoint().vendor != genie::Vendor::Opsgenie) {
            show(*page);
            return;
        }
        countAlerts(run, context, [page = *page, show](int total) mutable {
            page.total = total;
            show(page);
        });
    });
}

void showAlert(Run& run, QObject* context, const QString& alertId)
{
    run.connection->backend->get(alertId, context, [&run](Result<alerts::Alert> alert) {
        if (!alert) {
            run.fail(alert.error());
            return;
        }
        run.answer(
            run.in.json ? alertDetailJson(*alert) : alertDetailTable(*alert, QDateTime::currentDateTimeUtc()), 0);
    });
}

void runShow(Run& run, QObject* context)
{
    const QString id = run.in.alertId;
    const bool tiny = std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!tiny) {
        showAlert(run, context, id);
        return;
    }
    // A tiny id is found by a search (which also learns the team names), then read in full.
    alerts::AlertQuery query;
    query.text = u"tinyId:"_s + id;
    query.includeClosed = false;
    query.limit = 1;
    run.connection->backend->list(query, context, [&run, context, id](Result<alerts::AlertPage> page) {
        if (!page) {
            run.fail(page.error());
            return;
        }
        if (page->alerts.isEmpty()) {
            run.fail(Error{ErrorCode::NotFound, u"no alert has tiny id "_s + id, std::nullopt, 404});
            return;
        }
        showAlert(run, context, page->alerts.constFirst().id);
    });
}

void runActions(Run& run)
{
    run.actions = std::make_unique<ActionRun>(*run.connection->backend, run.connection->backend->endpoint().identity(),
        *run.connection->clock, run.in.action);
    run.actions->start([&run](std::optional<Error> stopped) {
        if (stopped) {
            run.fail(*stopped);
            return;
        }
        const auto& reports = run.actions->reports();
        const bool allLanded = std::all_of(reports.cbegin(), reports.cend(),
            [](const ActionReport& r) { return r.state == outbox::OutboxState::Landed; });
        run.answer(run.in.json ? actionsJson(reports) : actionLines(reports, run.in.timeoutText), allLanded ? 0 : 1);
    });
}

// --timeout ran out: say what is still pending, and how far each action got.
void timedOut(Run& run)
{
    if (std::exchange(run.answered, true))
        return;
    if (run.actions) {
        const auto& reports = run.actions->reports();
        print(run.in.json ? actionsJson(reports) : actionLines(reports, run.in.timeoutText));
    }
    std::fprintf(stderr, "watchkeeper alerts: Timeout: not done within %s%s\n", qPrintable(run.in.timeoutText),
        run.actions ? "; the actions still pending may land later" : "");
    run.exitCode = 1;
    QCoreApplication::quit();
}

// Fills what the workspace decides: the list's query, the user actions are attributed to.
std::optional<QString> completeFromWorkspace(Run& run)
{
    AlertsInvocation& in = run.in;
    if (in.verb == AlertsVerb::List) {
        if (in.saved) {
            const auto& saved = run.service.savedQueries;
            const auto found
                = std::find_if(saved.cbegin(), saved.cend(), [&](const auto& q) { return q.first == *in.saved; });
            if (found == saved.cend()) {
                QStringList names;
                for (const auto& q : saved)
                    names.append(q.first);
                return u"no saved query \"%1\" in the workspace (it has: %2)"_s.arg(
                    *in.saved, names.isEmpty() ? u"none"_s : names.join(u", "_s));
            }
            in.listQuery.text = found->second;
        } else {
            in.listQuery.text = in.query.value_or(run.service.query.isEmpty() ? u"status:open"_s : run.service.query);
        }
    }
    if (in.verb == AlertsVerb::Act) {
        QString user = in.user.value_or(run.service.user);
        if (user.isEmpty())
            user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            return u"say who the actions are from: --user NAME, \"user\" in the workspace's alerts: section, or $USER"_s;
        in.action.action.user = user;
    }
    return std::nullopt;
}

} // namespace

int runAlerts(const QStringList& arguments)
{
    auto parsed = parseAlertsArguments(arguments, QDateTime::currentDateTimeUtc(), readStdin);
    if (!parsed)
        return usage(parsed.error());
    if (parsed->help) {
        print(parsed->help->toUtf8());
        return 0;
    }
    Run run;
    run.in = std::move(parsed->invocation);
    auto service = resolveAlertService(run.in.flags);
    if (!service)
        return usage(service.error().detail);
    run.service = *service;
    if (const auto problem = completeFromWorkspace(run))
        return usage(*problem);
    // One request never outlasts the whole command.
    run.service.timeoutSeconds = std::min(run.service.timeoutSeconds, run.in.timeoutSeconds);
    genie::GenieOptions options = genie::optionsFor(run.service);
    options.maxPages = std::max(options.maxPages, (run.in.listQuery.limit + pageSize - 1) / pageSize);

    QObject context;
    connectAlerts(run.service, options, &context, [&](Result<AlertsConnection> connected) {
        if (!connected) {
            run.fail(connected.error());
            return;
        }
        run.connection = std::move(*connected);
        switch (run.in.verb) {
        case AlertsVerb::List:
            runList(run, &context);
            return;
        case AlertsVerb::Show:
            runShow(run, &context);
            return;
        case AlertsVerb::Act:
            runActions(run);
            return;
        }
    });
    // --timeout bounds the whole command: reading the key, retries, waiting for confirmations.
    QTimer::singleShot(std::chrono::seconds(run.in.timeoutSeconds), &context, [&run] { timedOut(run); });
    QCoreApplication::exec();
    run.actions.reset(); // before the client it uses
    return run.exitCode;
}

} // namespace wk::cli
