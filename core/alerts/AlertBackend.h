#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"
#include "alerts/AlertHistory.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace wk::alerts {

struct AlertQuery
{
    bool includeClosed = true;
    QDateTime closedSince; // closed alerts older than this are left out
    QString text;          // in the backend's own query syntax ("status:open AND priority:P1"); empty: all
    QString sort;          // a field the backend sorts by ("createdAt"); empty: the backend's default
    bool ascending = false;
    int offset = 0;
    int limit = 100;
    // Only alerts created in [createdFrom, createdTo), each bound where valid, on top of `text`; the backend says it
    // in its own dialect, so an import of a date range needs no vendor syntax.
    QDateTime createdFrom;
    QDateTime createdTo;
    // Whether to ask for the total when the list answers leave it out (Opsgenie: one more request per list). A reader
    // that pages through everything needs it once, not on every page.
    bool countTotal = true;
};

struct AlertPage
{
    QList<Alert> alerts;
    bool more = false; // another page follows
    int total = -1;    // how many match, when the backend says
};

// A write the backend has accepted but may not have applied yet.
struct ActionReceipt
{
    QString requestId; // ask actionStatus() with it
};

enum class ActionOutcome {
    Processing, // accepted, not applied yet: ask again
    Landed,     // applied
    Failed,     // refused after acceptance ("Alert does not exist"); `reason` says why
};

struct ActionStatus
{
    ActionOutcome outcome = ActionOutcome::Processing;
    QString reason;
    QDateTime processedAt;
};

// Why the alert service slows the console down, for the status bar.
struct Throttle
{
    QDateTime until; // no request in the throttled domain before this
    QString domain;  // "search", "alert", "schedule on-calls"
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

// The seam between the console and an alert service (demo fleet, Opsgenie, JSM Ops, Prometheus rules).
// Writes follow the vendors' asynchronous model, so an outbox can make them durable and exactly-once:
// send() hands the action over and answers with a receipt; actionStatus() says whether it has landed;
// hasLanded() looks at the alert itself, for an action whose earlier attempt may or may not have reached the
// service (the connection dropped before the answer). Errors from send(): RateLimited, Network and Timeout
// mean "try again later" (for Network and Timeout, after hasLanded()); any other code is the service's
// refusal. Calls never run `done` after `context` is destroyed.
class AlertBackend
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    virtual ~AlertBackend() = default;

    virtual QString sourceName() const = 0;

    virtual void list(const AlertQuery& query, QObject* context, Callback<AlertPage> done) = 0;
    virtual void get(const QString& alertId, QObject* context, Callback<Alert> done) = 0;
    virtual void onCall(const QString& team, QObject* context, Callback<OnCall> done) = 0;

    virtual void send(const AlertAction& action, QObject* context, Callback<ActionReceipt> done) = 0;
    virtual void actionStatus(
        const AlertAction& action, const QString& requestId, QObject* context, Callback<ActionStatus> done)
        = 0;
    virtual void hasLanded(const AlertAction& action, QObject* context, Callback<bool> done) = 0;

    // What happened to one alert, oldest first, from the service's activity log and notes (every page), for an
    // archive that outlives the service. A service that keeps no history answers Unsupported.
    virtual void history(const QString& alertId, QObject* context, Callback<QList<AlertLogEntry>> done);

    // The shortest list-poll interval the service's rate limits allow; the scheduler never polls faster.
    virtual qint64 minPollIntervalMs() const { return 0; }
    // Set while the service is rate limiting the console.
    virtual std::optional<Throttle> throttle() const { return std::nullopt; }
};

// Whether an error from send() leaves the action worth sending again (the service did not refuse it).
bool isTransient(const Error& error);

} // namespace wk::alerts
