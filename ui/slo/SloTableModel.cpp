#include "slo/SloTableModel.h"

#include "common/Theme.h"
#include "common/UiText.h"

#include <QBrush>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::ui {

using analytics::slo::Severity;

SloTableModel::SloTableModel(QList<workspace::Slo> slos, QObject* parent)
    : QAbstractTableModel(parent)
{
    for (workspace::Slo& slo : slos)
        m_rows.append({std::move(slo), std::nullopt, std::nullopt, {}});
}

void SloTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SloTableModel::setReport(int row, const polling::SloReport& report)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].report = report;
    m_rows[row].error.reset();
    m_rows[row].staleSince = {};
    rowChanged(row);
}

void SloTableModel::setError(int row, const Error& error, const QDateTime& at)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].error = error;
    if (!m_rows[row].staleSince.isValid())
        m_rows[row].staleSince = at;
    rowChanged(row);
}

void SloTableModel::clearReports()
{
    // The rows stay (the SLOs do not change with the variables), so the selection stays too.
    for (Row& row : m_rows) {
        row.report.reset();
        row.error.reset();
        row.staleSince = {};
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool SloTableModel::firing(int row, Severity severity) const
{
    const auto& report = m_rows[row].report;
    return report && analytics::slo::severityFiring(report->status, severity);
}

int SloTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SloTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SloTableModel::presetName(analytics::slo::Preset preset)
{
    return preset == analytics::slo::Preset::Sloth ? u"Sloth"_s : u"Pyrra"_s;
}

QString SloTableModel::percentText(double ratio, int decimals)
{
    return QLocale().toString(ratio * 100.0, 'f', decimals) + u" %"_s;
}

QString SloTableModel::durationText(double seconds)
{
    if (seconds < 90)
        return tr("%1 s").arg(std::lround(seconds));
    if (seconds < 90 * 60)
        return tr("%1 min").arg(std::lround(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
    if (seconds > 365.0 * 86400)
        return tr("over a year");
    return tr("%1 days").arg(QLocale().toString(seconds / 86400, 'f', 1));
}

QVariant SloTableModel::display(int rowIndex, int column) const
{
    const Row& row = m_rows[rowIndex];
    const auto& report = row.report;
    switch (column) {
    case Name:
        return row.slo.name;
    case Objective:
        return QString(QLocale().toString(row.slo.objective * 100.0, 'g', 6) + u" %"_s);
    case Period:
        return tr("%1 days · %2").arg(row.slo.periodSeconds / 86400).arg(presetName(row.slo.preset));
    case Status:
        if (row.error) {
            return tr("⚠ stale since %1 — %2")
                .arg(momentText(row.staleSince, QDateTime::currentDateTime()), errorText(*row.error));
        }
        return report ? QLocale().toString(report->at.toLocalTime().time(), u"HH:mm:ss"_s) : tr("loading…");
    default:
        break;
    }
    if (!report)
        return u"—"_s;
    const auto& status = report->status;
    switch (column) {
    case Budget:
        return status.budgetRemaining ? percentText(*status.budgetRemaining) : tr("no traffic");
    case Burn:
        for (const auto& w : status.windows) {
            if (w.window == status.currentBurnWindow)
                return w.burnRate ? QLocale().toString(*w.burnRate, 'f', 2) + u"×"_s : tr("no traffic");
        }
        return u"—"_s;
    case Exhaustion:
        if (!status.exhaustionSeconds)
            return tr("not burning");
        return *status.exhaustionSeconds <= 0 ? tr("spent") : durationText(*status.exhaustionSeconds);
    case Page:
        return firing(rowIndex, Severity::Page) ? tr("FIRING") : tr("ok");
    case Ticket:
        return firing(rowIndex, Severity::Ticket) ? tr("FIRING") : tr("ok");
    default:
        return {};
    }
}

QVariant SloTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::DisplayRole)
        return display(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= Budget && index.column() <= Exhaustion)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Page && firing(index.row(), Severity::Page))
            return QBrush(theme::critical);
        if (index.column() == Ticket && firing(index.row(), Severity::Ticket))
            return QBrush(theme::warning);
        if ((index.column() == Page || index.column() == Ticket) && row.report)
            return QBrush(theme::ok);
        if (index.column() == Status && row.error)
            return QBrush(theme::warning);
        if (index.column() == Budget && row.report && row.report->status.budgetRemaining) {
            const double left = *row.report->status.budgetRemaining;
            return QBrush(left <= 0 ? theme::critical : left < 0.25 ? theme::warning : theme::text);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name)
            return row.slo.description.isEmpty() ? QVariant() : row.slo.description;
        if (index.column() == Status && row.error)
            return describe(*row.error);
        if (index.column() == Exhaustion)
            return tr("How long the remaining budget lasts if the last hour's burn rate goes on.");
    }
    return {};
}

QVariant SloTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("SLO");
    case Objective:
        return tr("Objective");
    case Period:
        return tr("Period · alerts");
    case Budget:
        return tr("Budget left");
    case Burn:
        return tr("Burn (1h)");
    case Exhaustion:
        return tr("Spent in");
    case Page:
        return tr("Page");
    case Ticket:
        return tr("Ticket");
    case Status:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace wk::ui
