#include "cli/AlertsActions.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

// The command line waits for its answer: ask about a request twice a second, and after a dropped connection look
// at the alert after three seconds rather than the console's ten.
outbox::OutboxDispatcher::Options dispatcherOptions()
{
    outbox::OutboxDispatcher::Options options;
    options.statusPollMs = 500;
    options.settleMs = 3000;
    return options;
}

// Tiny ids are the short numbers people read out ("1791"); full ids never are all digits.
bool isTinyId(const QString& id)
{
    return !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ActionRun::ActionRun(
    alerts::AlertBackend& backend, QString backendId, const Clock& clock, ActionRequest request, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_backendId(std::move(backendId))
    , m_clock(clock)
    , m_request(std::move(request))
{
    for (const QString& id : std::as_const(m_request.ids)) {
        ActionReport report;
        report.kind = m_request.kind;
        report.givenId = id;
        report.alertId = id;
        m_reports.append(report);
    }
}

// The dispatcher goes first: it refers to the outbox.
ActionRun::~ActionRun()
{
    m_dispatcher.reset();
}

void ActionRun::start(std::function<void(std::optional<Error>)> finished)
{
    m_finished = std::move(finished);
    resolve(0);
}

void ActionRun::resolve(qsizetype index)
{
    if (index >= m_reports.size()) {
        submitAll();
        return;
    }
    const QString id = m_reports[index].givenId;
    auto fail = [this](const Error& error) {
        if (auto finished = std::exchange(m_finished, nullptr))
            finished(error);
    };
    if (isTinyId(id)) {
        alerts::AlertQuery query;
        query.text = u"tinyId:"_s + id;
        query.includeClosed = false;
        query.limit = 1;
        m_backend.list(query, this, [this, index, id, fail](Result<alerts::AlertPage> page) {
            if (!page) {
                fail(page.error());
                return;
            }
            if (page->alerts.isEmpty()) {
                ActionReport& report = m_reports[index];
                report.alertId.clear();
                report.state = outbox::OutboxState::Failed;
                report.error = u"Alert does not exist (no alert has tiny id %1)"_s.arg(id);
                resolve(index + 1);
                return;
            }
            resolved(index, page->alerts.constFirst());
        });
        return;
    }
    m_backend.get(id, this, [this, index, fail](Result<alerts::Alert> alert) {
        if (alert) {
            resolved(index, *alert);
        } else if (alert.error().code == ErrorCode::NotFound) {
            resolve(index + 1); // sent anyway: the service's own answer is the one to report
        } else {
            fail(alert.error());
        }
    });
}

void ActionRun::resolved(qsizetype index, const alerts::Alert& alert)
{
    ActionReport& report = m_reports[index];
    report.alertId = alert.id;
    report.tinyId = alert.tinyId;
    report.message = alert.message;
    resolve(index + 1);
}

void ActionRun::submitAll()
{
    auto opened = outbox::ActionOutbox::open(u":memory:"_s);
    if (!opened) {
        if (auto finished = std::exchange(m_finished, nullptr))
            finished(opened.error());
        return;
    }
    m_outbox.emplace(std::move(*opened));
    m_dispatcher
        = std::make_unique<outbox::OutboxDispatcher>(*m_outbox, m_backend, m_backendId, m_clock, dispatcherOptions());
    connect(m_dispatcher.get(), &outbox::OutboxDispatcher::recordChanged, this, &ActionRun::onRecordChanged);
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        ActionReport& report = m_reports[i];
        if (outbox::isFinished(report.state))
            continue;
        alerts::AlertAction action = m_request.action;
        action.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces); // one per alert
        action.kind = m_request.kind;
        action.alertId = report.alertId;
        action.requestedAt = m_clock.now();
        m_byActionId.insert(action.actionId, i);
        report.submitted = true;
        if (auto record = m_dispatcher->submit(action); !record) {
            report.state = outbox::OutboxState::Failed;
            report.error = u"could not queue it: "_s + describe(record.error());
        }
    }
    finishIfDone();
}

void ActionRun::onRecordChanged(const outbox::OutboxRecord& record)
{
    const qsizetype index = m_byActionId.value(record.action.actionId, -1);
    if (index < 0)
        return;
    ActionReport& report = m_reports[index];
    report.state = record.state;
    report.attempts = record.attempts;
    report.landedAt = record.landedAt;
    report.error = record.error;
    finishIfDone();
}

void ActionRun::finishIfDone()
{
    const bool done = std::all_of(
        m_reports.cbegin(), m_reports.cend(), [](const ActionReport& r) { return outbox::isFinished(r.state); });
    if (!done)
        return;
    if (auto finished = std::exchange(m_finished, nullptr))
        finished(std::nullopt);
}

} // namespace wk::cli
