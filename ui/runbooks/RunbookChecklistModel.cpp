#include "runbooks/RunbookChecklistModel.h"

#include "common/Theme.h"
#include "runbooks/RunbookText.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

RunbookChecklistModel::RunbookChecklistModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int RunbookChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RunbookChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const Row& row = m_rows.at(index.row());
    if (row.step < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.section;
        case IsSectionRole:
            return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            return theme::mutedText;
        default:
            return {};
        }
    }
    const runbooks::RunbookStep& step = m_runbook->steps.at(row.step);
    switch (role) {
    case Qt::DisplayRole:
        return step.description.isEmpty() ? step.id : step.description;
    case Qt::CheckStateRole:
        return isDoneShown(step.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return toolTipText(step);
    case Qt::ForegroundRole:
        if (isPending(step.id))
            return theme::mutedText;
        return {};
    case StepIdRole:
        return step.id;
    case IsSectionRole:
        return false;
    case DetailRole:
        return detailText(step);
    case PendingRole:
        return isPending(step.id);
    case HasScriptRole:
        return !step.automationScript.trimmed().isEmpty();
    default:
        return {};
    }
}

Qt::ItemFlags RunbookChecklistModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).step < 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RunbookChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable || !isRow(index))
        return false;
    const runbooks::RunbookStep* step = stepAt(index.row());
    // One write per step at a time: the next tick waits for the answer to the last.
    if (!step || isPending(step->id))
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == m_progress.isDone(step->id))
        return false;
    const QString stepId = step->id;
    markPending(stepId, done);
    Q_EMIT tickRequested(stepId, done);
    return true;
}

void RunbookChecklistModel::setRunbook(const std::optional<runbooks::Runbook>& runbook)
{
    beginResetModel();
    m_runbook = runbook;
    m_rows.clear();
    m_pending.clear();
    m_progress = runbooks::RunbookProgress(runbook ? runbook->id : QString());
    if (m_runbook) {
        // Headings only where the runbook has them (Markdown), and only when they change.
        const bool headings = std::any_of(m_runbook->steps.cbegin(), m_runbook->steps.cend(),
            [](const runbooks::RunbookStep& step) { return !step.section.isEmpty(); });
        QString section;
        for (int i = 0; i < m_runbook->steps.size(); ++i) {
            const QString& stepSection = m_runbook->steps.at(i).section;
            if (headings && !stepSection.isEmpty() && (i == 0 || stepSection != section))
                m_rows.append(Row{-1, stepSection});
            section = stepSection;
            m_rows.append(Row{i, {}});
        }
    }
    endResetModel();
}

void RunbookChecklistModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

void RunbookChecklistModel::applyEvents(const QList<incidents::TimelineEvent>& events)
{
    emitChanged(m_progress.apply(events));
}

void RunbookChecklistModel::clearProgress()
{
    m_progress = runbooks::RunbookProgress(m_runbook ? m_runbook->id : QString());
    m_pending.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

void RunbookChecklistModel::markPending(const QString& stepId, bool done)
{
    m_pending.insert(stepId, done);
    emitChanged({stepId});
}

void RunbookChecklistModel::clearPending(const QString& stepId)
{
    if (m_pending.remove(stepId) > 0)
        emitChanged({stepId});
}

const runbooks::RunbookStep* RunbookChecklistModel::stepAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).step < 0)
        return nullptr;
    return &m_runbook->steps.at(m_rows.at(row).step);
}

std::optional<int> RunbookChecklistModel::rowOf(const QString& stepId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const runbooks::RunbookStep* step = stepAt(row);
        if (step && step->id == stepId)
            return row;
    }
    return std::nullopt;
}

int RunbookChecklistModel::stepCount() const
{
    return m_runbook ? static_cast<int>(m_runbook->steps.size()) : 0;
}

int RunbookChecklistModel::doneCount() const
{
    return m_runbook ? m_progress.doneCount(*m_runbook) : 0;
}

bool RunbookChecklistModel::isRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.column() == 0 && index.row() >= 0
        && index.row() < m_rows.size();
}

bool RunbookChecklistModel::isDoneShown(const QString& stepId) const
{
    const auto pending = m_pending.constFind(stepId);
    return pending != m_pending.cend() ? *pending : m_progress.isDone(stepId);
}

QString RunbookChecklistModel::detailText(const runbooks::RunbookStep& step) const
{
    QStringList parts;
    const auto pending = m_pending.constFind(step.id);
    if (pending != m_pending.cend()) {
        parts.append(*pending ? tr("Saving…") : tr("Unticking…"));
    } else if (const auto state = m_progress.step(step.id); state.done) {
        parts.append(tr("Done by %1 at %2").arg(state.by, RunbookText::time(state.at)));
    }
    if (const auto run = m_progress.lastRun(step.id))
        parts.append(RunbookText::lastRun(*run));
    else if (!step.automationScript.trimmed().isEmpty())
        parts.append(tr("has a script"));
    return parts.join(u" · "_s);
}

QString RunbookChecklistModel::toolTipText(const runbooks::RunbookStep& step) const
{
    QString tip = step.action.isEmpty() ? step.description : step.action;
    if (!step.expectedResult.isEmpty())
        tip += u"\n\n"_s + tr("Expected: %1").arg(step.expectedResult);
    return tip;
}

void RunbookChecklistModel::emitChanged(const QList<QString>& stepIds)
{
    int first = -1;
    int last = -1;
    for (const QString& stepId : stepIds) {
        if (const auto row = rowOf(stepId)) {
            first = first < 0 ? *row : std::min(first, *row);
            last = std::max(last, *row);
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

} // namespace wk::ui
