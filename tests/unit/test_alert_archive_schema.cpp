// The archive's file format over versions: an archive an older build wrote opens, keeps every row, and moves forward.
#include "archive/AlertArchive.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using archive::AlertArchive;
using store::Database;
using store::Migration;
using store::Schema;

namespace {

// The archive schema as the builds that shipped it wrote it. Frozen: when the archive moves to the next version,
// these stay, and a copy of the new version joins them here.
const QStringList shippedV1 = {
    u"CREATE TABLE archived_alerts (alert_id TEXT PRIMARY KEY, tiny_id TEXT, message TEXT NOT NULL, priority "
    "INTEGER NOT NULL, teams TEXT NOT NULL, service TEXT, created_ms INTEGER NOT NULL, occurred_ms INTEGER, "
    "first_ack_ms INTEGER, first_ack_by TEXT, closed_ms INTEGER, owner TEXT, escalated INTEGER NOT NULL DEFAULT 0, "
    "seen_live INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX archived_alerts_created ON archived_alerts (created_ms)"_s,
    u"CREATE TABLE alert_history (alert_id TEXT NOT NULL REFERENCES archived_alerts (alert_id), at_ms INTEGER NOT "
    "NULL, kind TEXT NOT NULL, actor TEXT, note TEXT, key TEXT NOT NULL UNIQUE)"_s,
    u"CREATE INDEX alert_history_alert ON alert_history (alert_id, at_ms)"_s,
};

// Version 2: who closed an alert, and which alert service it came from.
const QStringList shippedV2 = {
    u"ALTER TABLE archived_alerts ADD COLUMN closed_by TEXT"_s,
    u"ALTER TABLE archived_alerts ADD COLUMN backend TEXT"_s,
};

const QList<Migration> shipped = {Migration{1, shippedV1}, Migration{2, shippedV2}};

Schema shippedUpTo(int version)
{
    return Schema{u"archive"_s, shipped.mid(0, version)};
}

// The tables and indexes of a file, by name: what "the same schema" means.
QMap<QString, QString> layout(const Database& db)
{
    QMap<QString, QString> objects;
    auto query = db.exec(u"SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"_s);
    while (query && query->next())
        objects.insert(query->value(0).toString(), query->value(1).toString().simplified());
    return objects;
}

const qint64 created = QDateTime::fromString(u"2026-06-02T04:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

// A v1 archive with a closed alert seen live and its history, written row by row as the v1 build did.
void writeAsVersion1(const QString& path)
{
    auto db = Database::open(path, shippedUpTo(1));
    ASSERT_TRUE(db) << db.error().detail.toStdString();
    const QStringList inserts = {
        u"INSERT INTO archived_alerts VALUES ('9b25-1', '412', 'GPU memory above 95% on recsys-ranker pods', 2, "
        "'ml-platform', 'recsys-ranker', %1, NULL, %2, 'ada@example.com', %3, 'ada@example.com', 0, 1)"_s.arg(
            QString::number(created), QString::number(created + 90'000), QString::number(created + 1'800'000)),
        u"INSERT INTO alert_history VALUES ('9b25-1', %1, 'created', 'prometheus', 'GPU memory', 'created:9b25-1')"_s
            .arg(QString::number(created)),
        u"INSERT INTO alert_history VALUES ('9b25-1', %1, 'acknowledged', 'ada@example.com', NULL, 'ack:9b25-1:%1')"_s
            .arg(QString::number(created + 90'000)),
    };
    for (const QString& sql : inserts)
        ASSERT_TRUE(db->exec(sql)) << sql.toStdString();
}

} // namespace

TEST(AlertArchiveSchema, ShippedVersionsAreNeverEditedInPlace)
{
    const Schema current = AlertArchive::schema();
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

TEST(AlertArchiveSchema, AVersion1ArchiveKeepsItsAlertsAndLearnsWhoClosedThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.sqlite"_s);
    writeAsVersion1(path);

    auto archive = AlertArchive::open(path);
    ASSERT_TRUE(archive) << archive.error().detail.toStdString();
    {
        auto db = Database::open(path, AlertArchive::schema());
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), 2);
    }
    EXPECT_EQ(archive->count().value_or(-1), 1);
    const auto stored = archive->alerts({});
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    const auto& a = stored->at(0);
    EXPECT_EQ(a.tinyId, u"412"_s);
    EXPECT_EQ(a.firstAckAt, QDateTime::fromMSecsSinceEpoch(created + 90'000, Qt::UTC));
    EXPECT_EQ(a.closedAt, QDateTime::fromMSecsSinceEpoch(created + 1'800'000, Qt::UTC));
    EXPECT_TRUE(a.seenLive);
    EXPECT_TRUE(a.closedBy.isEmpty()) << "version 1 did not know";
    EXPECT_EQ(archive->history(u"9b25-1"_s).value_or(QList<archive::HistoryEntry>{}).size(), 2);
    const auto records = archive->records({});
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1);
    EXPECT_FALSE(records->at(0).closedByPerson) << "unknown is not a person";

    // What an import reads of it now fills in who closed it, and counts it once.
    alerts::Alert alert;
    alert.id = u"9b25-1"_s;
    alert.tinyId = u"412"_s;
    alert.message = a.message;
    alert.priority = alerts::Priority::P2;
    alert.createdAt = a.createdAt;
    alert.status = alerts::AlertStatus::Closed;
    alert.acknowledgedAt = a.firstAckAt;
    alert.acknowledgedBy = u"ada@example.com"_s;
    alert.closedAt = a.closedAt;
    alert.closedBy = u"ada@example.com"_s;
    const auto imported = archive->importAlerts({archive::ImportedAlert{alert, {}}});
    ASSERT_TRUE(imported) << imported.error().detail.toStdString();
    EXPECT_EQ(imported->newAlerts, 0);
    EXPECT_EQ(archive->count().value_or(-1), 1);
    EXPECT_TRUE(archive->records({}).value_or(QList<analytics::incidents::IncidentRecord>{}).at(0).closedByPerson);
}
