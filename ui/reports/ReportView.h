#pragma once

#include "archive/AlertArchive.h"
#include "common/Clock.h"
#include "reports/ManagerReport.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportTables.h"
#include "store/StoreWorker.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QLabel;
class QTabWidget;
class QTableView;

namespace wk::ui {

class ReportTableModel;

// Asks the workspace's sources for the SLOs' compliance over [from, to) for a service (empty: the current
// variables), and answers once with every SLO.
using SloComplianceSource = std::function<void(const QDateTime& from, const QDateTime& to, const QString& service,
    QObject* context, std::function<void(QList<reports::SloCompliance>)> done)>;

// The managers' report over the alert archive: filters, the headline figures against their targets, MTTA and MTTR
// per week, volume per team per week with its target line, interruptions by time of day, every table, and the
// formulas. The archive is read and the report computed on the archive's thread, so a 100,000-alert archive never
// freezes the console; an answer overtaken by a newer filter is dropped. Exports CSV (a file per table) and PDF.
class ReportView final : public QWidget
{
    Q_OBJECT

public:
    ReportView(store::StoreWorker<archive::AlertArchive>* archive, const Clock& clock, QTimeZone zone,
        SloComplianceSource slos = {}, QWidget* parent = nullptr);
    ~ReportView() override;

    ReportFilterBar* filterBar() const { return m_filters; }
    // The report on screen; nothing before the first answer.
    const std::optional<reports::ManagerReport>& report() const { return m_report; }
    const QList<reports::SloCompliance>& slos() const { return m_slos; }
    QString statusText() const;
    ReportTableModel* tableModel(const QString& id) const;

    Result<void> exportCsv(const QString& folder) const;
    Result<void> exportPdf(const QString& path) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void reportShown(); // a computed report is on screen (tests wait for it)

private:
    struct Answer;
    void showAnswer(const Answer& answer, const ReportFilters& filters);
    void showTables();
    void showCharts();
    void showHeadline();
    void chooseCsvFolder();
    void choosePdfFile();

    store::StoreWorker<archive::AlertArchive>* m_archive;
    const Clock& m_clock;
    QTimeZone m_zone;
    SloComplianceSource m_sloSource;
    ReportFilterBar* m_filters = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_headline = nullptr;
    QList<QChartView*> m_charts;
    QTabWidget* m_tables = nullptr;
    QList<ReportTableModel*> m_models;
    QLabel* m_formulas = nullptr;
    std::optional<reports::ManagerReport> m_report;
    ReportFilters m_shownFilters;
    QList<reports::SloCompliance> m_slos;
    quint64 m_sequence = 0;
    bool m_computing = false;
    QString m_error;
    QString m_summary;
};

} // namespace wk::ui
