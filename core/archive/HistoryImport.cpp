#include "archive/HistoryImport.h"

#include "common/Logging.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::archive {

namespace {

constexpr std::chrono::milliseconds longestWait{std::chrono::minutes(2)};

// Worth asking again later: the service slowed us down, or the answer was lost on the way.
bool worthRetrying(const Error& error)
{
    return error.code == ErrorCode::RateLimited || alerts::isTransient(error);
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

HistoryImport::HistoryImport(
    alerts::AlertBackend& backend, AlertArchive& archive, const Clock& clock, ImportSettings settings)
    : m_backend(backend)
    , m_archive(archive)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_windowFrom(m_settings.from)
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 100);
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_archive.setBackendName(m_backend.sourceName());
}

HistoryImport::~HistoryImport() = default;

void HistoryImport::start(ProgressFn progress, DoneFn done)
{
    m_onProgress = std::move(progress);
    m_onDone = std::move(done);
    readPage();
}

template <typename T> void HistoryImport::retrying(std::function<void(Callback<T>)> call, Callback<T> done, int attempt)
{
    call([this, call, done, attempt](Result<T> answer) {
        if (answer || attempt >= m_settings.maxRetries || !worthRetrying(answer.error())) {
            done(std::move(answer));
            return;
        }
        const auto wait = waitBefore(answer.error(), attempt);
        ++m_progress.retries;
        // A warning: whoever runs the import sees why it pauses.
        logging::get("alerts")->warn(
            "import: {}; trying again in {} ms", describe(answer.error()).toStdString(), qint64(wait.count()));
        QTimer::singleShot(
            wait, m_context.get(), [this, call, done, attempt] { retrying<T>(call, done, attempt + 1); });
    });
}

std::chrono::milliseconds HistoryImport::waitBefore(const Error& error, int attempt) const
{
    using namespace std::chrono;
    milliseconds wait = m_settings.retryDelay * (1LL << std::min(attempt, 6));
    if (error.retryAfter) {
        wait = duration_cast<milliseconds>(*error.retryAfter);
    } else if (const auto throttle = m_backend.throttle(); throttle && throttle->until.isValid()) {
        // The backend's own limiter knows when it lets requests out again (after a 429 without Retry-After).
        wait = milliseconds(m_clock.now().msecsTo(throttle->until));
    }
    return std::clamp(wait, milliseconds(100), longestWait);
}

void HistoryImport::readPage()
{
    if (m_settings.to.isValid() && m_windowFrom.isValid() && m_windowFrom >= m_settings.to) {
        finish(std::nullopt);
        return;
    }
    alerts::AlertQuery query;
    query.text = m_settings.query;
    query.createdFrom = m_windowFrom;
    query.createdTo = m_settings.to;
    query.sort = u"createdAt"_s; // oldest first: alerts created during the import join the end, not shift pages
    query.ascending = true;
    query.offset = m_offset;
    query.limit = m_settings.pageSize;
    query.countTotal = m_progress.pages == 0 && m_offset == 0 && m_windowFrom == m_settings.from;
    const QString step
        = u"reading the alerts created from %1 to %2 (alerts %3 to %4 of that span)"_s.arg(isoTime(m_windowFrom),
            isoTime(m_settings.to), QString::number(m_offset + 1), QString::number(m_offset + m_settings.pageSize));
    retrying<alerts::AlertPage>(
        [this, query](Callback<alerts::AlertPage> done) { m_backend.list(query, m_context.get(), std::move(done)); },
        [this, step, first = query.countTotal](Result<alerts::AlertPage> page) {
            if (!page) {
                finish(ImportFailure{step, page.error()});
                return;
            }
            if (first)
                m_progress.total = page->total;
            m_offset += int(page->alerts.size());
            m_more = page->more && !page->alerts.isEmpty();
            m_page.clear();
            m_logs.clear();
            m_nextLog = 0;
            for (alerts::Alert& alert : page->alerts) {
                if (!alert.id.isEmpty() && !m_written.contains(alert.id))
                    m_page.append(std::move(alert));
            }
            readLogs();
        });
}

void HistoryImport::readLogs()
{
    if (m_startingLogs)
        return; // an answer came back at once, inside the loop below, which carries on
    m_startingLogs = true;
    while (!m_failure && m_inFlight < m_settings.concurrency && m_nextLog < m_page.size()) {
        const QString id = m_page[m_nextLog++].id;
        ++m_inFlight;
        retrying<QList<alerts::AlertLogEntry>>(
            [this, id](Callback<QList<alerts::AlertLogEntry>> done) {
                m_backend.history(id, m_context.get(), std::move(done));
            },
            [this, id](Result<QList<alerts::AlertLogEntry>> log) { logRead(id, std::move(log)); });
    }
    m_startingLogs = false;
    if (m_inFlight == 0 && (m_failure || m_nextLog >= m_page.size()))
        writePage();
}

void HistoryImport::logRead(const QString& alertId, Result<QList<alerts::AlertLogEntry>> log)
{
    --m_inFlight;
    if (log) {
        m_logs.insert(alertId, std::move(*log));
    } else if (log.error().code == ErrorCode::NotFound || log.error().code == ErrorCode::Unsupported) {
        // Deleted since it was listed, or a service without logs: what the list said of it is still worth keeping.
        logging::get("alerts")->info(
            "import: no history of alert {}: {}", alertId.toStdString(), describe(log.error()).toStdString());
        m_logs.insert(alertId, {});
    } else if (!m_failure) {
        const auto alert = std::find_if(
            m_page.cbegin(), m_page.cend(), [&alertId](const alerts::Alert& a) { return a.id == alertId; });
        m_failure = ImportFailure{u"reading the activity log of alert "_s + describeAlert(*alert), log.error()};
    }
    readLogs();
}

void HistoryImport::writePage()
{
    QList<ImportedAlert> ready;
    QDateTime reached = m_progress.reached;
    bool unbroken = true; // every alert listed so far is written: `reached` may move on
    for (const alerts::Alert& alert : std::as_const(m_page)) {
        const auto log = m_logs.constFind(alert.id);
        unbroken = unbroken && log != m_logs.cend();
        if (log != m_logs.cend())
            ready.append(ImportedAlert{alert, *log});
        if (unbroken)
            reached = std::max(reached, alert.createdAt);
    }
    if (!ready.isEmpty()) {
        const auto written = m_archive.importAlerts(ready);
        if (!written) {
            finish(ImportFailure{u"writing to the archive at "_s + m_archive.path(), written.error()});
            return;
        }
        for (const ImportedAlert& imported : std::as_const(ready))
            m_written.insert(imported.alert.id);
        m_progress.reached = reached;
        m_progress.alertsRead += ready.size();
        m_progress.newAlerts += written->newAlerts;
        m_progress.newEntries += written->newEntries;
    }
    ++m_progress.pages;
    if (m_failure) {
        finish(std::move(m_failure));
        return;
    }
    if (m_onProgress)
        m_onProgress(m_progress);
    if (!m_more) {
        finish(std::nullopt);
        return;
    }
    if (m_offset + m_settings.pageSize >= m_settings.depthLimit) {
        // Start the listing again from the newest alert written rather than page deeper than the service allows;
        // alerts created in that same millisecond are listed again and skipped.
        const QDateTime newest = m_progress.reached;
        if (!newest.isValid() || (m_windowFrom.isValid() && newest <= m_windowFrom)) {
            finish(ImportFailure{u"reading the alerts created from "_s + isoTime(m_windowFrom),
                Error{ErrorCode::Unsupported,
                    u"more than %1 alerts were created at %2: the service lists no further than that"_s.arg(
                        QString::number(m_settings.depthLimit), isoTime(m_windowFrom)),
                    std::nullopt, 0}});
            return;
        }
        m_windowFrom = newest;
        m_offset = 0;
    }
    readPage();
}

void HistoryImport::finish(std::optional<ImportFailure> failure)
{
    if (!m_onDone)
        return;
    const DoneFn done = std::exchange(m_onDone, {});
    done(m_progress, std::move(failure));
}

QString HistoryImport::describeAlert(const alerts::Alert& alert) const
{
    return alert.tinyId.isEmpty() ? alert.id : alert.tinyId + u" (id "_s + alert.id + u')';
}

} // namespace wk::archive
