#include "genie/GenieAlertBackend.h"

#include "common/Logging.h"
#include "genie/GenieLogs.h"

#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

// GenieAlertBackend's history of one alert: its activity log and its notes, every page of each.
namespace wk::genie {

namespace {

constexpr int historyPageSize = 100; // log lines or notes per page, the most either vendor gives
constexpr int maxHistoryPages = 50;  // 5,000 lines: more is a cursor going round in circles, not an alert's life

// Oldest first, so an alert's story reads forwards and a page cursor moves towards the present.
GenieClient::Call entriesCall(
    const GenieEndpoint& e, const QString& alertId, const QString& list, const QString& cursor)
{
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/"_s + pathSegment(alertId) + u'/' + list;
    if (e.vendor == Vendor::Opsgenie)
        call.query.addQueryItem(u"identifierType"_s, u"id"_s);
    if (!cursor.isEmpty()) {
        call.query.addQueryItem(e.cursorParameter(), cursor);
        call.query.addQueryItem(u"direction"_s, u"next"_s);
    }
    call.query.addQueryItem(u"order"_s, u"asc"_s);
    call.query.addQueryItem(e.pageSizeParameter(), QString::number(historyPageSize));
    return call;
}

} // namespace

struct GenieAlertBackend::HistoryRun
{
    QString alertId;
    QPointer<QObject> context;
    Callback<QList<alerts::AlertLogEntry>> done;
    QList<alerts::AlertLogEntry> entries;
    QString cursor;
    int pages = 0;

    // Takes in one page of the log or of the notes; answers the cursor of the next page, empty at the end.
    Result<QString> take(const QJsonObject& answer, bool notes)
    {
        if (notes) {
            auto page = readNotes(answer);
            if (!page)
                return std::unexpected(page.error());
            for (const alerts::AlertNote& note : std::as_const(page->notes)) {
                if (note.at.isValid())
                    entries.append({note.at, alerts::AlertLogKind::Note, note.author, note.text, {}, {}});
            }
            return page->notes.isEmpty() ? QString() : page->next;
        }
        auto page = readLogLines(answer);
        if (!page)
            return std::unexpected(page.error());
        for (const LogLine& line : std::as_const(page->lines)) {
            // A note's line says only that one was added; the notes list has its words.
            if (auto entry = logEntryOf(line); entry && entry->kind != alerts::AlertLogKind::Note)
                entries.append(*entry);
        }
        return page->lines.isEmpty() ? QString() : page->next;
    }

    // Whether to read the page at `next`: there is one, the cursor moves on, and the bound is not reached.
    bool goOn(const QString& next)
    {
        if (next.isEmpty() || next == cursor)
            return false;
        if (++pages >= maxHistoryPages) {
            logging::get("alerts")->warn("history of alert {}: stopped after {} pages", alertId.toStdString(), pages);
            return false;
        }
        cursor = next;
        return true;
    }
};

void GenieAlertBackend::history(const QString& alertId, QObject* context, Callback<QList<alerts::AlertLogEntry>> done)
{
    if (isHeartbeatAlertId(alertId)) {
        done(makeError(ErrorCode::Unsupported, u"a heartbeat is not an alert of the service: it has no history"_s));
        return;
    }
    auto run = std::make_shared<HistoryRun>();
    run->alertId = alertId;
    run->context = context;
    run->done = std::move(done);
    fetchHistoryPage(run, false);
}

// The log first, every page, then the notes.
void GenieAlertBackend::fetchHistoryPage(std::shared_ptr<HistoryRun> run, bool notes)
{
    const auto call = entriesCall(m_client.endpoint(), run->alertId, notes ? u"notes"_s : u"logs"_s, run->cursor);
    m_client.json(
        call, run->context, guarded<QJsonObject>(run->context, [this, run, notes](Result<QJsonObject> answer) {
            const Result<QString> next
                = answer ? run->take(*answer, notes) : Result<QString>(std::unexpected(answer.error()));
            if (!next) {
                run->done(std::unexpected(next.error()));
                return;
            }
            if (run->goOn(*next)) {
                fetchHistoryPage(run, notes);
                return;
            }
            if (!notes) {
                run->cursor.clear();
                run->pages = 0;
                fetchHistoryPage(run, true);
                return;
            }
            std::stable_sort(run->entries.begin(), run->entries.end(),
                [](const alerts::AlertLogEntry& a, const alerts::AlertLogEntry& b) { return a.at < b.at; });
            run->done(std::move(run->entries));
        }));
}

} // namespace wk::genie
