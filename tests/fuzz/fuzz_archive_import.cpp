// The alert archive's import: an alert list answer and an activity log answer (and optionally a notes answer),
// separated by "\n----\n" lines, read as the Opsgenie/JSM Ops backend reads them and imported by HistoryImport into
// a fresh in-memory archive, which is then read back as the reports read it.
#include "FuzzSupport.h"
#include "alerts/AlertBackend.h"
#include "analytics/incidents/IncidentMetrics.h"
#include "archive/AlertArchive.h"
#include "archive/HistoryImport.h"
#include "common/Clock.h"
#include "genie/GenieJson.h"
#include "genie/GenieLogs.h"

using namespace wk;
using namespace Qt::StringLiterals;

namespace {

Result<QJsonObject> answerOf(QByteArrayView body)
{
    net::HttpResponse response;
    response.status = 200;
    response.body = body.toByteArray();
    return genie::readAnswer(response, genie::Vendor::Opsgenie);
}

// Answers at once, from the input's parts: the list page first, then an empty page; every alert has the same log.
class InputBackend final : public alerts::AlertBackend
{
public:
    explicit InputBackend(const QList<QByteArrayView>& parts)
        : m_parts(parts)
    { }

    QString sourceName() const override { return u"Fuzz"_s; }
    void list(const alerts::AlertQuery&, QObject*, Callback<alerts::AlertPage> done) override
    {
        if (m_listed++ > 0) {
            done(alerts::AlertPage{});
            return;
        }
        const auto answer = answerOf(m_parts.value(0));
        if (!answer) {
            done(std::unexpected(answer.error()));
            return;
        }
        auto page = genie::readAlertList(*answer, {});
        if (!page) {
            done(std::unexpected(page.error()));
            return;
        }
        done(alerts::AlertPage{page->alerts, page->more, page->total});
    }
    void history(const QString&, QObject*, Callback<QList<alerts::AlertLogEntry>> done) override
    {
        // As GenieAlertBackend::history: log lines but notes, then the notes.
        QList<alerts::AlertLogEntry> entries;
        if (const auto log = answerOf(m_parts.value(1))) {
            if (const auto page = genie::readLogLines(*log)) {
                for (const genie::LogLine& line : page->lines) {
                    if (auto entry = genie::logEntryOf(line); entry && entry->kind != alerts::AlertLogKind::Note)
                        entries.append(*entry);
                }
            }
        }
        if (const auto notes = answerOf(m_parts.value(2))) {
            if (const auto page = genie::readNotes(*notes)) {
                for (const alerts::AlertNote& note : page->notes) {
                    if (note.at.isValid())
                        entries.append({note.at, alerts::AlertLogKind::Note, note.author, note.text, {}, {}});
                }
            }
        }
        done(entries);
    }
    void get(const QString&, QObject*, Callback<alerts::Alert> done) override { done(unsupported()); }
    void onCall(const QString&, QObject*, Callback<alerts::OnCall> done) override { done(unsupported()); }
    void send(const alerts::AlertAction&, QObject*, Callback<alerts::ActionReceipt> done) override
    {
        done(unsupported());
    }
    void actionStatus(
        const alerts::AlertAction&, const QString&, QObject*, Callback<alerts::ActionStatus> done) override
    {
        done(unsupported());
    }
    void hasLanded(const alerts::AlertAction&, QObject*, Callback<bool> done) override { done(unsupported()); }

private:
    static std::unexpected<Error> unsupported() { return makeError(ErrorCode::Unsupported, u"not fuzzed"_s); }

    QList<QByteArrayView> m_parts;
    int m_listed = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    InputBackend backend(fuzz::partsOf(fuzz::viewOf(data, size)));
    auto archive = archive::AlertArchive::open(u":memory:"_s);
    if (!archive)
        fuzz::broken("an in-memory archive opens");
    const ManualClock clock(QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC));
    archive::ImportSettings settings;
    settings.from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    settings.to = clock.now();
    settings.maxRetries = 0;
    archive::HistoryImport importer(backend, *archive, clock, settings);
    bool done = false;
    importer.start({}, [&done](const archive::ImportProgress&, std::optional<archive::ImportFailure>) { done = true; });
    if (!done)
        fuzz::broken("an import whose answers all come at once has finished");

    archive::ArchiveQuery everything;
    if (const auto alerts = archive->alerts(everything)) {
        for (const archive::ArchivedAlert& alert : *alerts)
            (void)archive->history(alert.alertId);
    }
    if (const auto records = archive->records(everything))
        (void)analytics::incidents::computeIncidentReport(*records);
    (void)archive->values();
    return 0;
}
