#pragma once

#include <QStyledItemDelegate>

namespace wk::ui {

// Draws a checklist row: the check box, the step's description wrapped to the width of the list, and under it
// a smaller, muted line with who ticked it and how its script went (RunbookChecklistModel::DetailRole).
// Headings are drawn as bold text with room above them.
class RunbookStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    struct Layout
    {
        QRect check;
        QRect text;
        QRect detail;
    };

    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
};

} // namespace wk::ui
