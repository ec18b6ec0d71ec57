#include "MainWindow.h"

#include "dashboards/VariableBar.h"
#include "reports/ReportsWindow.h"
#include "reports/SloCompliance.h"
#include "store/StoreWorker.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace wk::ui {

void MainWindow::addReportsAction(QToolBar* bar)
{
    auto* reports = bar->addAction(tr("Reports"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reports->setToolTip(tr("MTTA, MTTR, volume, escalations and interruptions over the alert archive, and the "
                           "history of resolved alerts (Ctrl+Shift+R)"));
    connect(reports, &QAction::triggered, this, &MainWindow::openReports);
}

ReportsWindow* MainWindow::openReports()
{
    if (m_reports) {
        m_reports->show();
        m_reports->raise();
        m_reports->activateWindow();
        return m_reports;
    }
    const QTimeZone zone = m_ctx.workspace.notifications.zone;
    m_reports = new ReportsWindow(m_ctx.archive, m_ctx.clock, zone,
        [this](const QDateTime& from, const QDateTime& to, const QString& service, QObject* context,
            std::function<void(QList<reports::SloCompliance>)> done) {
            fetchSloCompliance(from, to, service, context, std::move(done));
        });
    m_reports->setAttribute(Qt::WA_DeleteOnClose);
    m_reports->setParent(this, Qt::Window);
    m_reports->setWindowTitle(tr("Reports: %1").arg(m_ctx.environmentName));
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1400, 900);
    m_reports->resize(std::min(1360, screen.width()), std::min(920, screen.height()));
    m_reports->show();
    return m_reports;
}

void MainWindow::fetchSloCompliance(const QDateTime& from, const QDateTime& to, const QString& service,
    QObject* context, std::function<void(QList<reports::SloCompliance>)> done)
{
    QMap<QString, QString> variables = m_variables->values();
    if (!service.isEmpty())
        variables.insert(u"service"_s, service);
    reports::fetchSloCompliance(
        m_ctx.workspace.slos, [this](const QString& source) { return m_ctx.metrics.backendFor(source); }, variables,
        from, to, context, std::move(done));
}

} // namespace wk::ui
