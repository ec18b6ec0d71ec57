#include "IncidentsPage.h"

#include "IncidentDesk.h"
#include "IncidentListModel.h"
#include "IncidentView.h"
#include "NewIncidentDialog.h"

#include <QPlainTextEdit>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

IncidentsPage::IncidentsPage(IncidentDesk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new IncidentListModel([&desk]() { return desk.clock().now(); }, this))
{
    m_list = new QTableView(this);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    for (int column : {IncidentListModel::Id, IncidentListModel::Severity, IncidentListModel::Status,
             IncidentListModel::Age, IncidentListModel::Alerts})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnHidden(IncidentListModel::Commander, true);
    m_new = new QPushButton(tr("New incident"), this);
    m_new->setToolTip(tr("Open an incident from scratch; to open one from alerts, select them in the alert list "
                         "and press I"));
    connect(m_new, &QPushButton::clicked, this, [this]() { openFromAlerts({}); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Incidents</b>"), left);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);

    m_view = new IncidentView(desk, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(&m_desk, &IncidentDesk::incidentsChanged, this, &IncidentsPage::refreshList);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsPage::selectionChanged);
    auto* ages = new QTimer(this);
    ages->setInterval(15'000);
    connect(ages, &QTimer::timeout, m_model, &IncidentListModel::tick);
    ages->start();
    refreshList();
}

void IncidentsPage::refreshList()
{
    const qint64 shown = m_view->incidentId();
    m_model->setIncidents(m_desk.incidents());
    const qint64 wanted = m_wanted != 0 ? m_wanted : shown;
    const int row = m_model->rowOf(wanted);
    if (row >= 0) {
        m_wanted = 0;
        if (m_list->currentIndex().row() != row)
            m_list->selectRow(row);
    } else if (shown == 0 && m_model->rowCount() > 0 && m_wanted == 0) {
        m_list->selectRow(0); // the newest unresolved incident
    }
}

void IncidentsPage::selectionChanged()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_view->showIncident(rows.constFirst().data(IncidentListModel::IncidentIdRole).toLongLong());
}

void IncidentsPage::select(qint64 incidentId)
{
    m_wanted = incidentId;
    refreshList();
}

void IncidentsPage::openFromAlerts(const QList<alerts::Alert>& alerts)
{
    incidents::NewIncident draft = alerts.isEmpty() ? incidents::NewIncident{} : incidents::incidentFromAlerts(alerts);
    NewIncidentDialog dialog(draft, m_desk.user(), this);
    if (dialog.exec() == QDialog::Accepted)
        openIncident(dialog.incident(), alerts);
}

void IncidentsPage::openIncident(const incidents::NewIncident& incident, const QList<alerts::Alert>& alerts)
{
    if (!alerts.isEmpty())
        m_desk.observeAlerts(alerts); // so the view can name them and find their runbook at once
    m_desk.create(incident, [this](Result<incidents::Incident> created) {
        if (!created)
            return;
        select(created->id);
        m_view->noteEditor()->setFocus(); // the first thing people do next is say what they see
        Q_EMIT incidentOpened(created->id);
    });
}

} // namespace wk::ui
