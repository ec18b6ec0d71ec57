// Kills a process that is working incidents at random moments, many times, and checks that every event it reported
// as written is there, that each incident row agrees with its timeline, and that the file stays healthy.
#include "incidents/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;

namespace {

constexpr int kills = 40;
constexpr quint32 seed = 20260301;

using EventKey = std::pair<qint64, qint64>; // incident, seq

QList<EventKey> reportedEvents(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    lines.removeLast(); // empty after a final newline, or a line the kill cut short
    QList<EventKey> events;
    for (const QString& line : std::as_const(lines)) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 2)
            events.append({parts.at(0).toLongLong(), parts.at(1).toLongLong()});
    }
    return events;
}

// "pm <incident> <revision>" lines: the latest postmortem revision reported saved, per incident.
QMap<qint64, qint64> reportedPostmortems(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    lines.removeLast();
    QMap<qint64, qint64> revisions;
    for (const QString& line : std::as_const(lines)) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 3 && parts.at(0) == u"pm")
            revisions.insert(parts.at(1).toLongLong(),
                std::max(revisions.value(parts.at(1).toLongLong()), parts.at(2).toLongLong()));
    }
    return revisions;
}

// Every postmortem save reported is on disk: the revision there is at least the one reported, with its text.
void checkPostmortems(const QString& path, const QMap<qint64, qint64>& reported, const QString& when)
{
    auto store = IncidentStore::open(path, nullptr);
    ASSERT_TRUE(store);
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        auto saved = store->postmortem(it.key());
        ASSERT_TRUE(saved) << when.toStdString() << ": " << saved.error().detail.toStdString();
        ASSERT_TRUE(saved->has_value()) << when.toStdString() << ": lost the postmortem of incident " << it.key();
        EXPECT_GE((*saved)->revision, it.value()) << when.toStdString() << ": incident " << it.key();
        EXPECT_TRUE((*saved)->rootCause.startsWith(u"root cause as typed"_s));
    }
}

// Replays a timeline and compares the result with the row: what the store promises to keep in step.
void expectRowAgreesWithTimeline(const IncidentWithTimeline& loaded)
{
    const Incident& row = loaded.incident;
    const QList<TimelineEvent>& events = loaded.timeline;
    ASSERT_FALSE(events.isEmpty()) << "incident " << row.id << " has no events";
    ASSERT_EQ(events.first().kind, EventKind::Created) << "incident " << row.id;
    QString status, severity;
    QMap<QString, QString> roles;
    QList<LinkedAlert> alerts;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TimelineEvent& e = events.at(i);
        ASSERT_EQ(e.seq, i + 1) << "incident " << row.id << " has a gap or a repeat";
        const QJsonObject& p = e.payload;
        switch (e.kind) {
        case EventKind::Created:
            ASSERT_EQ(i, 0);
            status = p.value(u"status"_s).toString();
            severity = p.value(u"severity"_s).toString();
            {
                const QJsonObject initial = p.value(u"roles"_s).toObject();
                for (auto it = initial.begin(); it != initial.end(); ++it)
                    roles.insert(it.key(), it.value().toString());
            }
            EXPECT_EQ(p.value(u"title"_s).toString(), row.title);
            EXPECT_EQ(e.at, row.createdAt);
            break;
        case EventKind::StatusChanged:
            EXPECT_EQ(p.value(u"from"_s).toString(), status) << "incident " << row.id << " seq " << e.seq;
            status = p.value(u"to"_s).toString();
            break;
        case EventKind::SeverityChanged:
            EXPECT_EQ(p.value(u"from"_s).toString(), severity) << "incident " << row.id << " seq " << e.seq;
            severity = p.value(u"to"_s).toString();
            break;
        case EventKind::RoleAssigned:
            EXPECT_EQ(p.value(u"previous"_s).toString(), roles.value(p.value(u"role"_s).toString()));
            if (p.value(u"person"_s).toString().isEmpty())
                roles.remove(p.value(u"role"_s).toString());
            else
                roles.insert(p.value(u"role"_s).toString(), p.value(u"person"_s).toString());
            break;
        case EventKind::AlertLinked:
            alerts.append({p.value(u"alert_id"_s).toString(), p.value(u"tiny_id"_s).toString()});
            break;
        case EventKind::NoteEdited:
            ASSERT_GT(e.refersTo, 0);
            ASSERT_LT(e.refersTo, e.seq);
            break;
        default:
            break;
        }
    }
    EXPECT_EQ(statusToken(row.status), status) << "incident " << row.id;
    EXPECT_EQ(severityToken(row.severity), severity) << "incident " << row.id;
    EXPECT_EQ(row.roles, roles) << "incident " << row.id;
    EXPECT_EQ(row.alerts, alerts) << "incident " << row.id;
    EXPECT_EQ(row.lastSeq, events.last().seq) << "incident " << row.id;
    EXPECT_EQ(row.updatedAt, events.last().at) << "incident " << row.id;
}

// Checks every incident in the file and every reported event; returns how many events the file holds.
qsizetype checkFile(const QString& path, const QSet<EventKey>& reported, const QString& when)
{
    auto store = IncidentStore::open(path, nullptr);
    EXPECT_TRUE(store) << when.toStdString() << ": " << store.error().detail.toStdString();
    if (!store)
        return 0;
    auto healthy = store->integrityCheck();
    EXPECT_TRUE(healthy && *healthy) << when.toStdString() << ": integrity_check failed";
    auto incidents = store->list();
    EXPECT_TRUE(incidents);
    if (!incidents)
        return 0;
    QSet<EventKey> present;
    for (const Incident& incident : *incidents) {
        auto loaded = store->load(incident.id);
        EXPECT_TRUE(loaded);
        if (!loaded)
            continue;
        expectRowAgreesWithTimeline(*loaded);
        for (const TimelineEvent& e : loaded->timeline)
            present.insert({e.incidentId, e.seq});
    }
    for (const EventKey& key : reported) {
        EXPECT_TRUE(present.contains(key))
            << when.toStdString() << ": lost event " << key.second << " of incident " << key.first;
    }
    return present.size();
}

} // namespace

TEST(IncidentCrash, KilledWriterLosesNothingItReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"incidents.db"_s);
    QRandomGenerator random(seed);
    QSet<EventKey> everyEvent;
    QMap<qint64, qint64> everyPostmortem;
    int killed = 0;
    qsizetype held = 0;
    QElapsedTimer timer;
    timer.start();

    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.setProgram(QString::fromUtf8(WK_INCIDENT_WRITER));
        writer.setArguments({path, u"1000000"_s, QString::number(seed + run)});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        ASSERT_TRUE(writer.waitForStarted(10'000)) << writer.errorString().toStdString();
        const int delay = random.bounded(40, 401);
        if (!writer.waitForFinished(delay)) {
            writer.kill(); // SIGKILL: no destructors, no flush, no checkpoint
            ASSERT_TRUE(writer.waitForFinished(10'000));
            ++killed;
        }
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        const QByteArray output = writer.readAllStandardOutput();
        const QList<EventKey> events = reportedEvents(output);
        const QSet<EventKey> runEvents(events.cbegin(), events.cend());
        held = checkFile(path, runEvents, u"run %1 after %2 ms"_s.arg(run).arg(delay));
        const QMap<qint64, qint64> postmortems = reportedPostmortems(output);
        checkPostmortems(path, postmortems, u"run %1 after %2 ms"_s.arg(run).arg(delay));
        for (auto it = postmortems.cbegin(); it != postmortems.cend(); ++it)
            everyPostmortem.insert(it.key(), std::max(everyPostmortem.value(it.key()), it.value()));
        if (::testing::Test::HasFailure())
            return;
        everyEvent.unite(runEvents);
    }

    // Every earlier run's events are still there at the end, not only the last run's.
    checkFile(path, everyEvent, u"at the end"_s);
    checkPostmortems(path, everyPostmortem, u"at the end"_s);
    EXPECT_FALSE(everyPostmortem.isEmpty()) << "no postmortem was saved; the test proved nothing about them";
    EXPECT_EQ(killed, kills);
    EXPECT_GT(everyEvent.size(), kills) << "the writer hardly wrote anything; the test proved little";
    std::printf("%d kills (seed %u), %lld events and %lld postmortems reported written and all present, %lld events in "
                "the file, %.1f s\n",
        kills, seed, static_cast<long long>(everyEvent.size()), static_cast<long long>(everyPostmortem.size()),
        static_cast<long long>(held), timer.elapsed() / 1000.0);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
