#include "incidents/IncidentStore.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;
using wk::store::Database;
using wk::store::Migration;
using wk::store::Schema;

namespace {

// The incident schema as the builds that shipped it wrote it. Frozen: when the store moves to the next version, these
// stay, and a copy of the new version joins them here.
const QStringList shippedV1 = {
    u"CREATE TABLE incidents (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, status TEXT NOT NULL, "
    "severity TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT "
    "0)"_s,
    u"CREATE INDEX incidents_status ON incidents (status, created_at)"_s,
    u"CREATE TABLE incident_roles (incident_id INTEGER NOT NULL REFERENCES incidents (id), role TEXT NOT NULL, "
    "person TEXT NOT NULL, PRIMARY KEY (incident_id, role)) WITHOUT ROWID"_s,
    u"CREATE TABLE incident_alerts (incident_id INTEGER NOT NULL REFERENCES incidents (id), alert_id TEXT NOT NULL, "
    "tiny_id TEXT, position INTEGER NOT NULL, PRIMARY KEY (incident_id, alert_id)) WITHOUT ROWID"_s,
    u"CREATE INDEX incident_alerts_alert ON incident_alerts (alert_id)"_s,
    u"CREATE TABLE incident_services (incident_id INTEGER NOT NULL REFERENCES incidents (id), service TEXT NOT "
    "NULL, PRIMARY KEY (incident_id, service)) WITHOUT ROWID"_s,
    u"CREATE TABLE timeline_events (incident_id INTEGER NOT NULL REFERENCES incidents (id), seq INTEGER NOT NULL, "
    "at TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, note TEXT, refers_to INTEGER, payload TEXT NOT NULL "
    "DEFAULT '{}', PRIMARY KEY (incident_id, seq), FOREIGN KEY (incident_id, refers_to) REFERENCES timeline_events "
    "(incident_id, seq)) WITHOUT ROWID"_s,
    u"CREATE TRIGGER timeline_events_append_only_update BEFORE UPDATE ON timeline_events BEGIN SELECT "
    "RAISE(ABORT, 'timeline events are append-only'); END"_s,
    u"CREATE TRIGGER timeline_events_append_only_delete BEFORE DELETE ON timeline_events BEGIN SELECT "
    "RAISE(ABORT, 'timeline events are append-only'); END"_s,
    u"CREATE TABLE attachments (id TEXT PRIMARY KEY, media_type TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT "
    "NOT NULL)"_s,
};

// Version 2: postmortems.
const QStringList shippedV2 = {
    u"CREATE TABLE postmortems (incident_id INTEGER PRIMARY KEY REFERENCES incidents (id), body TEXT NOT NULL, "
    "revision INTEGER NOT NULL, updated_at TEXT NOT NULL)"_s,
};

const QList<Migration> shipped = {Migration{1, shippedV1}, Migration{2, shippedV2}};

// The schema as the build that shipped `version` knew it.
Schema shippedUpTo(int version)
{
    return Schema{u"incidents"_s, shipped.mid(0, version)};
}

Schema olderBuild()
{
    return shippedUpTo(1);
}

// What a later build might add: proves the list takes the next version and that data moves forward with it.
Schema withFakeNextVersion()
{
    Schema schema = IncidentStore::schema();
    schema.migrations.append(Migration{int(schema.migrations.size()) + 1,
        {u"ALTER TABLE incidents ADD COLUMN summary TEXT"_s,
            u"UPDATE incidents SET summary = 'migrated: ' || title"_s}});
    return schema;
}

// The tables, indexes and triggers of a file, by name: what "the same schema" means.
QMap<QString, QString> layout(const Database& db)
{
    QMap<QString, QString> objects;
    auto query = db.exec(u"SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"_s);
    while (query && query->next())
        objects.insert(query->value(0).toString(), query->value(1).toString().simplified());
    return objects;
}

// A v1 file with one incident, written row by row as the v1 build did.
void writeAsOlderBuild(const QString& path)
{
    auto db = Database::open(path, olderBuild());
    ASSERT_TRUE(db) << db.error().detail.toStdString();
    const QStringList inserts = {
        u"INSERT INTO incidents VALUES (7, 'GPU node lost', 'investigating', 'SEV2', '2026-02-01T08:00:00.000Z', "
        "'2026-02-01T08:06:00.000Z', 3)"_s,
        u"INSERT INTO incident_roles VALUES (7, 'commander', 'ada')"_s,
        u"INSERT INTO incident_alerts VALUES (7, 'alert-full-id', '1791', 0)"_s,
        u"INSERT INTO incident_services VALUES (7, 'trainer')"_s,
        u"INSERT INTO timeline_events VALUES (7, 1, '2026-02-01T08:00:00.000Z', 'ada', 'created', NULL, NULL, "
        "'{\"status\":\"open\",\"severity\":\"SEV2\",\"title\":\"GPU node lost\"}')"_s,
        u"INSERT INTO timeline_events VALUES (7, 2, '2026-02-01T08:00:00.000Z', 'ada', 'alert_linked', NULL, NULL, "
        "'{\"alert_id\":\"alert-full-id\",\"tiny_id\":\"1791\"}')"_s,
        u"INSERT INTO timeline_events VALUES (7, 3, '2026-02-01T08:06:00.000Z', 'ada', 'status_changed', 'paged', "
        "NULL, '{\"from\":\"open\",\"to\":\"investigating\"}')"_s,
    };
    for (const QString& sql : inserts)
        ASSERT_TRUE(db->exec(sql)) << sql.toStdString();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(IncidentSchema, ShippedVersionsAreNeverEditedInPlace)
{
    const Schema current = IncidentStore::schema();
    ASSERT_EQ(current.migrations.size(), shipped.size()) << "a new version: freeze a copy of it here";
    for (int version = 1; version <= int(shipped.size()); ++version) {
        auto frozen = Database::open(u":memory:"_s, shippedUpTo(version));
        Schema currentUpTo = current;
        currentUpTo.migrations = current.migrations.mid(0, version);
        auto now = Database::open(u":memory:"_s, currentUpTo);
        ASSERT_TRUE(frozen && now);
        EXPECT_EQ(now->schemaVersion(), version);
        EXPECT_EQ(layout(*frozen), layout(*now)) << "version " << version << " changed; add a migration instead";
    }
}

TEST(IncidentSchema, ReadsAndExtendsAFileAnOlderBuildWrote)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    writeAsOlderBuild(path);

    auto store = IncidentStore::open(path, nullptr);
    ASSERT_TRUE(store) << store.error().detail.toStdString();
    EXPECT_EQ(store->schemaVersion(), IncidentStore::schema().migrations.size());
    auto loaded = store->load(7);
    ASSERT_TRUE(loaded) << loaded.error().detail.toStdString();
    EXPECT_EQ(loaded->incident.title, u"GPU node lost"_s);
    EXPECT_EQ(loaded->incident.status, IncidentStatus::Investigating);
    EXPECT_EQ(loaded->incident.commander(), u"ada"_s);
    EXPECT_EQ(loaded->incident.alerts, (QList<LinkedAlert>{{u"alert-full-id"_s, u"1791"_s}}));
    ASSERT_EQ(loaded->timeline.size(), 3);
    EXPECT_EQ(loaded->timeline.at(2).note, u"paged"_s);
    EXPECT_EQ(store->responseTimes(7)->mttaSeconds, 360);

    // The old incident goes on in the new build: its sequence carries on, and it can have a postmortem.
    auto resolved = store->changeStatus(7, IncidentStatus::Resolved, u"ada"_s);
    ASSERT_TRUE(resolved) << resolved.error().detail.toStdString();
    EXPECT_EQ(resolved->lastSeq, 4);
    wk::postmortems::Postmortem postmortem;
    postmortem.incidentId = 7;
    postmortem.rootCause = u"a GPU node lost power"_s;
    auto saved = store->savePostmortem(postmortem);
    ASSERT_TRUE(saved) << saved.error().detail.toStdString();
    EXPECT_EQ(saved->revision, 1);
}

TEST(IncidentSchema, MigratesAVersion1FileToVersion2WithItsIncidentsIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    writeAsOlderBuild(path);
    {
        auto store = IncidentStore::open(path, nullptr);
        ASSERT_TRUE(store) << store.error().detail.toStdString();
        EXPECT_EQ(store->schemaVersion(), 2);
        auto incidents = store->list();
        ASSERT_TRUE(incidents);
        ASSERT_EQ(incidents->size(), 1);
        EXPECT_EQ(incidents->first().title, u"GPU node lost"_s);
        EXPECT_EQ(incidents->first().lastSeq, 3);
        auto none = store->postmortem(7);
        ASSERT_TRUE(none);
        EXPECT_FALSE(none->has_value());
    }
    auto migrated = Database::open(path, shippedUpTo(2));
    auto fresh = Database::open(u":memory:"_s, shippedUpTo(2));
    ASSERT_TRUE(migrated && fresh);
    EXPECT_EQ(layout(*migrated), layout(*fresh)) << "a migrated file looks like a new one";
    EXPECT_TRUE(*migrated->integrityCheck());
}

TEST(IncidentSchema, MigratesAnOlderFileInPlace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    writeAsOlderBuild(path);

    auto migrated = Database::open(path, withFakeNextVersion());
    ASSERT_TRUE(migrated) << migrated.error().detail.toStdString();
    EXPECT_EQ(migrated->schemaVersion(), IncidentStore::schema().migrations.size() + 1);
    auto summary = migrated->exec(u"SELECT summary FROM incidents WHERE id = 7"_s);
    ASSERT_TRUE(summary && summary->next());
    EXPECT_EQ(summary->value(0).toString(), u"migrated: GPU node lost"_s);
    auto events = migrated->exec(u"SELECT count(*) FROM timeline_events WHERE incident_id = 7"_s);
    ASSERT_TRUE(events && events->next());
    EXPECT_EQ(events->value(0).toInt(), 3);
    EXPECT_TRUE(*migrated->integrityCheck());
}

TEST(IncidentSchema, RefusesANewerFileWithAClearMessageAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    writeAsOlderBuild(path);
    {
        auto newer = Database::open(path, withFakeNextVersion());
        ASSERT_TRUE(newer);
    }
    const QByteArray bytes = fileBytes(path);
    const QByteArray wal = fileBytes(path + u"-wal"_s);

    auto refused = IncidentStore::open(path, nullptr);
    ASSERT_FALSE(refused);
    const QString message = refused.error().detail;
    EXPECT_TRUE(message.contains(u"newer Watchkeeper"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"schema 3"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"left untouched"_s)) << message.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(fileBytes(path + u"-wal"_s), wal);
}
