#pragma once

#include "incidents/TimelineEvent.h"
#include "runbooks/Runbook.h"
#include "runbooks/RunbookProgress.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wk::ui {

// The steps of one runbook as a checklist: one row per step, checkable while an incident keeps the progress,
// with who ticked it and when. A Markdown runbook's headings are rows too, neither selectable nor checkable.
// A tick asked for is pending (shown ticked, greyed) until the write lands or fails.
class RunbookChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1, // empty on a heading
        IsSectionRole,
        DetailRole,  // "Done by ada at 10:42 · script exited with 0", "Saving…"; empty when there is nothing to say
        PendingRole, // a tick or untick waits for the incident store
        HasScriptRole,
    };

    explicit RunbookChecklistModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A check state change on a step asks for the tick (tickRequested) and marks it pending; nothing else is editable.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // A new runbook, or none: the rows and the progress start over.
    void setRunbook(const std::optional<runbooks::Runbook>& runbook);
    const std::optional<runbooks::Runbook>& runbook() const { return m_runbook; }
    // Whether ticks can be asked for: only while an incident keeps them.
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }

    // Folds timeline events in (see RunbookProgress::apply); one dataChanged over the rows that changed.
    void applyEvents(const QList<incidents::TimelineEvent>& events);
    // Forgets the progress, as for another incident; pending ticks too.
    void clearProgress();
    const runbooks::RunbookProgress& progress() const { return m_progress; }

    void markPending(const QString& stepId, bool done);
    void clearPending(const QString& stepId);
    bool isPending(const QString& stepId) const { return m_pending.contains(stepId); }

    const runbooks::RunbookStep* stepAt(int row) const;
    std::optional<int> rowOf(const QString& stepId) const;
    int stepCount() const;
    int doneCount() const;

Q_SIGNALS:
    // The person ticked (done) or unticked a step; whoever keeps the progress writes it and answers with
    // applyEvents() and clearPending().
    void tickRequested(const QString& stepId, bool done);

private:
    struct Row
    {
        int step = -1; // index into the runbook's steps; -1 for a heading
        QString section;
    };

    bool isRow(const QModelIndex& index) const;
    bool isDoneShown(const QString& stepId) const;
    QString detailText(const runbooks::RunbookStep& step) const;
    QString toolTipText(const runbooks::RunbookStep& step) const;
    void emitChanged(const QList<QString>& stepIds);

    std::optional<runbooks::Runbook> m_runbook;
    QList<Row> m_rows;
    runbooks::RunbookProgress m_progress;
    QHash<QString, bool> m_pending; // step id -> the state asked for
    bool m_checkable = false;
};

} // namespace wk::ui
