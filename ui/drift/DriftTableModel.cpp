#include "drift/DriftTableModel.h"

#include "common/Theme.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

QString number(double value, int decimals = 3)
{
    return QLocale().toString(value, 'f', decimals);
}

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

} // namespace

DriftTableModel::DriftTableModel(QList<workspace::Threshold> thresholds, QObject* parent)
    : QAbstractTableModel(parent)
    , m_thresholds(std::move(thresholds))
{ }

void DriftTableModel::setReport(std::shared_ptr<const polling::DriftReport> report)
{
    const auto namesOf = [](const polling::DriftReport* r) {
        QStringList names;
        if (r) {
            for (const auto& f : r->features)
                names.append(f.feature);
        }
        return names;
    };
    if (report && m_report && namesOf(report.get()) == namesOf(m_report.get())) {
        m_report = std::move(report);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void DriftTableModel::clear()
{
    setReport(nullptr);
}

int DriftTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->features.size());
}

int DriftTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<workspace::Threshold> DriftTableModel::reached(double psi) const
{
    std::optional<workspace::Threshold> highest;
    for (const workspace::Threshold& t : m_thresholds) {
        if (psi >= t.value && (!highest || t.value > highest->value))
            highest = t;
    }
    return highest;
}

QString DriftTableModel::verdictText(int row) const
{
    const auto& result = m_report->features[std::size_t(row)].result;
    if (!result)
        return tr("no data in one window");
    const auto threshold = reached(result->psi);
    if (!threshold)
        return tr("stable");
    return threshold->severity == workspace::ThresholdSeverity::Critical ? tr("major shift") : tr("moderate shift");
}

QVariant DriftTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const polling::FeatureDrift& row = m_report->features[std::size_t(index.row())];
    const auto& r = row.result;
    if (role == Qt::DisplayRole) {
        if (index.column() == Feature)
            return row.feature.isEmpty() ? tr("(no label)") : row.feature;
        if (index.column() == Verdict)
            return verdictText(index.row());
        if (!r)
            return u"—"_s;
        switch (index.column()) {
        case Psi:
            return number(r->psi);
        case JensenShannon:
            return number(r->jensenShannon);
        case Ks:
            return QString(u"≥ "_s + number(r->ksLowerBound));
        case Wasserstein:
            return QString(u"≈ "_s + number(r->wassersteinNormed));
        case ReferenceCount:
            return count(r->referenceCount);
        case CurrentCount:
            return count(r->currentCount);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Feature && index.column() != Verdict)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == Verdict || index.column() == Psi) && r) {
        const auto threshold = reached(r->psi);
        return QBrush(threshold ? theme::thresholdColor(threshold->severity) : theme::ok);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Psi:
            return tr("Population stability index over %1 buckets, with Evidently's filling of empty buckets.")
                .arg(r ? r->bucketCount : 0);
        case Ks:
            return tr("Largest gap between the two CDFs at the bucket bounds: the true KS statistic is at least "
                      "this.");
        case Wasserstein:
            return tr("Area between the two CDFs, observations spread evenly inside each bucket, divided by the "
                      "reference's standard deviation: an estimate from buckets.");
        default:
            return {};
        }
    }
    return {};
}

QVariant DriftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Feature:
            return tr("Feature");
        case Psi:
            return tr("PSI");
        case JensenShannon:
            return tr("Jensen-Shannon");
        case Ks:
            return tr("KS (lower bound)");
        case Wasserstein:
            return tr("Wasserstein (normed)");
        case ReferenceCount:
            return tr("Reference n");
        case CurrentCount:
            return tr("Current n");
        case Verdict:
            return tr("Verdict");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == Verdict) {
        QStringList lines;
        for (const workspace::Threshold& t : m_thresholds)
            lines.append(tr("PSI ≥ %1: %2").arg(number(t.value, 2), t.label));
        return lines.join(u'\n');
    }
    return {};
}

} // namespace wk::ui
