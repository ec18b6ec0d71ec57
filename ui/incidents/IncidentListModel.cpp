#include "IncidentListModel.h"

#include "IncidentText.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace wk::ui {

IncidentListModel::IncidentListModel(std::function<QDateTime()> now, QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(std::move(now))
{ }

void IncidentListModel::setIncidents(const QList<incidents::Incident>& incidents)
{
    // The list is small (tens); a reset loses the selection, so change rows in place when the ids are the same.
    const bool sameIds = incidents.size() == m_incidents.size()
        && std::equal(incidents.cbegin(), incidents.cend(), m_incidents.cbegin(),
            [](const incidents::Incident& a, const incidents::Incident& b) { return a.id == b.id; });
    if (!sameIds) {
        beginResetModel();
        m_incidents = incidents;
        endResetModel();
        return;
    }
    m_incidents = incidents;
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_incidents.size()) - 1, ColumnCount - 1));
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents[row].id == incidentId)
            return row;
    }
    return -1;
}

void IncidentListModel::tick()
{
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_incidents.size()) - 1, Age), {Qt::DisplayRole});
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incidents::Incident& incident = m_incidents[index.row()];
    const bool resolved = incident.status == incidents::IncidentStatus::Resolved;
    if (role == IncidentIdRole)
        return incident.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return QString(u"#"_s + QString::number(incident.id));
        case Title:
            return incident.title;
        case Severity:
            return severityText(incident.severity);
        case Status:
            return incidentStatusText(incident.status);
        case Commander:
            return incident.commander().isEmpty() ? tr("nobody") : incident.commander();
        case Age:
            // A resolved incident's age is how long it lasted.
            return ageText(incident.createdAt, resolved ? incident.updatedAt : m_now());
        case Alerts:
            return int(incident.alerts.size());
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Severity && !resolved)
            return severityColor(incident.severity);
        if (index.column() == Status)
            return incidentStatusColor(incident.status);
        if (index.column() == Commander && incident.commander().isEmpty() && !resolved)
            return incidentStatusColor(incidents::IncidentStatus::Open);
        return {};
    }
    if (role == Qt::FontRole && index.column() == Severity && !resolved) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Severity)
        return severityMeaning(incident.severity);
    if (role == Qt::TextAlignmentRole && (index.column() == Alerts || index.column() == Age))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Title:
        return tr("Incident");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Commander:
        return tr("Commander");
    case Age:
        return tr("Age");
    case Alerts:
        return tr("Alerts");
    default:
        return {};
    }
}

} // namespace wk::ui
