#pragma once

#include "archive/AlertArchive.h"
#include "common/Error.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace wk {
class Clock;
namespace store {
template <typename Store> class StoreWorker;
}
} // namespace wk

namespace wk::ui {

class AlertHistoryDetailView;
class AlertHistoryFilterBar;
class AlertHistoryModel;

// The alerts this console has archived, newest first: search and filters on top, the table, and under it the
// selected alert with everything that happened to it. Every read runs on the archive's own thread; an answer to
// a query that a newer one replaced is dropped, and a failed read leaves the last good rows on screen.
class AlertHistoryPage : public QWidget
{
    Q_OBJECT

public:
    using ArchiveWorker = store::StoreWorker<archive::AlertArchive>;
    static constexpr int defaultRowLimit = 2000;

    // A null `archive` means the console has none open: the page says so. The archive must outlive the page.
    AlertHistoryPage(ArchiveWorker* archive, const Clock& clock, QWidget* parent = nullptr);

    // At most this many of the newest matching alerts are listed; the count says how many matched in all.
    void setRowLimit(int limit);
    int rowLimit() const { return m_rowLimit; }

    // Words typed and not asked for yet, or an answer from the archive still to come.
    bool isWaiting() const;
    QString selectedAlertId() const;          // empty when none
    void selectAlert(const QString& alertId); // when it is listed

    AlertHistoryFilterBar* filterBar() const { return m_filters; }
    AlertHistoryModel* model() const { return m_model; }
    QSortFilterProxyModel* sortedModel() const { return m_sorted; } // what the table shows, in its order
    QTableView* table() const { return m_table; }
    AlertHistoryDetailView* detailView() const { return m_detail; }
    QLabel* countLabel() const { return m_count; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* emptyLabel() const { return m_empty; }

public Q_SLOTS:
    // Reads the archive again: the rows for the filters as they are, and the teams and services they offer.
    void refresh();

private:
    struct Answer
    {
        QList<archive::ArchivedAlert> alerts; // the newest, up to the limit
        qsizetype matched = 0;                // ignoring the limit
        qsizetype archived = -1;              // every alert in the archive: read only when none matched
    };

    void ask();
    void answered(quint64 sequence, const archive::ArchiveQuery& query, Result<Answer> answer);
    void showCounts(const archive::ArchiveQuery& query, const Answer& answer);
    void showSelected();
    void showFailure(const Error& error);

    ArchiveWorker* m_archive = nullptr;
    int m_rowLimit = defaultRowLimit;
    quint64 m_asked = 0;    // the sequence number of the newest query
    quint64 m_answered = 0; // the newest one answered
    quint64 m_historyAsked = 0;
    quint64 m_historyAnswered = 0;
    int m_valuesAsked = 0; // reads of the teams and services not answered yet

    AlertHistoryFilterBar* m_filters = nullptr;
    AlertHistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_refresh = nullptr;
    QStackedWidget* m_stack = nullptr; // the table and the detail, or the empty state
    QSplitter* m_split = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    AlertHistoryDetailView* m_detail = nullptr;
};

} // namespace wk::ui
