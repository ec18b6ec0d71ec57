#pragma once

#include "FakeGenieTypes.h"

#include <QHash>
#include <QRandomGenerator>

#include <memory>
#include <vector>

namespace wk::fakegenie {

// A write the server accepted with 202 and has not processed yet.
struct PendingAction
{
    QString requestId;
    QString kind;           // "Create", "Acknowledge", "UnAcknowledge", "Close", "Snooze", "Escalate", "Assign",
                            // "AddNote", "AddTags", "RemoveTags", "Delete", "UpdateMessage", "UpdateDescription",
                            // "UpdatePriority", "ExecuteAction"
    QString identifier;     // as the client sent it
    QString identifierType; // id | tiny | alias
    QJsonObject body;       // the JSON body; for DELETE the query's user/source/note
    QStringList tags;       // RemoveTags: from the query string
    QString actionName;     // ExecuteAction: the custom action
};

// What processing said, as the request-status endpoint reports it.
struct ActionOutcome
{
    bool success = false;
    QString status;
    QString alertId;
    QString alias;
};

// Alerts, teams and escalations, and what each action does to them. No HTTP here; the server validates a
// request, answers 202, and hands the action to apply() once its processing delay has passed.
class GenieStore
{
public:
    explicit GenieStore(Vendor vendor);

    Vendor vendor() const { return m_vendor; }

    // identifierType: id (the vendor's id), tiny, or alias (the open alert first, else the newest).
    FakeAlert* find(const QString& identifier, const QString& identifierType);
    const FakeAlert* byId(const QString& id) const;
    const FakeAlert* byAlias(const QString& alias) const;
    const FakeAlert* openByAlias(const QString& alias) const;
    QList<const FakeAlert*> alerts() const; // in creation order
    int size() const { return int(m_alerts.size()); }

    // Inserts as given, filling what is missing: id (uuid; JSM adds "-" + createdAt in ms), tinyId, alias,
    // timestamps from `now`, the API integration.
    FakeAlert& insert(FakeAlert alert, const QDateTime& now);
    void remove(const QString& id);

    ActionOutcome apply(const PendingAction& action, const QDateTime& now);

    // A snoozed alert wakes when snoozedUntil has passed.
    void wakeSnoozed(const QDateTime& now);

    // What the search dialect sees of an alert (see GenieQuery).
    QStringList fieldValues(const FakeAlert& alert, const QString& field) const;

    const FakeTeam& addTeam(const QString& name);
    const FakeEscalation& addEscalation(const QString& name, const QString& ownerTeamName);
    const FakeTeam* team(const QString& idOrName) const;
    const FakeEscalation* escalation(const QString& id, const QString& name) const;
    const QList<FakeTeam>& teams() const { return m_teams; }
    const QList<FakeEscalation>& escalations() const { return m_escalations; }

    // Ids come from a seeded generator so a seeded run is reproducible.
    QString newUuid();
    void reseed(quint32 seed) { m_rng.seed(seed); }
    QRandomGenerator& rng() { return m_rng; }
    const FakeIntegration& apiIntegration() const { return m_integration; }

private:
    ActionOutcome create(const PendingAction& action, const QDateTime& now);
    ActionOutcome change(FakeAlert& alert, const PendingAction& action, const QString& user, const QDateTime& now);
    void addLog(FakeAlert& alert, const QString& text, const QString& owner, const QDateTime& now,
        const QString& type = QStringLiteral("system"));

    Vendor m_vendor;
    std::vector<std::unique_ptr<FakeAlert>> m_alerts;
    QHash<QString, FakeAlert*> m_byId;
    int m_nextTinyId = 1;
    QList<FakeTeam> m_teams;
    QList<FakeEscalation> m_escalations;
    QRandomGenerator m_rng;
    FakeIntegration m_integration;
};

} // namespace wk::fakegenie
