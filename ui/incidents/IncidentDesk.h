#pragma once

#include "alerts/Alert.h"
#include "incidents/IncidentService.h"
#include "incidents/ThresholdWatch.h"
#include "outbox/ActionOutbox.h"
#include "polling/PanelData.h"
#include "runbooks/RunbookLibrary.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

class QTimer;

namespace wk::alerts {
class AlertBackend;
}

namespace wk::ui {

// Where the console's incidents are worked from: every change a person makes goes through here to the incident
// store (never waiting on disk), and what the console sees on its own is written into the open incidents'
// timelines as it happens: notes and acknowledgements in the alert service, the console's own actions once they
// land, and thresholds the charts cross for an incident's services. Views listen to `timelineChanged`.
class IncidentDesk : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString user;                   // the actor of what this console's user does
        QString backend;                // the alert service's name, the actor of changes it reports: "opsgenie", "demo"
        int activityRefreshMs = 60'000; // how often the linked alerts' notes are fetched for unresolved incidents
    };

    IncidentDesk(incidents::IncidentService& service, alerts::AlertBackend& alerts, const Clock& clock,
        runbooks::RunbookLibrary runbooks, Options options, QObject* parent = nullptr);

    incidents::IncidentService& service() { return m_service; }
    const Clock& clock() const { return m_clock; }
    alerts::AlertBackend& alertBackend() { return m_alerts; }
    const QString& user() const { return m_options.user; }
    const runbooks::RunbookLibrary& runbooks() const { return m_runbooks; }

    // As last read from the store: unresolved first. Empty until the first refresh answers.
    const QList<incidents::Incident>& incidents() const { return m_incidents; }
    const incidents::Incident* incident(qint64 id) const;
    // The newest unresolved incident that names the service, or links the alert; nullptr when none.
    const incidents::Incident* openIncidentFor(const QString& service) const;
    const incidents::Incident* openIncidentWithAlert(const QString& alertId) const;
    // The alert as the console last saw it (for runbooks and the war room's "who acknowledged").
    std::optional<alerts::Alert> seenAlert(const QString& alertId) const;
    // The runbook of the first linked alert that has one.
    const runbooks::Runbook* runbookFor(const incidents::Incident& incident) const;

    void refresh();

    template <typename T> using Done = std::function<void(Result<T>)>;
    void create(const incidents::NewIncident& draft, Done<incidents::Incident> done);
    void changeStatus(qint64 id, incidents::IncidentStatus status, const QString& note, Done<incidents::Incident> done);
    void changeSeverity(qint64 id, incidents::Severity severity, const QString& note, Done<incidents::Incident> done);
    void assignRole(qint64 id, const QString& role, const QString& person, Done<incidents::Incident> done);
    void linkAlerts(qint64 id, const QList<alerts::Alert>& alerts, Done<incidents::Incident> done);
    void addNote(qint64 id, const QString& text, Done<incidents::TimelineEvent> done);
    void editNote(qint64 id, qint64 noteSeq, const QString& text, Done<incidents::TimelineEvent> done);
    // A chart or table frozen as it is now: the image is stored once and a `snapshot` event points at it.
    void pinSnapshot(qint64 id, const QString& title, const QImage& image, Done<incidents::TimelineEvent> done);
    // Someone else wrote to the incident (the runbook panel): tell the views.
    void noteWritten(qint64 id);

public Q_SLOTS:
    // Every alert the console polled: notes, acknowledgements and closes on linked alerts go into timelines.
    void observeAlerts(const QList<wk::alerts::Alert>& alerts);
    // Every durable change of a console action: landed and failed ones on linked alerts go into timelines.
    void observeAction(const wk::outbox::OutboxRecord& record);
    // A panel's fresh data for `service`: crossings of its thresholds go into that service's open incidents.
    void observePanel(const wk::workspace::Panel& panel, const wk::polling::PanelData& data, const QString& service);

Q_SIGNALS:
    void incidentsChanged();
    void timelineChanged(qint64 incidentId);
    // Alerts were seen again: who acknowledged them, and which runbook answers them, may have changed.
    void alertsSeen();
    // A write the user asked for failed; the words say which and why.
    void writeFailed(const QString& message);

private:
    void changed(qint64 id);
    void appendObserved(qint64 id, const QList<incidents::TimelineEvent>& events);
    void loadKeys(qint64 id);
    void fetchActivity();
    template <typename T> Done<T> reporting(qint64 id, const QString& what, Done<T> done);

    incidents::IncidentService& m_service;
    alerts::AlertBackend& m_alerts;
    const Clock& m_clock;
    runbooks::RunbookLibrary m_runbooks;
    Options m_options;
    QList<incidents::Incident> m_incidents;
    QHash<qint64, QSet<QString>> m_keys; // activity keys already in (or on their way to) each timeline
    QSet<qint64> m_loadingKeys;
    QHash<QString, alerts::Alert> m_seen;
    incidents::ThresholdWatch m_watch;
    QTimer* m_activityTimer = nullptr;
};

} // namespace wk::ui
