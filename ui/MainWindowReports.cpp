#include "MainWindow.h"

#include "dashboards/VariableBar.h"
#include "polling/SloBudgetBurn.h"
#include "reports/ReportsWindow.h"
#include "store/StoreWorker.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int sloAnswerTimeoutMs = 10'000; // a silent source must not keep the SLO table empty forever

} // namespace

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
    struct Gathered
    {
        QList<reports::SloCompliance> slos;
        QList<bool> pending;
        int waiting = 0;
        bool answered = false;
    };
    auto gathered = std::make_shared<Gathered>();
    auto finish = [gathered, done]() {
        if (gathered->answered)
            return;
        gathered->answered = true;
        for (qsizetype i = 0; i < gathered->slos.size(); ++i) {
            if (gathered->pending[i])
                gathered->slos[i].error = tr("no answer from the source in %1 s").arg(sloAnswerTimeoutMs / 1000);
        }
        done(gathered->slos);
    };
    QMap<QString, QString> variables = m_variables->values();
    if (!service.isEmpty())
        variables.insert(u"service"_s, service);
    const qint64 span = std::max<qint64>(60, from.secsTo(to));
    for (const workspace::Slo& slo : m_ctx.workspace.slos) {
        const qsizetype index = gathered->slos.size();
        reports::SloCompliance row;
        row.name = slo.name;
        row.objective = slo.objective;
        gathered->slos.append(row);
        gathered->pending.append(false);
        metrics::MetricsBackend* backend = m_ctx.metrics.backendFor(slo.source);
        if (backend == nullptr) {
            gathered->slos[index].error = tr("no source \"%1\"").arg(slo.source);
            continue;
        }
        ++gathered->waiting;
        gathered->pending[index] = true;
        polling::fetchErrorRatio(*backend, slo, variables, from, to, context,
            [gathered, finish, index, slo, span](Result<std::optional<double>> ratio) {
                if (gathered->answered)
                    return;
                gathered->pending[index] = false;
                reports::SloCompliance& row = gathered->slos[index];
                if (!ratio) {
                    row.error = ratio.error().detail;
                } else if (*ratio) {
                    row.achieved = 1.0 - **ratio;
                    row.budgetBurned = polling::budgetBurned(slo, **ratio, span);
                }
                if (--gathered->waiting == 0)
                    finish();
            });
    }
    if (gathered->waiting == 0)
        finish();
    else
        QTimer::singleShot(sloAnswerTimeoutMs, context, finish);
}

} // namespace wk::ui
