#include "alerts/AlertTableView.h"

#include "alerts/AlertTableModel.h"
#include "alerts/AlertText.h"

#include <QDataStream>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

// Bumped whenever the columns change, so an old layout is not applied to new columns.
constexpr quint32 headerStateVersion = 2;

} // namespace

AlertTableView::AlertTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(u"alertTable"_s);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the table for the buttons

    const QFontMetrics fm = fontMetrics();
    QHeaderView* rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(fm.height() + 4);
    rows->setDefaultSectionSize(fm.height() + 8);

    QHeaderView* header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fm.horizontalAdvance(u"P1"_s) + 16);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &AlertTableView::showHeaderMenu);

    m_empty = new QLabel(viewport());
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
}

void AlertTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertTableView::selectSuccessor);
    sortByColumn(AlertTableModel::PriorityColumn, Qt::AscendingOrder);
    resetColumns();
}

void AlertTableView::resetColumns()
{
    using M = AlertTableModel;
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, column == M::TagsColumn || column == M::LastOccurrenceColumn);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    header->setSectionResizeMode(M::MessageColumn, QHeaderView::Stretch);

    // Widths from the font rather than pixels, so nothing clips with a larger system font. Together they leave the
    // message about 40 characters in a 1400 px window.
    const QFontMetrics fm = fontMetrics();
    const int padding = 18; // cell margins plus the header's sort arrow
    const auto fit = [&](int column, std::initializer_list<QString> samples, int extra = 0) {
        int width = fm.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString());
        for (const QString& s : samples)
            width = std::max(width, fm.horizontalAdvance(s));
        header->resizeSection(column, width + padding + extra);
    };
    fit(M::TinyIdColumn, {u"#99999"_s});
    fit(M::PriorityColumn, {u"P5"_s});
    fit(M::StatusColumn, {pendingText(alerts::ActionKind::Acknowledge), statusText(alerts::AlertStatus::Acknowledged)},
        style()->pixelMetric(QStyle::PM_SmallIconSize) + 4); // room for the warning icon
    fit(M::AcknowledgedColumn, {u"somchai.p"_s});
    fit(M::ServiceColumn, {u"fraud-scorer-v2"_s});
    fit(M::TeamColumn, {u"ml-platform"_s});
    fit(M::OwnerColumn, {u"somchai.p"_s});
    fit(M::TagsColumn, {u"latency, gpu, slo:ranker"_s});
    fit(M::CountColumn, {u"999"_s});
    fit(M::AgeColumn, {ageText(23 * 3600 + 59 * 60)});
    fit(M::LastOccurrenceColumn, {relativeTimeText(23 * 3600 + 59 * 60)});
}

QByteArray AlertTableView::saveHeaderState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << headerStateVersion << horizontalHeader()->saveState();
    return state;
}

bool AlertTableView::restoreHeaderState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    in >> version >> header;
    if (in.status() != QDataStream::Ok || version != headerStateVersion)
        return false;
    return horizontalHeader()->restoreState(header);
}

void AlertTableView::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == AlertTableModel::MessageColumn)
            continue; // the one column never hidden
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, &AlertTableView::resetColumns);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void AlertTableView::setEmptyText(const QString& text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_empty->setGeometry(viewport()->rect());
}

bool AlertTableView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Resize)
        m_empty->setGeometry(viewport()->rect());
    return QTableView::viewportEvent(event);
}

void AlertTableView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((key == Qt::Key_J || key == Qt::Key_K) && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        QKeyEvent move(QEvent::KeyPress, key == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up, modifiers);
        keyPressEvent(&move);
        return;
    }
    if (key == Qt::Key_Question || event->text() == u"?"_s) {
        Q_EMIT helpRequested();
        return;
    }
    if (key == Qt::Key_Slash && modifiers == Qt::NoModifier) {
        Q_EMIT filterRequested();
        return;
    }
    if (key == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        Q_EMIT escapePressed();
        return;
    }
    // A table that takes the focus marks its first row current without selecting it, so the first Down would skip
    // the most urgent alert. With nothing selected, Up or Down selects the current row instead.
    if ((key == Qt::Key_Down || key == Qt::Key_Up) && !selectionModel()->hasSelection() && model()->rowCount() > 0) {
        const QModelIndex current = currentIndex().isValid() ? currentIndex() : model()->index(0, 0);
        setCurrentIndex(current);
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    QTableView::keyPressEvent(event);
}

void AlertTableView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    m_successor = QPersistentModelIndex();
    const QModelIndexList selected = selectionModel()->selectedRows();
    const bool allLeave = !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), [&](const auto& i) {
        return i.parent() == parent && i.row() >= start && i.row() <= end;
    });
    if (allLeave) {
        const int next = end + 1 < model()->rowCount(parent) ? end + 1 : start - 1;
        if (next >= 0)
            m_successor = model()->index(next, std::max(0, currentIndex().column()), parent);
    }
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void AlertTableView::selectSuccessor()
{
    const QModelIndex next = m_successor;
    m_successor = QPersistentModelIndex();
    if (next.isValid() && !selectionModel()->hasSelection())
        setCurrentIndex(next);
}

} // namespace wk::ui
