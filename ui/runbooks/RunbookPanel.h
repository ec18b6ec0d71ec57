#pragma once

#include "incidents/TimelineEvent.h"
#include "runbooks/Runbook.h"
#include "runbooks/ScriptResult.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace wk::incidents {
class IncidentService;
}

namespace wk::ui {

class RunbookChecklistModel;
class ScriptConfirmDialog;

// The runbook of the selected alert, beside the charts: what it is for, the checklist with how far the incident
// got, and the selected step's action, expected result and troubleshooting. Progress is kept per incident, in its
// timeline: a tick is written through the IncidentService (the GUI never waits for the disk), shows as pending
// until the answer, and goes back, with the reason, if the write fails. A step's script runs only after
// ScriptConfirmDialog, and its result is written to the timeline however the run ended.
class RunbookPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunbookPanel(QWidget* parent = nullptr);
    ~RunbookPanel() override;

    // None: an empty state saying that no runbook matches and how to bind one. The incident's events seen so far
    // are folded in again for the new runbook, so switching alerts within an incident needs no new setTimeline().
    void setRunbook(std::optional<runbooks::Runbook> runbook);
    // The incident that keeps the progress, written as `actor`. Id 0 (or no service): the checklist is read-only.
    // The progress starts over; the incident view then feeds its timeline through setTimeline().
    void setIncident(incidents::IncidentService* service, qint64 incidentId, const QString& actor);
    // The incident's events, all of them or only the new ones: each is counted once (by seq). Events of another
    // incident are ignored.
    void setTimeline(const QList<incidents::TimelineEvent>& events);
    // The alert the runbook is open for: scripts get its id and service as WK_ALERT_ID and WK_SERVICE.
    void setAlert(const QString& alertId, const QString& service);
    // Where scripts run (the home folder unless set) and how long they may take (120 s unless set).
    void setScriptDirectory(const QString& directory);
    void setScriptTimeout(std::chrono::milliseconds timeout);

    RunbookChecklistModel* model() const { return m_model; }
    void selectStep(const QString& stepId);
    QString selectedStepId() const;
    // Opens the confirmation for the selected step's script, as "Run script…" does; none when the step has no
    // script or no incident is open. Nothing runs until the person presses Run in it.
    ScriptConfirmDialog* confirmScript();

Q_SIGNALS:
    // A tick or a script run was written to the incident's timeline.
    void eventAppended(const wk::incidents::TimelineEvent& event);

private:
    // Remembers the incident's runbook events, for when the runbook changes.
    void keep(const QList<incidents::TimelineEvent>& events);
    void writeTick(const QString& stepId, bool done);
    void writeScriptRun(
        qint64 incidentId, const QString& runbookId, const QString& stepId, const runbooks::ScriptResult& result);
    void showRunbook();
    void showProgress();
    void showStep();
    // A write that failed, said until the next one lands; empty clears it.
    void showProblem(const QString& text);
    void showStatus();
    QString emptyStateHtml() const;

    RunbookChecklistModel* m_model = nullptr;
    QPointer<incidents::IncidentService> m_service;
    qint64 m_incidentId = 0;
    QString m_actor;
    QString m_alertId;
    QString m_alertService;
    QString m_problem;
    QString m_scriptDirectory;
    std::chrono::milliseconds m_scriptTimeout;
    QList<incidents::TimelineEvent> m_events; // this incident's runbook_step_done and script_run events
    QSet<qint64> m_seenSeqs;
    quint64 m_generation = 0; // moves with the runbook and the incident, so late answers for the old ones are dropped

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_about = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_status = nullptr;
    QListView* m_list = nullptr;
    QTextBrowser* m_step = nullptr;
    QPushButton* m_runButton = nullptr;
};

} // namespace wk::ui
