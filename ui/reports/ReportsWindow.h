#pragma once

#include "reports/ReportView.h"

#include <QWidget>

class QTabWidget;

namespace wk::ui {

class AlertHistoryPage;

// The managers' window: the report over the archive, and the archive's history of resolved alerts.
class ReportsWindow final : public QWidget
{
    Q_OBJECT

public:
    ReportsWindow(store::StoreWorker<archive::AlertArchive>* archive, const Clock& clock, QTimeZone zone,
        SloComplianceSource slos, QWidget* parent = nullptr);

    ReportView* reportView() const { return m_report; }
    AlertHistoryPage* historyPage() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs = nullptr;
    ReportView* m_report = nullptr;
    AlertHistoryPage* m_history = nullptr;
};

} // namespace wk::ui
