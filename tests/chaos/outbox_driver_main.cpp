// wk_outbox_driver <db> <fake-url> <actions-file> <user>
//
// The console's delivery path, headless, for the chaos test: an ActionOutbox on disk, the Opsgenie backend at
// the given URL (the key from WATCHKEEPER_OPSGENIE_API_KEY) and an OutboxDispatcher. It resumes what an earlier
// run left, submits every action of the file that the outbox does not have yet, prints one line per state change
// and exits 0 once nothing is left to deliver. The test kills it at random moments and starts it again.
#include "ActionFile.h"
#include "common/Logging.h"
#include "genie/GenieSetup.h"
#include "net/HttpService.h"
#include "outbox/ActionOutbox.h"
#include "outbox/OutboxDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "wk_outbox_driver: %s\n", message.toUtf8().constData());
    return 2;
}

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // a kill must not lose what was already decided
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return fail(u"usage: wk_outbox_driver <db> <fake-url> <actions-file> <user>"_s);
    logging::Options logOptions;
    logOptions.levels.defaultLevel = spdlog::level::warn;
    logging::init(logOptions);

    auto outbox = outbox::ActionOutbox::open(args[1]);
    if (!outbox)
        return fail(describe(outbox.error()));
    const auto actions = chaos::readActionFile(args[3], args[4]);
    if (!actions)
        return fail(describe(actions.error()));

    workspace::AlertService service;
    service.kind = workspace::AlertServiceKind::Opsgenie;
    service.apiUrl = QUrl(args[2]);
    service.heartbeats = false;
    auto endpoint = genie::endpointFor(service);
    if (!endpoint)
        return fail(describe(endpoint.error()));
    QString key;
    genie::readSecret(*endpoint, nullptr, &app, [&key](Result<QString> secret) { key = secret.value_or(QString()); });
    if (key.isEmpty())
        return fail(u"set WATCHKEEPER_OPSGENIE_API_KEY"_s);

    net::HttpService http;
    SystemClock clock;
    genie::GenieAlertBackend backend(http, *endpoint, key, clock, genie::optionsFor(service));
    outbox::OutboxDispatcher::Options options;
    options.statusPollMs = 100;
    options.settleMs = 1500;
    options.backoffBaseMs = 100;
    options.backoffMaxMs = 2000;
    outbox::OutboxDispatcher dispatcher(*outbox, backend, endpoint->identity(), clock, options);

    QElapsedTimer uptime;
    uptime.start();
    QObject::connect(
        &dispatcher, &outbox::OutboxDispatcher::recordChanged, &app, [&uptime](const outbox::OutboxRecord& r) {
            print(u"%1 %2 %3 attempts=%4 %5"_s.arg(uptime.elapsed(), 6)
                      .arg(r.action.actionId, outbox::stateName(r.state))
                      .arg(r.attempts)
                      .arg(r.error));
        });
    QObject::connect(&dispatcher, &outbox::OutboxDispatcher::idle, &app, [&] {
        const auto left = outbox->unfinished(dispatcher.backendId());
        if (dispatcher.unfinished() == 0 && left && left->isEmpty()) {
            print(u"idle: nothing left to deliver"_s);
            app.exit(0);
        }
    });

    if (const auto resumed = dispatcher.resume(); !resumed)
        return fail(describe(resumed.error()));
    int submitted = 0;
    for (const alerts::AlertAction& action : *actions) {
        const auto known = outbox->find(action.actionId);
        if (!known)
            return fail(describe(known.error()));
        if (*known)
            continue;
        if (const auto record = dispatcher.submit(action); !record)
            return fail(describe(record.error()));
        ++submitted;
    }
    print(u"submitted %1 new action(s)"_s.arg(submitted));
    return app.exec();
}
