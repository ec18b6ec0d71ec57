#include "slo/SloTierWidget.h"

#include "common/Theme.h"
#include "common/TimeText.h"
#include "polling/SloFetcher.h"
#include "slo/SloAlertsModel.h"
#include "slo/SloTableModel.h"
#include "workspace/Variables.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMinimumSectionSize(72);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QLabel* mutedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    return label;
}

} // namespace

SloTierWidget::SloTierWidget(const QList<workspace::Slo>& slos, int refreshSeconds,
    const sources::MetricsRouter& metrics, polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_slos(slos)
    , m_metrics(metrics)
    , m_scheduler(scheduler)
    , m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    m_model = new SloTableModel(slos, this);
    m_table = makeTable(m_model, splitter);
    m_table->setObjectName(u"slo-table"_s);
    splitter->addWidget(m_table);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_title = new QLabel(detail);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    detailLayout->addWidget(m_title);
    m_details = new QLabel(detail);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_details);
    m_alertsModel = new SloAlertsModel(this);
    m_alerts = makeTable(m_alertsModel, detail);
    m_alerts->setObjectName(u"slo-alerts"_s);
    m_alerts->setSelectionMode(QAbstractItemView::NoSelection);
    detailLayout->addWidget(m_alerts, 1);
    detailLayout->addWidget(mutedLabel(
        tr("Why the remaining budget does not start again at 100 %: the period is a rolling window, not a "
           "calendar month. The budget left is measured over the last %1 as of now, so errors from three weeks ago "
           "still count until they slide out of the window, and a quiet night only brings budget back as old "
           "errors leave it. An alert fires when the burn rate over both of its windows is above its factor: the "
           "long window says the problem is real, the short one that it is still happening.")
            .arg(slos.isEmpty() ? u"30d"_s : durationText(slos.first().periodSeconds)),
        detail));
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SloTierWidget::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = selectedRow();
        if (row >= from.row() && row <= to.row())
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SloTierWidget::showDetails);
    if (!slos.isEmpty())
        m_table->selectRow(0);

    const qint64 intervalMs = std::max<qint64>(refreshSeconds, 60) * 1000;
    for (int row = 0; row < m_slos.size(); ++row) {
        const metrics::MetricsBackend* backend = m_metrics.backendFor(m_slos[row].source);
        QPointer<SloTierWidget> guard(this);
        m_scheduler.add(
            jobId(m_slos[row]), backend ? backend->sourceName() : m_slos[row].source, intervalMs,
            [guard, row](polling::PollScheduler::Finished finished) {
                if (!guard) {
                    finished(std::nullopt);
                    return;
                }
                guard->poll(row, finished);
            },
            false);
    }
    showDetails();
}

SloTierWidget::~SloTierWidget()
{
    for (const workspace::Slo& slo : std::as_const(m_slos))
        m_scheduler.remove(jobId(slo));
}

QString SloTierWidget::jobId(const workspace::Slo& slo)
{
    return u"slo:"_s + slo.id;
}

void SloTierWidget::setActive(bool active)
{
    m_active = active;
    for (const workspace::Slo& slo : std::as_const(m_slos))
        m_scheduler.setVisible(jobId(slo), active);
}

void SloTierWidget::setVariables(const QMap<QString, QString>& variables)
{
    if (variables == m_variables)
        return;
    m_variables = variables;
    ++m_generation;
    m_model->clearReports();
    for (const workspace::Slo& slo : std::as_const(m_slos))
        m_scheduler.pollNow(jobId(slo));
}

void SloTierWidget::poll(int row, const polling::PollScheduler::Finished& finished)
{
    metrics::MetricsBackend* backend = m_metrics.backendFor(m_slos[row].source);
    if (!backend) {
        finished(Error{ErrorCode::NotFound, u"no source named %1"_s.arg(m_slos[row].source), std::nullopt, 0});
        return;
    }
    const quint64 generation = m_generation;
    const QDateTime now = m_clock.now();
    QPointer<SloTierWidget> self(this);
    polling::fetchSlo(*backend, m_slos[row], m_variables, now, this,
        [self, row, generation, now, finished](Result<polling::SloReport> report) {
            if (self && self->m_generation == generation) {
                if (report)
                    self->m_model->setReport(row, *report);
                else
                    self->m_model->setError(row, report.error(), now);
            }
            finished(report ? std::nullopt : std::optional<Error>(report.error()));
        });
}

int SloTierWidget::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SloTierWidget::showDetails()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_slos.size()) {
        m_title->setText(m_slos.isEmpty() ? tr("No SLOs in this workspace") : tr("Select an SLO"));
        m_details->clear();
        m_alertsModel->setReport(std::nullopt);
        return;
    }
    const workspace::Slo& slo = m_slos[row];
    const auto& report = m_model->report(row);
    m_title->setText(slo.name);
    const QString sli = slo.errorsQuery.isEmpty() ? tr("1 − good / total") : tr("errors / total");
    QStringList lines;
    if (!slo.description.isEmpty())
        lines.append(slo.description.toHtmlEscaped());
    lines.append(
        tr("Objective %1 over a rolling %2 · error budget %3 of requests · SLI %4 · %5 alert windows")
            .arg(QLocale().toString(slo.objective * 100.0, 'g', 6) + u" %"_s, durationText(slo.periodSeconds),
                SloTableModel::percentText(1.0 - slo.objective, 3), sli, SloTableModel::presetName(slo.preset)));
    if (report && report->status.budgetRemaining) {
        const auto& status = report->status;
        QString budget = tr("Budget left: <b>%1</b> (error ratio over the period %2)")
                             .arg(SloTableModel::percentText(*status.budgetRemaining),
                                 SloTableModel::percentText(report->periodErrorRatio.value_or(0.0), 3));
        if (status.exhaustionSeconds) {
            budget += *status.exhaustionSeconds <= 0 ? tr(" · the budget is spent")
                                                     : tr(" · at the last hour's burn it is spent in <b>%1</b>")
                                                           .arg(SloTableModel::durationText(*status.exhaustionSeconds));
        } else {
            budget += tr(" · not burning now");
        }
        lines.append(budget);
    } else if (report) {
        lines.append(tr("No traffic over the period: no budget has been used."));
    }
    m_details->setText(lines.join(u"<br>"_s));
    m_alertsModel->setReport(report);
}

QString SloTierWidget::detailText() const
{
    return m_title->text() + u'\n' + m_details->text();
}

} // namespace wk::ui
