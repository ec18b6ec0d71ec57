#pragma once

#include "alerts/AlertBackend.h"
#include "archive/AlertArchive.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace wk::archive {

// Which alerts an import reads, and how hard it leans on the service.
struct ImportSettings
{
    QDateTime from; // alerts created in [from, to)
    QDateTime to;
    QString query;          // only the alerts this matches, in the service's own syntax; empty: every alert
    int pageSize = 100;     // alerts per list request, the most either vendor gives
    int concurrency = 4;    // activity logs read at once
    int depthLimit = 20000; // offset + page size stays below it: JSM Ops' documented ceiling, assumed for Opsgenie
    int maxRetries = 5;     // per request, for rate limiting and dropped connections: about half a minute
    std::chrono::milliseconds retryDelay{1000}; // the first wait when the service names none; doubles each time
};

// How far an import has come, after each page it wrote.
struct ImportProgress
{
    qsizetype alertsRead = 0; // alerts written to the archive, each once
    qsizetype newAlerts = 0;  // of those, the ones the archive did not hold
    qsizetype newEntries = 0; // history entries the archive did not hold
    qsizetype pages = 0;      // list pages written
    qsizetype retries = 0;    // requests tried again after rate limiting or a dropped connection
    int total = -1;           // alerts in the range, when the service says
    QDateTime reached;        // every alert of the range created up to this time is written
};

// Why an import stopped early: what it was doing, and the error. What it wrote before stays written.
struct ImportFailure
{
    QString step; // "reading the activity log of alert 1791 (id ...)"
    Error error;
};

// Reads the alert service's history of a date range into the archive, so reports cover periods the console was
// not running and outlive the vendor account. The alerts come oldest first, a page at a time; each alert's activity
// log is read (a few at once), then the page is written in one transaction. Deep pages are never asked for: when
// the next page would pass depthLimit, the listing starts again from the newest creation time seen (alerts already
// written are skipped). Rate limiting and dropped connections wait as the service says and try again; any other
// failure stops the import, keeping the pages written and the alerts of the current page whose logs were read.
class HistoryImport
{
public:
    using ProgressFn = std::function<void(const ImportProgress&)>;
    using DoneFn = std::function<void(const ImportProgress&, std::optional<ImportFailure>)>;

    // The backend, the archive and the clock must outlive the import.
    HistoryImport(alerts::AlertBackend& backend, AlertArchive& archive, const Clock& clock, ImportSettings settings);
    ~HistoryImport();
    HistoryImport(const HistoryImport&) = delete;
    HistoryImport& operator=(const HistoryImport&) = delete;

    // `progress` after each page written, `done` once at the end; neither runs after the import is destroyed.
    void start(ProgressFn progress, DoneFn done);
    const ImportProgress& progress() const { return m_progress; }

private:
    template <typename T> using Callback = alerts::AlertBackend::Callback<T>;
    template <typename T> void retrying(std::function<void(Callback<T>)> call, Callback<T> done, int attempt = 0);
    std::chrono::milliseconds waitBefore(const Error& error, int attempt) const;

    void readPage();
    void readLogs();
    void logRead(const QString& alertId, Result<QList<alerts::AlertLogEntry>> log);
    void writePage();
    void finish(std::optional<ImportFailure> failure);
    QString describeAlert(const alerts::Alert& alert) const;

    alerts::AlertBackend& m_backend;
    AlertArchive& m_archive;
    const Clock& m_clock;
    ImportSettings m_settings;
    ProgressFn m_onProgress;
    DoneFn m_onDone;
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>(); // of the requests and waits in flight

    QDateTime m_windowFrom; // the listing's start: `from`, then the newest creation time at each restart
    int m_offset = 0;       // into the current window
    bool m_more = false;
    QSet<QString> m_written; // ids written by this import: a restarted window lists some again
    QList<alerts::Alert> m_page;
    QHash<QString, QList<alerts::AlertLogEntry>> m_logs; // of the page's alerts whose logs arrived
    qsizetype m_nextLog = 0;
    int m_inFlight = 0;
    bool m_startingLogs = false;
    std::optional<ImportFailure> m_failure;
    ImportProgress m_progress;
};

} // namespace wk::archive
