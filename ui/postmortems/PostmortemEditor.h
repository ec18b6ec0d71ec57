#pragma once

#include "common/Error.h"
#include "incidents/IncidentStore.h"
#include "postmortems/Postmortem.h"
#include "postmortems/PostmortemTemplate.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace wk::incidents {
class IncidentService;
}

namespace wk::ui {

class ActionItemsModel;
class PostmortemTimelineModel;

// Writes the postmortem of one incident. Opens the saved one, or a draft made from the incident
// (postmortems::draftFromIncident); everything is read through the IncidentService, so the GUI thread never waits
// on disk. Fields are disabled until the incident has loaded.
//
// Autosave: every edit restarts a one-second timer and its end saves the whole postmortem through the service; the
// status line says "Saving…", then "Saved at 10:32:05" only once the store's transaction is on disk, or "Not saved:
// <reason> — retrying" (the text stays, and the save is tried again every few seconds). Hiding or destroying the
// editor saves at once whatever is not saved yet; the service finishes queued writes before it goes away, so it
// must outlive the editor for those writes to land (if it is gone they are lost, and logged).
//
// Exports render the postmortem through the team's template (or the built-in one, with a notice, when the team's
// has problems) as Markdown or as an A4 PDF.
class PostmortemEditor : public QWidget
{
    Q_OBJECT

public:
    // templatePath: a Markdown template (see postmortems::PostmortemTemplate); empty: the built-in one.
    PostmortemEditor(incidents::IncidentService& service, qint64 incidentId, const QString& templatePath = QString(),
        QWidget* parent = nullptr);
    ~PostmortemEditor() override;

    // The share of the SLO's error budget the incident burned (0.18 = 18%), when the caller measured it. A draft
    // made after this call fills "SLO budget burned" with it; a saved postmortem keeps what it says. Call right
    // after constructing: the draft is made once the incident has loaded.
    void setSloBudgetBurned(double fraction);
    // The same with the words the draft shows, when several SLOs apply: "Availability: 18.2 % of the 30-day budget".
    void setSloBudgetBurned(double fraction, const QString& description);

    qint64 incidentId() const { return m_incidentId; }
    bool isLoaded() const { return m_loaded; }
    // What the editor holds now, saved or not.
    const postmortems::Postmortem& postmortem() const { return m_postmortem; }
    bool hasUnsavedChanges() const { return m_dirty || m_savesInFlight > 0; }
    QString statusText() const;

    // The postmortem rendered through the template, now.
    QString markdown() const;
    Result<void> exportMarkdown(const QString& path) const;
    Result<void> exportPdf(const QString& path) const;

    PostmortemTimelineModel* timelineModel() const { return m_timelineModel; }
    ActionItemsModel* actionItemsModel() const { return m_actionItems; }

public Q_SLOTS:
    // Saves now whatever is not saved yet (the autosave does this a second after the last edit).
    void saveNow();

Q_SIGNALS:
    // The incident and its postmortem (or a draft) are in the fields.
    void loaded();
    // The incident could not be read; the fields stay disabled.
    void loadFailed(const Error& error);
    // A save landed on disk.
    void saved(const postmortems::Postmortem& postmortem);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct Loaded;

    void buildLayout();
    QWidget* buildWritingPane();
    QWidget* buildTimelinePane();
    QWidget* buildActionItemsPane();
    void load();
    void showLoaded(Loaded data);
    void fillFields();
    void showFacts();
    void edited();
    void collect();
    void saveAnswered(quint64 serial, const Result<postmortems::Postmortem>& result);
    void setStatus(const QString& text, bool problem = false);
    void addActionItem();
    void removeSelectedActionItems();
    void chooseMarkdownExport();
    void choosePdfExport();
    QString suggestedFileName(const QString& suffix) const;

    QPointer<incidents::IncidentService> m_service;
    const qint64 m_incidentId;
    const QString m_templatePath;
    std::optional<double> m_sloBudgetBurned;
    QString m_sloBudgetText;
    std::optional<postmortems::PostmortemTemplate> m_template;

    postmortems::Postmortem m_postmortem;
    bool m_loaded = false;
    bool m_filling = false;
    bool m_dirty = false;     // edits not yet handed to the service
    int m_savesInFlight = 0;  // handed over, not yet answered
    quint64 m_saveSerial = 0; // the latest save handed over
    QTimer m_saveTimer;

    QLabel* m_heading = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_users = nullptr;
    QLabel* m_duration = nullptr;
    QLineEdit* m_sloBudget = nullptr;
    QPlainTextEdit* m_rootCause = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QPlainTextEdit* m_lessons = nullptr;
    QListView* m_timeline = nullptr;
    QTableView* m_actionItemsView = nullptr;
    QPushButton* m_removeAction = nullptr;
    QList<QWidget*> m_inputs; // enabled once loaded
    QLabel* m_status = nullptr;

    PostmortemTimelineModel* m_timelineModel = nullptr;
    ActionItemsModel* m_actionItems = nullptr;
};

} // namespace wk::ui
