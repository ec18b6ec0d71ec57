#include "GenieStore.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

GenieStore::GenieStore(Vendor vendor)
    : m_vendor(vendor)
    , m_rng(20'240'605u)
{
    m_integration = {newUuid(), u"Default API"_s, u"API"_s};
}

QString GenieStore::newUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(m_rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

FakeAlert* GenieStore::find(const QString& identifier, const QString& identifierType)
{
    if (identifierType == u"tiny") {
        for (const auto& alert : m_alerts) {
            if (alert->tinyId == identifier)
                return alert.get();
        }
        return nullptr;
    }
    if (identifierType == u"alias")
        return const_cast<FakeAlert*>(byAlias(identifier));
    return m_byId.value(identifier);
}

const FakeAlert* GenieStore::byId(const QString& id) const
{
    return m_byId.value(id);
}

const FakeAlert* GenieStore::openByAlias(const QString& alias) const
{
    for (auto it = m_alerts.rbegin(); it != m_alerts.rend(); ++it) {
        if ((*it)->alias == alias && (*it)->isOpen())
            return it->get();
    }
    return nullptr;
}

const FakeAlert* GenieStore::byAlias(const QString& alias) const
{
    if (const FakeAlert* open = openByAlias(alias))
        return open;
    for (auto it = m_alerts.rbegin(); it != m_alerts.rend(); ++it) {
        if ((*it)->alias == alias)
            return it->get();
    }
    return nullptr;
}

QList<const FakeAlert*> GenieStore::alerts() const
{
    QList<const FakeAlert*> out;
    out.reserve(qsizetype(m_alerts.size()));
    for (const auto& alert : m_alerts)
        out.append(alert.get());
    return out;
}

FakeAlert& GenieStore::insert(FakeAlert alert, const QDateTime& now)
{
    if (!alert.createdAt.isValid())
        alert.createdAt = now;
    if (!alert.updatedAt.isValid())
        alert.updatedAt = alert.createdAt;
    if (!alert.lastOccurredAt.isValid())
        alert.lastOccurredAt = alert.createdAt;
    if (alert.id.isEmpty()) {
        alert.id = newUuid();
        if (m_vendor == Vendor::Jsm)
            alert.id += u'-' + QString::number(alert.createdAt.toMSecsSinceEpoch());
    }
    if (alert.tinyId.isEmpty())
        alert.tinyId = QString::number(m_nextTinyId++);
    else
        m_nextTinyId = std::max(m_nextTinyId, alert.tinyId.toInt() + 1);
    // [inferred] Opsgenie fills a missing alias itself; the fake uses a fresh uuid.
    if (alert.alias.isEmpty())
        alert.alias = newUuid();
    if (alert.integration.id.isEmpty())
        alert.integration = m_integration;
    auto owned = std::make_unique<FakeAlert>(std::move(alert));
    FakeAlert* raw = owned.get();
    m_byId.insert(raw->id, raw);
    m_alerts.push_back(std::move(owned));
    return *raw;
}

void GenieStore::remove(const QString& id)
{
    m_byId.remove(id);
    std::erase_if(m_alerts, [&id](const std::unique_ptr<FakeAlert>& alert) { return alert->id == id; });
}

void GenieStore::wakeSnoozed(const QDateTime& now)
{
    for (const auto& alert : m_alerts) {
        if (alert->snoozed && alert->snoozedUntil.isValid() && alert->snoozedUntil <= now) {
            alert->snoozed = false;
            addLog(*alert, u"Snooze ended"_s, m_integration.name, alert->snoozedUntil);
        }
    }
}

QStringList GenieStore::fieldValues(const FakeAlert& alert, const QString& field) const
{
    if (field == u"status")
        return {alert.status};
    if (field == u"acknowledged")
        return {boolText(alert.acknowledged)};
    if (field == u"snoozed")
        return {boolText(alert.snoozed)};
    if (field == u"isSeen")
        return {boolText(alert.isSeen)};
    if (field == u"priority")
        return {alert.priority};
    if (field == u"owner")
        return {alert.owner};
    if (field == u"tag")
        return alert.tags;
    if (field == u"alias")
        return {alert.alias};
    if (field == u"tinyId")
        return {alert.tinyId};
    if (field == u"source")
        return {alert.source};
    if (field == u"integration.name")
        return {alert.integration.name};
    if (field == u"integration.type")
        return {alert.integration.type};
    if (field == u"message")
        return {alert.message};
    if (field == u"description")
        return {alert.description};
    if (field == u"entity")
        return {alert.entity};
    if (field == u"createdAt")
        return {QString::number(alert.createdAt.toMSecsSinceEpoch())};
    if (field == u"updatedAt")
        return {QString::number(alert.updatedAt.toMSecsSinceEpoch())};
    if (field == u"lastOccurredAt")
        return {QString::number(alert.lastOccurredAt.toMSecsSinceEpoch())};
    if (field == u"count")
        return {QString::number(alert.count)};
    if (field == u"teams") {
        QStringList out;
        for (const QString& id : alert.teamIds) {
            out.append(id);
            if (const FakeTeam* known = team(id))
                out.append(known->name);
        }
        return out;
    }
    return {};
}

const FakeTeam& GenieStore::addTeam(const QString& name)
{
    if (const FakeTeam* known = team(name))
        return *known;
    m_teams.append({newUuid(), name});
    return m_teams.last();
}

const FakeEscalation& GenieStore::addEscalation(const QString& name, const QString& ownerTeamName)
{
    if (const FakeEscalation* known = escalation({}, name))
        return *known;
    const FakeTeam* owner = ownerTeamName.isEmpty() ? nullptr : &addTeam(ownerTeamName);
    m_escalations.append({newUuid(), name, owner ? owner->id : QString()});
    return m_escalations.last();
}

const FakeTeam* GenieStore::team(const QString& idOrName) const
{
    for (const FakeTeam& known : m_teams) {
        if (known.id == idOrName || known.name == idOrName)
            return &known;
    }
    return nullptr;
}

const FakeEscalation* GenieStore::escalation(const QString& id, const QString& name) const
{
    for (const FakeEscalation& known : m_escalations) {
        if (id.isEmpty() ? known.name == name : known.id == id)
            return &known;
    }
    return nullptr;
}

void GenieStore::addLog(
    FakeAlert& alert, const QString& text, const QString& owner, const QDateTime& now, const QString& type)
{
    alert.logs.append({text, type, owner, now});
}

} // namespace wk::fakegenie
