#pragma once

#include "archive/AlertArchive.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace wk::ui {

class AlertHistoryEntriesModel;

// One archived alert: what it was, who acknowledged it and how fast, when it closed, and beside that everything
// that happened to it, oldest first. The facts show at once; the entries arrive when the archive answers.
class AlertHistoryDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertHistoryDetailView(QWidget* parent = nullptr);

    void showAlert(const archive::ArchivedAlert& alert); // and waits for its entries
    void clear();                                        // nothing selected
    void setEntries(const QList<archive::HistoryEntry>& entries);
    void setEntriesFailed(const QString& reason);
    QString alertId() const { return m_alertId; }

    AlertHistoryEntriesModel* entries() const { return m_entries; }
    QTableView* entriesView() const { return m_entriesView; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* entriesCaption() const { return m_caption; }

private:
    void setFact(QLabel* value, const QString& text); // hides the row when there is nothing to say

    QString m_alertId;
    QLabel* m_title = nullptr;
    QWidget* m_factsBox = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_teams = nullptr;
    QLabel* m_service = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_began = nullptr;
    QLabel* m_acknowledged = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_owner = nullptr;
    QLabel* m_escalated = nullptr;
    QWidget* m_history = nullptr; // the caption and the entries
    QLabel* m_caption = nullptr;
    AlertHistoryEntriesModel* m_entries = nullptr;
    QTableView* m_entriesView = nullptr;
};

} // namespace wk::ui
