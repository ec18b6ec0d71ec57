#include "IncidentDesk.h"

#include "alerts/AlertBackend.h"
#include "common/UiText.h"
#include "incidents/AlertActivity.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::ui {

using incidents::Incident;
using incidents::IncidentStatus;
using incidents::TimelineEvent;

namespace {

// The legend a series is watched and reported under: its legend, else its labels.
QString seriesName(const polling::PanelSeries& series)
{
    if (!series.legend.isEmpty())
        return series.legend;
    QStringList parts;
    for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u',');
}

std::optional<double> lastValue(const polling::PanelSeries& series)
{
    for (auto it = series.values.crbegin(); it != series.values.crend(); ++it) {
        if (!std::isnan(*it))
            return *it;
    }
    return std::nullopt;
}

} // namespace

IncidentDesk::IncidentDesk(incidents::IncidentService& service, alerts::AlertBackend& alerts, const Clock& clock,
    runbooks::RunbookLibrary runbooks, Options options, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_alerts(alerts)
    , m_clock(clock)
    , m_runbooks(std::move(runbooks))
    , m_options(std::move(options))
    , m_activityTimer(new QTimer(this))
{
    m_activityTimer->setInterval(m_options.activityRefreshMs);
    connect(m_activityTimer, &QTimer::timeout, this, &IncidentDesk::fetchActivity);
    m_activityTimer->start();
    refresh();
}

const Incident* IncidentDesk::incident(qint64 id) const
{
    for (const Incident& incident : m_incidents) {
        if (incident.id == id)
            return &incident;
    }
    return nullptr;
}

const Incident* IncidentDesk::openIncidentFor(const QString& service) const
{
    // The list is newest first within the unresolved ones.
    for (const Incident& incident : m_incidents) {
        if (incident.status != IncidentStatus::Resolved && incident.services.contains(service))
            return &incident;
    }
    return nullptr;
}

const Incident* IncidentDesk::openIncidentWithAlert(const QString& alertId) const
{
    for (const Incident& incident : m_incidents) {
        if (incident.status == IncidentStatus::Resolved)
            continue;
        for (const incidents::LinkedAlert& linked : incident.alerts) {
            if (linked.alertId == alertId)
                return &incident;
        }
    }
    return nullptr;
}

std::optional<alerts::Alert> IncidentDesk::seenAlert(const QString& alertId) const
{
    const auto found = m_seen.constFind(alertId);
    return found == m_seen.cend() ? std::nullopt : std::optional<alerts::Alert>(*found);
}

const runbooks::Runbook* IncidentDesk::runbookFor(const Incident& incident) const
{
    for (const incidents::LinkedAlert& linked : incident.alerts) {
        const auto seen = m_seen.constFind(linked.alertId);
        if (seen == m_seen.cend())
            continue;
        if (const runbooks::Runbook* runbook = m_runbooks.forAlert(*seen))
            return runbook;
    }
    return nullptr;
}

void IncidentDesk::refresh()
{
    m_service.list(this, [this](Result<QList<Incident>> listed) {
        if (!listed) {
            Q_EMIT writeFailed(tr("The incidents could not be read: %1").arg(errorText(listed.error())));
            return;
        }
        m_incidents = std::move(*listed);
        for (const Incident& incident : m_incidents) {
            if (incident.status != IncidentStatus::Resolved)
                loadKeys(incident.id);
        }
        Q_EMIT incidentsChanged();
    });
}

void IncidentDesk::changed(qint64 id)
{
    Q_EMIT timelineChanged(id);
    refresh();
}

void IncidentDesk::noteWritten(qint64 id)
{
    changed(id);
}

template <typename T> IncidentDesk::Done<T> IncidentDesk::reporting(qint64 id, const QString& what, Done<T> done)
{
    return [this, id, what, done = std::move(done)](Result<T> result) {
        if (result) {
            qint64 changedId = id;
            if constexpr (std::is_same_v<T, Incident>)
                changedId = result->id;
            changed(changedId);
        } else {
            Q_EMIT writeFailed(tr("%1 was not saved: %2").arg(what, errorText(result.error())));
        }
        if (done)
            done(std::move(result));
    };
}

void IncidentDesk::create(const incidents::NewIncident& draft, Done<Incident> done)
{
    m_service.create(draft, m_options.user, this, reporting(0, tr("The new incident"), std::move(done)));
}

void IncidentDesk::changeStatus(qint64 id, IncidentStatus status, const QString& note, Done<Incident> done)
{
    m_service.changeStatus(
        id, status, m_options.user, note, this, reporting(id, tr("The status change"), std::move(done)));
}

void IncidentDesk::changeSeverity(qint64 id, incidents::Severity severity, const QString& note, Done<Incident> done)
{
    m_service.changeSeverity(
        id, severity, m_options.user, note, this, reporting(id, tr("The severity change"), std::move(done)));
}

void IncidentDesk::assignRole(qint64 id, const QString& role, const QString& person, Done<Incident> done)
{
    m_service.assignRole(id, role, person, m_options.user, this, reporting(id, tr("The role change"), std::move(done)));
}

void IncidentDesk::linkAlerts(qint64 id, const QList<alerts::Alert>& alerts, Done<Incident> done)
{
    QList<incidents::LinkedAlert> links;
    for (const alerts::Alert& alert : alerts) {
        links.append({alert.id, alert.tinyId});
        m_seen.insert(alert.id, alert);
    }
    const QString actor = m_options.user;
    m_service.run<Incident>(
        this, [id, links, actor](incidents::IncidentStore& store) { return store.linkAlerts(id, links, actor); },
        reporting(id, tr("Linking the alerts"), std::move(done)));
}

void IncidentDesk::addNote(qint64 id, const QString& text, Done<TimelineEvent> done)
{
    m_service.addNote(id, text, m_options.user, this, reporting(id, tr("The note"), std::move(done)));
}

void IncidentDesk::editNote(qint64 id, qint64 noteSeq, const QString& text, Done<TimelineEvent> done)
{
    m_service.editNote(id, noteSeq, text, m_options.user, this, reporting(id, tr("The edited note"), std::move(done)));
}

void IncidentDesk::pinSnapshot(qint64 id, const QString& title, const QImage& image, Done<TimelineEvent> done)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    TimelineEvent event;
    event.incidentId = id;
    event.kind = incidents::EventKind::Snapshot;
    event.actor = m_options.user;
    event.payload = QJsonObject{{u"title"_s, title}, {u"media_type"_s, u"image/png"_s}, {u"width"_s, image.width()},
        {u"height"_s, image.height()}};
    m_service.run<TimelineEvent>(
        this,
        [event, png](incidents::IncidentStore& store) mutable -> Result<TimelineEvent> {
            auto stored = store.putAttachment(png, u"image/png"_s);
            if (!stored)
                return std::unexpected(stored.error());
            event.payload.insert(u"attachment"_s, *stored);
            return store.append(event);
        },
        reporting(id, tr("The snapshot"), std::move(done)));
}

void IncidentDesk::loadKeys(qint64 id)
{
    if (m_keys.contains(id) || m_loadingKeys.contains(id))
        return;
    m_loadingKeys.insert(id);
    m_service.timeline(id, 0, this, [this, id](Result<QList<TimelineEvent>> timeline) {
        m_loadingKeys.remove(id);
        if (timeline)
            m_keys[id].unite(incidents::activityKeys(*timeline));
    });
}

void IncidentDesk::appendObserved(qint64 id, const QList<TimelineEvent>& events)
{
    if (events.isEmpty())
        return;
    QSet<QString>& keys = m_keys[id];
    for (TimelineEvent event : events) {
        const QString key = incidents::activityKey(event);
        keys.insert(key); // on its way: a second poll before the answer must not write it again
        event.incidentId = id;
        m_service.append(event, this, [this, id, key](Result<TimelineEvent> written) {
            if (written) {
                changed(id);
            } else {
                m_keys[id].remove(key); // the next poll tries again
            }
        });
    }
}

void IncidentDesk::observeAlerts(const QList<alerts::Alert>& alerts)
{
    for (const alerts::Alert& alert : alerts) {
        // A list answer may carry no notes where a detail answer did: keep the richer one's notes.
        auto known = m_seen.find(alert.id);
        if (known != m_seen.end() && alert.notes.isEmpty() && !known->notes.isEmpty()) {
            const QList<alerts::AlertNote> notes = known->notes;
            *known = alert;
            known->notes = notes;
        } else {
            m_seen.insert(alert.id, alert);
        }
    }
    for (const Incident& incident : std::as_const(m_incidents)) {
        if (incident.status == IncidentStatus::Resolved || !m_keys.contains(incident.id))
            continue;
        appendObserved(
            incident.id, incidents::alertActivity(incident, alerts, m_keys.value(incident.id), m_options.backend));
    }
    Q_EMIT alertsSeen();
}

void IncidentDesk::observeAction(const outbox::OutboxRecord& record)
{
    for (const Incident& incident : std::as_const(m_incidents)) {
        if (!m_keys.contains(incident.id))
            continue;
        const auto event = incidents::actionEvent(incident, record);
        if (event && !m_keys.value(incident.id).contains(incidents::activityKey(*event)))
            appendObserved(incident.id, {*event});
    }
}

void IncidentDesk::observePanel(const workspace::Panel& panel, const polling::PanelData& data, const QString& service)
{
    if (panel.thresholds.isEmpty() || data.error || panel.kind == workspace::PanelKind::Drift)
        return;
    const Incident* incident = openIncidentFor(service);
    for (const polling::PanelSeries& series : data.series) {
        const auto value = lastValue(series);
        if (!value)
            continue;
        const QString name = seriesName(series);
        // Keyed by service too: after a switch the same legend is another service's series.
        workspace::Panel keyed = panel;
        keyed.id = service + u'/' + panel.id;
        const auto crossings = m_watch.observe(keyed, name, *value);
        if (!incident)
            continue;
        QList<TimelineEvent> events;
        for (const incidents::ThresholdCrossing& crossing : crossings) {
            TimelineEvent event;
            event.kind = incidents::EventKind::ThresholdCrossed;
            event.actor = u"console"_s;
            event.at = m_clock.now();
            event.payload = QJsonObject{
                {u"panel_id"_s, panel.id},
                {u"panel"_s, panel.title},
                {u"series"_s, name},
                {u"service"_s, service},
                {u"value"_s, crossing.value},
                {u"threshold"_s, crossing.threshold},
                {u"label"_s, crossing.thresholdLabel},
                {u"level"_s, crossing.level},
                {u"previous_level"_s, crossing.previousLevel},
                {u"direction"_s, crossing.above ? u"above"_s : u"below"_s},
                {u"key"_s,
                    QString(u"crossing:"_s + keyed.id + u':' + name + u':'
                        + QString::number(event.at.toMSecsSinceEpoch()))},
            };
            events.append(event);
        }
        appendObserved(incident->id, events);
    }
}

void IncidentDesk::fetchActivity()
{
    // Notes live on the alert's detail, which a list poll may not carry: ask for the linked alerts of unresolved
    // incidents, at most a few per round so a big incident does not flood the alert service.
    int asked = 0;
    for (const Incident& incident : std::as_const(m_incidents)) {
        if (incident.status == IncidentStatus::Resolved)
            continue;
        for (const incidents::LinkedAlert& linked : incident.alerts) {
            if (++asked > 20)
                return;
            m_alerts.get(linked.alertId, this, [this](Result<alerts::Alert> alert) {
                if (alert)
                    observeAlerts({*alert});
            });
        }
    }
}

} // namespace wk::ui
