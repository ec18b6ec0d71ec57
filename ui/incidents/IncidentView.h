#pragma once

#include "incidents/Incident.h"
#include "incidents/TimelineEvent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace wk::ui {

class IncidentDesk;
class RunbookPanel;
class TimelineModel;

// One incident being worked: its title, severity, status, age, commander and alerts on top; the timeline with
// every change, note, action and crossing below, growing as things happen; a box to add notes. Everything a person
// changes here is a timeline event with their name on it.
class IncidentView : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentView(IncidentDesk& desk, QWidget* parent = nullptr);

    // 0 shows the empty state.
    void showIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }

    TimelineModel* timeline() const { return m_timeline; }
    QTableView* timelineView() const { return m_timelineView; }
    QPlainTextEdit* noteEditor() const { return m_note; }
    QComboBox* statusPicker() const { return m_status; }
    QPushButton* statusButton() const { return m_setStatus; }
    QString problemText() const; // what went wrong with the last write, as shown; empty when nothing did
    // The runbook of the incident's alerts, with its progress kept in the timeline.
    RunbookPanel* runbook() const { return m_runbook; }

public Q_SLOTS:
    void addNote();
    void applyStatus();
    void applySeverity();
    void takeCommand();
    void assignRole();
    void editSelectedNote();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

Q_SIGNALS:
    void warRoomRequested(qint64 incidentId);
    void postmortemRequested(qint64 incidentId);
    void timelineLoaded(qint64 incidentId);

private:
    void updateHeader();
    void reloadTimeline();
    void fetchNewEvents();
    void openSnapshot(const QModelIndex& index);
    void showTimelineMenu(const QPoint& pos);
    void showRunbook();
    void timelineArrived(const QList<incidents::TimelineEvent>& events);

    IncidentDesk& m_desk;
    qint64 m_incidentId = 0;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    TimelineModel* m_timeline = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_severityBadge = nullptr;
    QLabel* m_statusBadge = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_alerts = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_setStatus = nullptr;
    QComboBox* m_severity = nullptr;
    QPushButton* m_setSeverity = nullptr;
    QPushButton* m_command = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_warRoom = nullptr;
    QPushButton* m_postmortem = nullptr;
    QTableView* m_timelineView = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QLabel* m_problem = nullptr;
    RunbookPanel* m_runbook = nullptr;
    QString m_runbookId; // the one shown, so a refresh does not start it over
};

} // namespace wk::ui
