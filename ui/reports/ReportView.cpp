#include "reports/ReportView.h"

#include "common/Theme.h"
#include "reports/ReportCharts.h"
#include "reports/ReportPdf.h"
#include "reports/ReportTableModel.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

struct ReportView::Answer
{
    reports::ManagerReport report;
    QStringList teams;
    QStringList services;
    QStringList backends;
    qint64 millis = 0;
};

namespace {

constexpr int chartHeight = 280;

QStringList sortedList(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool matches(const analytics::incidents::IncidentRecord& r, const ReportFilters& f)
{
    if (!f.team.isEmpty() && !r.teams.contains(f.team))
        return false;
    if (f.priority && r.priority != *f.priority)
        return false;
    if (!f.service.isEmpty() && r.service != f.service)
        return false;
    if (!f.backend.isEmpty() && r.backend != f.backend)
        return false;
    return true;
}

// One headline figure: its value, and green or red against its target when it has one.
QString card(const QString& label, const QString& value, const QString& target, std::optional<bool> met)
{
    const QColor colour = !met ? theme::text : *met ? theme::ok : theme::critical;
    return u"<td style=\"padding: 4px 18px 4px 0\"><span style=\"color:%1\">%2</span><br>"
           "<span style=\"font-size:17pt; font-weight:600; color:%3\">%4</span><br>"
           "<span style=\"color:%1\">%5</span></td>"_s.arg(theme::mutedText.name(), label.toHtmlEscaped(),
               colour.name(), value.toHtmlEscaped(), target.toHtmlEscaped());
}

} // namespace

ReportView::ReportView(store::StoreWorker<archive::AlertArchive>* archive, const Clock& clock, QTimeZone zone,
    SloComplianceSource slos, QWidget* parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_clock(clock)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_sloSource(std::move(slos))
{
    m_filters = new ReportFilterBar(m_clock, this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* csvButton = new QPushButton(tr("Export CSV…"), this);
    auto* pdfButton = new QPushButton(tr("Export PDF…"), this);
    csvButton->setToolTip(tr("One CSV file per table, in a folder you choose"));
    pdfButton->setToolTip(tr("The whole report with its charts, on A4"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(refreshButton);
    top->addWidget(csvButton);
    top->addWidget(pdfButton);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::RichText);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    auto* grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto* view = new QChartView(content);
        view->setRenderHint(QPainter::Antialiasing, true);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumHeight(chartHeight);
        view->setBackgroundBrush(theme::panel);
        grid->addWidget(view, i / 2, i % 2);
        m_charts.append(view);
    }
    contentLayout->addLayout(grid);

    m_tables = new QTabWidget(content);
    m_tables->setMinimumHeight(320);
    contentLayout->addWidget(m_tables);
    m_formulas = new QLabel(content);
    m_formulas->setWordWrap(true);
    m_formulas->setTextFormat(Qt::RichText);
    m_formulas->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_formulas);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    QString formulas = u"<b>%1</b><br>"_s.arg(tr("How the figures are computed").toHtmlEscaped());
    for (const auto& [name, text] : reports::reportDefinitions())
        formulas += u"<b>%1</b>: %2<br>"_s.arg(name.toHtmlEscaped(), text.toHtmlEscaped());
    m_formulas->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(theme::mutedText.name(), formulas));

    connect(m_filters, &ReportFilterBar::changed, this, &ReportView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ReportView::refresh);
    connect(csvButton, &QPushButton::clicked, this, &ReportView::chooseCsvFolder);
    connect(pdfButton, &QPushButton::clicked, this, &ReportView::choosePdfFile);
    refresh();
}

ReportView::~ReportView() = default;

QString ReportView::statusText() const
{
    return m_status->text();
}

ReportTableModel* ReportView::tableModel(const QString& id) const
{
    for (ReportTableModel* model : m_models) {
        if (model->table().id == id)
            return model;
    }
    return nullptr;
}

void ReportView::refresh()
{
    if (m_archive == nullptr) {
        m_status->setText(tr("No alert archive: the console could not open archive.sqlite in its data folder."));
        return;
    }
    const quint64 sequence = ++m_sequence;
    const ReportFilters filters = m_filters->filters();
    m_computing = true;
    m_status->setText(m_report ? tr("Updating… (showing the previous report)") : tr("Reading the archive…"));
    const reports::ReportPeriod period{filters.from, filters.to, m_zone};
    m_archive->run<Answer>(
        this,
        [filters, period](archive::AlertArchive& archive) -> Result<Answer> {
            QElapsedTimer timer;
            timer.start();
            archive::ArchiveQuery query;
            query.from = filters.from;
            query.to = filters.to;
            auto records = archive.records(query);
            if (!records)
                return std::unexpected(records.error());
            Answer answer;
            QSet<QString> teams, services, backends;
            QList<analytics::incidents::IncidentRecord> chosen;
            chosen.reserve(records->size());
            for (const auto& r : *records) {
                for (const QString& team : r.teams)
                    teams.insert(team);
                if (!r.service.isEmpty())
                    services.insert(r.service);
                if (!r.backend.isEmpty())
                    backends.insert(r.backend);
                if (matches(r, filters))
                    chosen.append(r);
            }
            answer.report = reports::computeManagerReport(chosen, period);
            answer.teams = sortedList(teams);
            answer.services = sortedList(services);
            answer.backends = sortedList(backends);
            answer.millis = timer.elapsed();
            return answer;
        },
        [this, sequence, filters](Result<Answer> answer) {
            if (sequence != m_sequence)
                return; // a newer filter is on its way
            m_computing = false;
            if (!answer) {
                m_error = answer.error().detail;
                m_status->setText(m_report
                        ? tr("Cannot read the archive: %1. Showing the previous report.").arg(m_error)
                        : tr("Cannot read the archive: %1").arg(m_error));
                return;
            }
            m_error.clear();
            showAnswer(*answer, filters);
        });
}

void ReportView::showAnswer(const Answer& answer, const ReportFilters& filters)
{
    m_report = answer.report;
    m_shownFilters = filters;
    {
        const QSignalBlocker blocker(m_filters);
        m_filters->setChoices(answer.teams, answer.services, answer.backends);
    }
    const auto& overall = m_report->figures.overall;
    const QLocale locale;
    m_summary = overall.alerts == 0
        ? tr("No archived alert in this period matches: the console archives every alert it polls, and "
             "`watchkeeper archive import` brings in the alert service's history.")
        : tr("%1 alerts (%2 closed) over %n week(s); computed in %3 ms.", nullptr, int(m_report->weeks.size()))
              .arg(locale.toString(qint64(overall.alerts)), locale.toString(qint64(overall.closed)))
              .arg(answer.millis);
    m_status->setText(m_summary);
    m_slos.clear();
    showHeadline();
    showCharts();
    showTables();
    Q_EMIT reportShown();
    if (m_sloSource) {
        const quint64 sequence = m_sequence;
        m_sloSource(
            filters.from, filters.to, filters.service, this, [this, sequence](QList<reports::SloCompliance> slos) {
                if (sequence != m_sequence)
                    return;
                m_slos = std::move(slos);
                showTables();
            });
    }
}

void ReportView::showHeadline()
{
    const reports::ManagerReport& r = *m_report;
    const auto& overall = r.figures.overall;
    const auto duration = [](const std::optional<analytics::incidents::Distribution>& d) {
        return d ? reports::cellText(d->p50, reports::CellKind::Seconds) : u"-"_s;
    };
    const auto rate = [](std::optional<double> v) {
        return reports::cellText(v ? QVariant(*v) : QVariant(), reports::CellKind::Ratio);
    };
    const auto under
        = [](std::optional<double> v, double target) { return v ? std::optional<bool>(*v < target) : std::nullopt; };
    const qsizetype busiest = r.busiestTeamWeek();
    QString html = u"<table><tr>"_s;
    const auto mean = [](const std::optional<analytics::incidents::Distribution>& d) {
        return d ? reports::cellText(d->mean, reports::CellKind::Seconds) : u"-"_s;
    };
    html += card(tr("MTTA mean"), mean(overall.mtta), tr("median %1; target under 5m").arg(duration(overall.mtta)),
        overall.mtta ? std::optional<bool>(overall.mtta->mean < 300.0) : std::nullopt);
    html += card(tr("MTTR median"), duration(overall.mttr),
        tr("p95 %1").arg(overall.mttr ? reports::cellText(overall.mttr->p95, reports::CellKind::Seconds) : u"-"_s),
        std::nullopt);
    html += card(tr("Escalation rate"), rate(r.escalationRate()), tr("target: under 10 %"),
        under(r.escalationRate(), r.targets.escalationRate));
    html += card(tr("False-positive rate"), rate(r.falsePositiveRate()), tr("target: under 5 %"),
        under(r.falsePositiveRate(), r.targets.falsePositiveRate));
    html += card(tr("Busiest team week"), QString::number(busiest),
        tr("target: under %1").arg(r.targets.alertsPerTeamWeek),
        overall.alerts > 0 ? std::optional<bool>(double(busiest) < r.targets.alertsPerTeamWeek) : std::nullopt);
    html += card(tr("Sleep-hour pages"), QString::number(r.interruptions.sleepHours),
        tr("%1 of all").arg(rate(r.interruptions.sleepShare())), std::nullopt);
    html += u"</tr></table>"_s;
    m_headline->setText(html);
}

void ReportView::showCharts()
{
    const ChartStyle style = ChartStyle::screen();
    const std::array<QChart*, 4> charts{responseChart(*m_report, ResponseMeasure::Mtta, style),
        responseChart(*m_report, ResponseMeasure::Mttr, style), volumeChart(*m_report, style),
        interruptionsChart(*m_report, style)};
    for (int i = 0; i < 4; ++i) {
        QChart* old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old; // the view does not own a chart it was given
    }
}

void ReportView::showTables()
{
    const QList<reports::ReportTable> tables = reports::reportTables(*m_report, m_slos);
    const int current = m_tables->currentIndex();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (i < m_models.size()) {
            m_models[i]->setTable(tables[i]);
            m_tables->setTabText(int(i), tables[i].title);
            continue;
        }
        auto* model = new ReportTableModel(this);
        model->setTable(tables[i]);
        auto* proxy = new QSortFilterProxyModel(model);
        proxy->setSourceModel(model);
        proxy->setSortRole(ReportTableModel::SortRole);
        auto* view = new QTableView(m_tables);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setToolTip(tables[i].note);
        m_tables->addTab(view, tables[i].title);
        m_models.append(model);
    }
    while (m_models.size() > tables.size()) {
        QWidget* page = m_tables->widget(int(m_models.size() - 1));
        m_tables->removeTab(int(m_models.size() - 1));
        delete page;
        m_models.removeLast(); // owned by the view: deleted with `this`; the proxy went with the page's model
    }
    m_tables->setCurrentIndex(std::clamp(current, 0, m_tables->count() - 1));
}

Result<void> ReportView::exportCsv(const QString& folder) const
{
    if (!m_report)
        return makeError(ErrorCode::Io, tr("there is no report yet"));
    return reports::writeTablesCsv(reports::reportTables(*m_report, m_slos), folder);
}

Result<void> ReportView::exportPdf(const QString& path) const
{
    if (!m_report)
        return makeError(ErrorCode::Io, tr("there is no report yet"));
    return writeReportPdf(*m_report, m_slos, ReportHeading{tr("Alert report"), m_shownFilters.describe()}, path);
}

void ReportView::chooseCsvFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the report's tables as CSV"));
    if (folder.isEmpty())
        return;
    if (auto done = exportCsv(folder); !done)
        QMessageBox::warning(this, tr("Export CSV"), done.error().detail);
    else
        m_status->setText(m_summary + u' ' + tr("Tables written to %1.").arg(folder));
}

void ReportView::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
        u"alert-report-%1.pdf"_s.arg(m_clock.now().toUTC().toString(u"yyyy-MM-dd"_s)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = exportPdf(path); !done)
        QMessageBox::warning(this, tr("Export PDF"), done.error().detail);
    else
        m_status->setText(m_summary + u' ' + tr("Report written to %1.").arg(path));
}

} // namespace wk::ui
