#include "runbooks/RunbookStepDelegate.h"

#include "runbooks/RunbookChecklistModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace wk::ui {

namespace {

constexpr int margin = 6;
constexpr int gap = 8;
constexpr int headingSpace = 8; // above a heading, to set it apart from the steps before it

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QFont detailFont(const QFont& font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.88);
    return smaller;
}

// The width rows are laid out for: the list's viewport, since a list view asks before it knows the row's rect.
int rowWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 300;
}

} // namespace

RunbookStepDelegate::Layout RunbookStepDelegate::layout(
    const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    Layout out;
    const bool heading = index.data(RunbookChecklistModel::IsSectionRole).toBool();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString detail = index.data(RunbookChecklistModel::DetailRole).toString();
    QFont font = option.font;
    if (heading)
        font.setBold(true);

    int left = margin;
    int top = margin + (heading && index.row() > 0 ? headingSpace : 0);
    if (!heading) {
        const QStyle* style = styleOf(option);
        const int size = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
        const int height = style->pixelMetric(QStyle::PM_IndicatorHeight, &option, option.widget);
        const int lineHeight = QFontMetrics(font).height();
        out.check = QRect(left, top + (lineHeight - height) / 2, size, height);
        left += size + gap;
    }
    const int textWidth = std::max(40, width - left - margin);
    const QRect textBounds = QFontMetrics(font).boundingRect(
        QRect(0, 0, textWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    out.text = QRect(left, top, textWidth, textBounds.height());
    if (!detail.isEmpty()) {
        const QRect detailBounds = QFontMetrics(detailFont(option.font))
                                       .boundingRect(QRect(0, 0, textWidth, 100000),
                                           Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, detail);
        out.detail = QRect(left, out.text.bottom() + 3, textWidth, detailBounds.height());
    }
    return out;
}

QSize RunbookStepDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = rowWidth(opt);
    const Layout parts = layout(opt, index, width);
    const int bottom = parts.detail.isValid() ? parts.detail.bottom() : parts.text.bottom();
    return QSize(width, bottom + 1 + margin);
}

void RunbookStepDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle* style = styleOf(opt);
    const bool heading = index.data(RunbookChecklistModel::IsSectionRole).toBool();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    const Layout parts = layout(opt, index, opt.rect.width());
    const QPoint origin = opt.rect.topLeft();

    if (!heading) {
        QStyleOptionViewItem check = opt;
        check.rect = parts.check.translated(origin);
        check.state &= ~QStyle::State_HasFocus;
        check.state |= opt.checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        if (!(index.flags() & Qt::ItemIsUserCheckable))
            check.state &= ~QStyle::State_Enabled;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, opt.widget);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QVariant foreground = index.data(Qt::ForegroundRole);
    QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected && foreground.canConvert<QColor>())
        textColor = foreground.value<QColor>();
    QFont font = opt.font;
    if (heading)
        font.setBold(true);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(parts.text.translated(origin), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);

    if (parts.detail.isValid()) {
        painter->setFont(detailFont(opt.font));
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(parts.detail.translated(origin), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
            index.data(RunbookChecklistModel::DetailRole).toString());
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

bool RunbookStepDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    const auto toggle = [&] {
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const Layout parts = layout(option, index, option.rect.width());
        // A generous target: the box and the margin around it.
        const QRect target = parts.check.translated(option.rect.topLeft()).adjusted(-margin, -margin, gap, margin);
        if (mouse->button() != Qt::LeftButton || !target.contains(mouse->position().toPoint()))
            return false;
        // Press and double-click are taken so the row does not also start a selection drag or an edit.
        return event->type() == QEvent::MouseButtonRelease ? toggle() : true;
    }
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Space && key->key() != Qt::Key_Select)
            return false;
        return toggle();
    }
    default:
        return false;
    }
}

} // namespace wk::ui
