#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"
#include "common/Error.h"

#include <QObject>

#include <functional>

namespace wk::alerts {

struct AlertQuery
{
    bool includeClosed = true;
    QDateTime closedSince; // closed alerts older than this are left out
    int offset = 0;
    int limit = 100;
};

struct AlertPage
{
    QList<Alert> alerts;
    bool more = false; // another page follows
};

struct OnCallPerson
{
    QString name;
    QString role; // "primary", "secondary", "escalation"
    int level = 0;
    int ackMinutes = 0; // how long before the next level is paged
};

struct OnCall
{
    QString team;
    QString rotation;
    QList<OnCallPerson> people;
};

// The seam between the console and an alert service (demo fleet, Opsgenie, JSM Ops, Alertmanager).
// Writes are asynchronous: `done` runs once the backend confirms the action landed (or says why not),
// with the alert as the backend now has it. Calls never run `done` after `context` is destroyed.
class AlertBackend
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    virtual ~AlertBackend() = default;

    virtual QString sourceName() const = 0;

    virtual void list(const AlertQuery& query, QObject* context, Callback<AlertPage> done) = 0;
    virtual void get(const QString& alertId, QObject* context, Callback<Alert> done) = 0;
    virtual void submit(const AlertAction& action, QObject* context, Callback<Alert> done) = 0;
    virtual void onCall(const QString& team, QObject* context, Callback<OnCall> done) = 0;
};

} // namespace wk::alerts
