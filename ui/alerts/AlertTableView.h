#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

class QLabel;

namespace wk::ui {

// The alert table, keyboard first: J and K move like Down and Up (with Shift they extend the selection), letters
// never start a type-ahead search (they are the actions' shortcuts), and "/", Esc and "?" are handed to the list as
// signals. Rows span several alerts (extended selection); when every selected alert leaves the list, the one below
// them is selected next, as in a mail client. The header's context menu shows and hides the less important columns.
class AlertTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AlertTableView(QWidget* parent = nullptr);

    // Expects the rows of an AlertTableModel, possibly through a proxy.
    void setModel(QAbstractItemModel* model) override;

    // Which columns show, in what order, how wide and the sort: for the window's settings.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray& state); // false, and nothing changes, for an unknown state
    void resetColumns();

    // Said in the middle of the table while it has no rows.
    void setEmptyText(const QString& text);

Q_SIGNALS:
    void filterRequested(); // "/"
    void escapePressed();
    void helpRequested(); // "?"

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void keyboardSearch(const QString&) override { }
    bool viewportEvent(QEvent* event) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;

private:
    void showHeaderMenu(const QPoint& pos);
    void selectSuccessor();

    QLabel* m_empty = nullptr;
    QPersistentModelIndex m_successor; // where the selection goes when the selected rows leave
};

} // namespace wk::ui
