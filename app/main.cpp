#include "CommandLine.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "cli/ReportCommand.h"
#include "cli/Subcommands.h"
#include "common/EventLoopLag.h"
#include "common/Logging.h"
#include "common/Theme.h"
#include "reports/ReportPdf.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationDomain(u"watchkeeper.dev"_s);
    QCoreApplication::setApplicationName(u"watchkeeper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WATCHKEEPER_VERSION));
}

int runTextOnly(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    wk::app::Options options;
    return wk::app::parseCommandLine(app.arguments(), options).value_or(0);
}

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, u"watchkeeper"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    if (rawArguments.size() > 1 && wk::cli::isSubcommand(rawArguments[1])) {
        if (!wk::cli::needsPainting(rawArguments))
            return wk::cli::runSubcommand(argc, argv);
        // A PDF with charts needs a GUI application but no screen: a weekly job runs where there is none.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        wk::cli::setReportPdfWriter([](const wk::reports::ManagerReport& report,
                                        const QList<wk::reports::SloCompliance>& slos, const QString& filters) {
            return wk::ui::reportPdf(report, slos, wk::ui::ReportHeading{u"Alert report"_s, filters});
        });
        return wk::cli::runSubcommandIn(app);
    }
    if (wk::app::wantsTextOnly(rawArguments))
        return runTextOnly(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"dev.watchkeeper.Watchkeeper"_s);
    wk::app::Options options;
    if (auto exitCode = wk::app::parseCommandLine(app.arguments(), options))
        return *exitCode;

    wk::logging::Options logOptions;
    logOptions.levels = *wk::logging::parseLevelSpec(options.logLevel);
    logOptions.logDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
    wk::logging::init(logOptions);
    auto log = wk::logging::get("app");
    log->info("watchkeeper {} starting; log file in {}", WATCHKEEPER_VERSION, logOptions.logDirectory);

    installTranslations(app, options.language);
    wk::ui::theme::apply(app);
    app.setWindowIcon(QIcon(u":/icons/watchkeeper-256.png"_s));

    // A window that does not answer for half a second is worth a line in the log a user sends with a report.
    wk::EventLoopLag lag;
    lag.setStallThresholdMs(500);
    QObject::connect(&lag, &wk::EventLoopLag::stalled, &lag,
        [log](qint64 ms) { log->warn("the window did not answer for {} ms (event loop busy)", ms); });
    lag.start();

    auto session = std::make_unique<wk::app::ConsoleSession>(options);
    session->start([&sinceStart, log](wk::ui::MainWindow& window) {
        QObject::connect(&window, &wk::ui::MainWindow::firstChartPainted, &window,
            [&sinceStart, log] { log->info("first chart painted {} ms after start", sinceStart.elapsed()); });
        QObject::connect(&window, &wk::ui::MainWindow::firstTierFilled, &window, [&sinceStart, log](int panels) {
            log->info("all {} panels of the first tier filled {} ms after start", panels, sinceStart.elapsed());
        });
        window.show();
    });
    if (options.quitAfterSeconds > 0)
        QTimer::singleShot(options.quitAfterSeconds * 1000, &app, &QCoreApplication::quit);
    const int code = app.exec();
    session.reset();
    log->info("watchkeeper stopped");
    wk::logging::shutdown();
    return code;
}
