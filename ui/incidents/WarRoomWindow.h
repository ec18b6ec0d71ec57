#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace wk::ui {

class IncidentDesk;
class RunbookPanel;
class TimelineModel;

// One incident on a big screen, readable from across the room: severity, title, status and age in large type;
// who is on call and which alerts are acknowledged (in words, never by colour alone); the timeline growing live;
// the affected service's charts and the runbook beside it. Esc or F11 leaves it.
class WarRoomWindow : public QWidget
{
    Q_OBJECT
public:
    // `charts` and `runbook` (either may be null) are shown on the right and owned by the window from now on; the
    // runbook is fed the timeline as it grows.
    WarRoomWindow(
        IncidentDesk& desk, qint64 incidentId, QWidget* charts, RunbookPanel* runbook, QWidget* parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    TimelineModel* timeline() const { return m_timeline; }
    QString headline() const;   // the severity, title and status line as shown
    QString peopleText() const; // on call and acknowledgements as shown

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateHeader();
    void updatePeople();
    void fetchOnCall();
    void fetchEvents();

    IncidentDesk& m_desk;
    qint64 m_incidentId = 0;
    TimelineModel* m_timeline = nullptr;
    QTableView* m_timelineView = nullptr;
    QLabel* m_severity = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_age = nullptr;
    QLabel* m_people = nullptr;
    QStringList m_onCall; // "ml-platform: ada (primary)"
    bool m_fetching = false;
    bool m_fetchAgain = false;
    QTimer* m_tick = nullptr;
    RunbookPanel* m_runbook = nullptr;
};

} // namespace wk::ui
