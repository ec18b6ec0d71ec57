// wk_incident_writer <db> <count> <seed>: works incidents at random (create, status, severity, roles, notes, edits,
// script runs, postmortem autosaves) and prints "<incident> <seq>" for every event, and "pm <incident> <revision>"
// for every postmortem save, once the call that wrote it has returned, so whoever kills it knows that every
// printed event and revision must be in the file.
#include "incidents/IncidentStore.h"
#include "postmortems/Postmortem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wk::incidents;

namespace {

int fail(const QString& what)
{
    std::fprintf(stderr, "wk_incident_writer: %s\n", qUtf8Printable(what));
    return 1;
}

const QStringList people = {u"ada"_s, u"bo"_s, u"zoë"_s, QString()};
const QStringList roles = {commanderRole, u"scribe"_s, u"comms"_s};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    bool seedOk = false;
    const int count = args.size() == 4 ? args.at(2).toInt(&countOk) : 0;
    const quint32 seed = args.size() == 4 ? args.at(3).toUInt(&seedOk) : 0;
    if (!countOk || !seedOk || count < 0)
        return fail(u"usage: wk_incident_writer <db> <count> <seed>"_s);

    auto store = IncidentStore::open(args.at(1), nullptr);
    if (!store)
        return fail(store.error().detail);
    auto existing = store->list();
    if (!existing)
        return fail(existing.error().detail);

    QMap<qint64, qint64> lastSeq; // unresolved incidents and the last seq reported for each
    QMap<qint64, qint64> lastNote;
    for (const Incident& incident : *existing) {
        if (incident.status != IncidentStatus::Resolved)
            lastSeq.insert(incident.id, incident.lastSeq);
    }
    const auto report = [&](qint64 id, qint64 seq) {
        for (qint64 s = lastSeq.value(id) + 1; s <= seq; ++s)
            std::printf("%lld %lld\n", static_cast<long long>(id), static_cast<long long>(s));
        std::fflush(stdout);
        lastSeq.insert(id, std::max(seq, lastSeq.value(id)));
    };

    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        const int op = lastSeq.isEmpty() ? 0 : random.bounded(12);
        const QString actor = people.at(random.bounded(3));
        if (op == 0) {
            NewIncident draft;
            draft.title = u"incident %1/%2 «crash» 🚒"_s.arg(seed).arg(i);
            draft.severity = static_cast<Severity>(random.bounded(1, 5));
            draft.commander = people.at(random.bounded(4));
            for (int a = random.bounded(4); a > 0; --a)
                draft.alerts.append({u"alert-%1-%2-%3"_s.arg(seed).arg(i).arg(a), QString::number(a)});
            draft.services = {u"svc-%1"_s.arg(random.bounded(5))};
            auto created = store->create(draft, actor);
            if (!created)
                return fail(created.error().detail);
            lastSeq.insert(created->id, 0);
            report(created->id, created->lastSeq);
            continue;
        }
        const QList<qint64> open = lastSeq.keys();
        const qint64 id = open.at(random.bounded(static_cast<int>(open.size())));
        wk::Result<qint64> seq = 0;
        const auto seqOf = [](const auto& result) -> wk::Result<qint64> {
            if (!result)
                return std::unexpected(result.error());
            if constexpr (std::is_same_v<std::decay_t<decltype(*result)>, Incident>)
                return result->lastSeq;
            else
                return result->seq;
        };
        if (op <= 3) {
            seq = seqOf(store->changeStatus(id, static_cast<IncidentStatus>(random.bounded(1, 6)), actor, u"why"_s));
        } else if (op == 4) {
            seq = seqOf(store->changeSeverity(id, static_cast<Severity>(random.bounded(1, 5)), actor));
        } else if (op == 5) {
            seq = seqOf(store->assignRole(id, roles.at(random.bounded(3)), people.at(random.bounded(4)), actor));
        } else if (op <= 8) {
            seq = seqOf(store->addNote(id, u"note %1 ✓\nsecond line"_s.arg(i), actor));
            if (seq)
                lastNote.insert(id, *seq);
        } else if (op == 9 && lastNote.contains(id)) {
            seq = seqOf(store->editNote(id, lastNote.value(id), u"edited in step %1"_s.arg(i), actor));
        } else if (op == 11) {
            // What the editor's autosave does a second after someone stops typing.
            wk::postmortems::Postmortem draft;
            draft.incidentId = id;
            draft.title = u"postmortem of %1"_s.arg(id);
            draft.rootCause = u"root cause as typed in step %1"_s.arg(i);
            auto saved = store->savePostmortem(draft);
            if (!saved)
                return fail(saved.error().detail);
            std::printf("pm %lld %lld\n", static_cast<long long>(id), static_cast<long long>(saved->revision));
            std::fflush(stdout);
            continue;
        } else {
            TimelineEvent run;
            run.incidentId = id;
            run.actor = actor;
            run.kind = EventKind::ScriptRun;
            run.payload = QJsonObject{{u"script"_s, u"kubectl rollout restart deploy/ranker"_s},
                {u"exit_code"_s, i % 3}, {u"output"_s, QString(u'x').repeated(i % 2000)}};
            seq = seqOf(store->append(run));
        }
        if (!seq)
            return fail(seq.error().detail);
        report(id, *seq);
        auto now = store->incident(id);
        if (now && now->status == IncidentStatus::Resolved) {
            lastSeq.remove(id);
            lastNote.remove(id);
        }
    }
    return 0;
}
