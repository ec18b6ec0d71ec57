#include "FakeGenieServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;

// fake-genie [--vendor opsgenie|jsm] [--port N] [--alerts N] [--all-open] [--seed S] [--delay-ms N]
// Prints "listening http://127.0.0.1:PORT" and serves until killed. For manual runs and screenshots.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-genie"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake Opsgenie / JSM Ops alert API on 127.0.0.1, for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption vendorOption(
        u"vendor"_s, u"opsgenie or jsm (default opsgenie)."_s, u"vendor"_s, u"opsgenie"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port (default: one the system picks)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption alertsOption(u"alerts"_s, u"Seeded alerts (default 120)."_s, u"N"_s, u"120"_s);
    const QCommandLineOption allOpenOption(
        u"all-open"_s, u"Every seeded alert open and unacknowledged (a flood, for soak runs)."_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed for the alerts (default 7)."_s, u"S"_s, u"7"_s);
    const QCommandLineOption delayOption(
        u"delay-ms"_s, u"Processing delay of writes (default 150)."_s, u"N"_s, u"150"_s);
    parser.addOptions({vendorOption, portOption, alertsOption, allOpenOption, seedOption, delayOption});
    parser.process(app);

    const QString vendor = parser.value(vendorOption);
    bool portOk = false;
    bool alertsOk = false;
    bool seedOk = false;
    bool delayOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int alerts = parser.value(alertsOption).toInt(&alertsOk);
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    const int delay = parser.value(delayOption).toInt(&delayOk);
    if ((vendor != u"opsgenie" && vendor != u"jsm") || !portOk || port > 65535 || !alertsOk || alerts < 0 || !seedOk
        || !delayOk || delay < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    FakeGenieServer::Options options;
    options.vendor = vendor == u"jsm" ? Vendor::Jsm : Vendor::Opsgenie;
    options.processingDelayMs = delay;
    FakeGenieServer server(options);
    server.seedAlerts(alerts, seed, parser.isSet(allOpenOption));
    server.setSchedule(u"ml-platform_schedule"_s, {u"alice@example.com"_s}, {u"bob@example.com"_s});
    server.setSchedule(u"payments-ml_schedule"_s, {u"chen@example.com"_s}, {u"dana@example.com"_s});
    server.setSchedule(u"nlp_schedule"_s, {u"emeka@example.com"_s}, {u"alice@example.com"_s});
    FakeHeartbeat training;
    training.name = u"nightly-training-pipeline"_s;
    training.description = u"Pings when the nightly retraining job finishes"_s;
    training.interval = 26;
    training.intervalUnit = u"hours"_s;
    training.ownerTeamName = u"ml-platform"_s;
    training.alertMessage = u"Nightly training pipeline missed its heartbeat"_s;
    training.alertTags = {u"ml"_s, u"training"_s};
    training.alertPriority = u"P2"_s;
    training.lastPingTime = server.now().addSecs(-20 * 3600);
    server.addHeartbeat(training);
    FakeHeartbeat features = training;
    features.name = u"feature-store-sync"_s;
    features.description = u"Pings every feature-store sync"_s;
    features.interval = 15;
    features.intervalUnit = u"minutes"_s;
    features.ownerTeamName = u"payments-ml"_s;
    features.alertMessage = u"Feature store sync is silent"_s;
    features.expired = true;
    features.lastPingTime = server.now().addSecs(-3 * 3600);
    server.addHeartbeat(features);

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "fake-genie: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    const QUrl base = server.apiBase();
    std::printf("listening %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "fake-genie: %s API at %s, Authorization: %s\n", qPrintable(vendor),
        qPrintable(base.toString()), server.authorization().constData());
    return app.exec();
}
