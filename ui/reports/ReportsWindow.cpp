#include "reports/ReportsWindow.h"

#include "archive/AlertHistoryPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace wk::ui {

ReportsWindow::ReportsWindow(store::StoreWorker<archive::AlertArchive>* archive, const Clock& clock, QTimeZone zone,
    SloComplianceSource slos, QWidget* parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_report = new ReportView(archive, clock, zone, std::move(slos), m_tabs);
    m_tabs->addTab(m_report, tr("Report"));
    m_history = new AlertHistoryPage(archive, clock, m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(1, tr("Every archived alert: search, filter, and what happened to each, with who"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
}

} // namespace wk::ui
