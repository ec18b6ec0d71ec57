#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "genie/GenieClient.h"
#include "genie/GenieJson.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace wk::genie {

struct GenieOptions
{
    QString defaultQuery;              // the vendor query used when the console asks for "everything"
    QHash<QString, QString> schedules; // team -> schedule name, for who is on call
    int maxPages = 10;                 // a list poll reads at most this many pages of 100
    qint64 minPollIntervalMs = 15'000; // never poll the alert list faster than this
    bool heartbeats = true;            // show expired heartbeats as alerts
};

// Opsgenie or JSM Ops behind the AlertBackend seam. The console's list (no query typed) reads `status:open`
// (every page up to maxPages) plus the most recently closed page, or the workspace's own query instead; the
// total comes from JSM's `count`, or from Opsgenie's count endpoint when the pages stopped short of the end.
// Writes are 202 + a request id, followed with actionStatus(). Expired heartbeats (Opsgenie: global; JSM: per
// team of the listed alerts) come back as alerts ("heartbeat:<name>") that cannot be acted on.
class GenieAlertBackend final : public alerts::AlertBackend
{
public:
    GenieAlertBackend(
        net::HttpService& http, GenieEndpoint endpoint, QString secret, const Clock& clock, GenieOptions options = {});
    ~GenieAlertBackend() override;

    QString sourceName() const override;
    void list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done) override;
    void get(const QString& alertId, QObject* context, Callback<alerts::Alert> done) override;
    void onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done) override;
    void send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done) override;
    void actionStatus(const alerts::AlertAction& action, const QString& requestId, QObject* context,
        Callback<alerts::ActionStatus> done) override;
    void hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done) override;
    // The activity log (every page, oldest first) read as events, with the notes' own words from the notes list.
    void history(const QString& alertId, QObject* context, Callback<QList<alerts::AlertLogEntry>> done) override;
    qint64 minPollIntervalMs() const override;
    std::optional<alerts::Throttle> throttle() const override;

    const GenieClient& client() const { return m_client; }
    const GenieEndpoint& endpoint() const { return m_client.endpoint(); }

    // One page as the vendor gives it (for the command line's `alerts list --offset`).
    void listPage(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done);

private:
    struct ListRun;
    void fetchOpen(std::shared_ptr<ListRun> run);
    void fetchClosed(std::shared_ptr<ListRun> run);
    void countOpen(std::shared_ptr<ListRun> run);
    void fetchHeartbeats(std::shared_ptr<ListRun> run, int teamIndex = 0);
    void finishList(std::shared_ptr<ListRun> run);
    void readPage(const alerts::AlertQuery& query, QObject* context, Callback<ListPage> done);
    // Runs `then` once team names are known (Opsgenie reads them once per session; JSM has none to read).
    void withTeamNames(std::function<void()> then);
    void fetchEntries(const QString& alertId, bool logs, QObject* context, Callback<QList<alerts::AlertNote>> done);
    struct HistoryRun;
    void fetchHistoryPage(std::shared_ptr<HistoryRun> run, bool notes);
    // The id JSM Ops wants in schedule paths for the schedule the workspace names.
    void scheduleId(const QString& schedule, QObject* context, Callback<QString> done);

    // `done` only while both this backend and the asker are alive.
    template <typename T> Callback<T> guarded(QObject* context, Callback<T> done) const
    {
        return [alive = std::weak_ptr<bool>(m_alive), guard = QPointer<QObject>(context), done = std::move(done)](
                   Result<T> r) {
            if (!alive.expired() && guard)
                done(std::move(r));
        };
    }

    GenieClient m_client;
    const Clock& m_clock;
    GenieOptions m_options;
    std::unique_ptr<QObject> m_self = std::make_unique<QObject>(); // context of lookups shared by several askers
    QHash<QString, QString> m_teamNames;                           // team id -> name, read once per session
    bool m_teamsLoaded = false;
    QList<std::function<void()>> m_waitingForTeams; // non-empty while the team names are being read
    QHash<QString, QString> m_scheduleIds;          // JSM: schedule name -> id
    bool m_heartbeatsUnsupported = false;           // 402/403: not in the plan; stop asking
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace wk::genie
