#include "slo/SloAlertsModel.h"

#include "common/Theme.h"
#include "common/TimeText.h"
#include "slo/SloTableModel.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wk::ui {

SloAlertsModel::SloAlertsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SloAlertsModel::setReport(const std::optional<polling::SloReport>& report)
{
    const int before = rowCount();
    const int after = report ? int(report->status.alerts.size()) : 0;
    if (before == after && before > 0) {
        m_report = report;
        Q_EMIT dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_report = report;
    endResetModel();
}

int SloAlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->status.alerts.size());
}

int SloAlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SloAlertsModel::windowText(analytics::slo::Seconds window, const std::optional<double>& burn) const
{
    std::optional<double> ratio;
    for (const auto& w : m_report->status.windows) {
        if (w.window == window)
            ratio = w.errorRatio;
    }
    if (!ratio || !burn)
        return tr("%1: no traffic").arg(durationText(window.count()));
    return tr("%1: %2 errors, burn %3×")
        .arg(durationText(window.count()), SloTableModel::percentText(*ratio, 3), QLocale().toString(*burn, 'f', 2));
}

QVariant SloAlertsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& state = m_report->status.alerts[std::size_t(index.row())];
    const bool page = state.alert.severity == analytics::slo::Severity::Page;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return page ? tr("page") : tr("ticket");
        case Windows:
            return QString(durationText(state.alert.shortWindow.count()) + u" & "_s
                + durationText(state.alert.longWindow.count()));
        case Factor:
            return QString(QLocale().toString(state.alert.factor, 'g', 4) + u"×"_s);
        case ShortWindow:
            return windowText(state.alert.shortWindow, state.shortBurn);
        case LongWindow:
            return windowText(state.alert.longWindow, state.longBurn);
        case Firing:
            return state.firing ? tr("FIRING") : tr("ok");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Firing)
        return QBrush(!state.firing ? theme::ok : page ? theme::critical : theme::warning);
    if (role == Qt::ToolTipRole && index.column() == Factor) {
        const double budget = 1.0 - m_report->spec.objective;
        return tr("Fires when the error ratio over both windows is above %1 × %2 = %3")
            .arg(QLocale().toString(state.alert.factor, 'g', 4), SloTableModel::percentText(budget, 3),
                SloTableModel::percentText(state.alert.factor * budget, 3));
    }
    return {};
}

QVariant SloAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Windows:
        return tr("Windows");
    case Factor:
        return tr("Factor");
    case ShortWindow:
        return tr("Short window");
    case LongWindow:
        return tr("Long window");
    case Firing:
        return tr("State");
    default:
        return {};
    }
}

} // namespace wk::ui
