#include "store/DataLocation.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::store::Database;
using wk::store::Migration;
using wk::store::Schema;

namespace {

Schema notesSchema(int versions)
{
    const QList<Migration> all = {
        {1, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s}},
        {2, {u"ALTER TABLE notes ADD COLUMN author TEXT"_s, u"UPDATE notes SET author = 'unknown'"_s}},
        {3, {u"CREATE TABLE people (name TEXT PRIMARY KEY)"_s}},
        {4, {u"CREATE INDEX notes_author ON notes (author)"_s}},
        {5, {u"CREATE TABLE tags (note INTEGER REFERENCES notes (id), tag TEXT)"_s}},
    };
    return Schema{u"notes"_s, all.mid(0, versions)};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVariant single(const Database& db, const QString& sql)
{
    auto query = db.exec(sql);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

} // namespace

TEST(Database, SetsPragmasOnOpen)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), notesSchema(1));
    ASSERT_TRUE(db) << db.error().detail.toStdString();
    EXPECT_EQ(single(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(single(*db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    EXPECT_EQ(single(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(single(*db, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    EXPECT_EQ(single(*db, u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(db->schemaVersion(), 1);
    EXPECT_EQ(db->path(), dir.filePath(u"a.db"_s));
}

TEST(Database, ForeignKeysAreEnforced)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), notesSchema(5));
    ASSERT_TRUE(db);
    EXPECT_FALSE(db->exec(u"INSERT INTO tags (note, tag) VALUES (42, 'x')"_s));
}

TEST(Database, MigratesFromEveryEarlierVersion)
{
    for (int from = 0; from < 5; ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        if (from > 0) {
            auto old = Database::open(path, notesSchema(from));
            ASSERT_TRUE(old) << old.error().detail.toStdString();
            ASSERT_EQ(old->schemaVersion(), from);
            ASSERT_TRUE(old->exec(u"INSERT INTO notes (body) VALUES (?)"_s, {u"kept from v%1 ✓"_s.arg(from)}));
        }
        auto db = Database::open(path, notesSchema(5));
        ASSERT_TRUE(db) << db.error().detail.toStdString();
        EXPECT_EQ(db->schemaVersion(), 5);
        EXPECT_EQ(single(*db, u"PRAGMA user_version"_s).toInt(), 5);
        EXPECT_EQ(single(*db, u"SELECT count(*) FROM notes"_s).toInt(), from > 0 ? 1 : 0);
        if (from > 0) {
            EXPECT_EQ(single(*db, u"SELECT body FROM notes"_s).toString(), u"kept from v%1 ✓"_s.arg(from));
            const QString author = single(*db, u"SELECT author FROM notes"_s).toString();
            EXPECT_EQ(author, from < 2 ? u"unknown"_s : QString()) << "from " << from;
        }
        EXPECT_TRUE(db->exec(u"INSERT INTO people (name) VALUES ('ada')"_s));
    }
}

TEST(Database, FailedMigrationIsRolledBackAndReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    ASSERT_TRUE(Database::open(path, notesSchema(1)));
    Schema broken = notesSchema(1);
    broken.migrations.append({2, {u"CREATE TABLE half (x INTEGER)"_s, u"THIS IS NOT SQL"_s}});
    auto refused = Database::open(path, broken);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().detail.contains(u"rolled back"_s)) << refused.error().detail.toStdString();

    auto db = Database::open(path, notesSchema(1));
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), 1);
    EXPECT_EQ(single(*db, u"SELECT count(*) FROM sqlite_master WHERE name = 'half'"_s).toInt(), 0);
}

TEST(Database, RefusesSchemaWithGaps)
{
    Schema gappy{u"gappy"_s, {{1, {u"CREATE TABLE a (x)"_s}}, {3, {u"CREATE TABLE b (x)"_s}}}};
    EXPECT_FALSE(Database::open(u":memory:"_s, gappy));
}

TEST(Database, RefusesNewerDatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    {
        auto newer = Database::open(path, notesSchema(5));
        ASSERT_TRUE(newer);
        ASSERT_TRUE(newer->exec(u"INSERT INTO notes (body, author) VALUES ('x', 'y')"_s));
    }
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());

    auto refused = Database::open(path, notesSchema(3));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, wk::ErrorCode::Io);
    EXPECT_EQ(refused.error().detail,
        path + u" was written by a newer Watchkeeper (schema 5, this build knows 3); it was left untouched"_s);
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST(Database, RefusesFileThatIsNotADatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 7919) % 251));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto refused = Database::open(path, notesSchema(1));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().detail, path + u" is not a SQLite database; it was left untouched"_s);
    EXPECT_EQ(fileBytes(path), garbage);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"notes.db"_s});
}

TEST(Database, RefusesDamagedHeaderAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QByteArray damaged = QByteArrayLiteral("SQLite format 3") + '\0' + QByteArray(4080, '\xff');
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    auto refused = Database::open(path, notesSchema(1));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().detail.contains(u"left untouched"_s)) << refused.error().detail.toStdString();
    EXPECT_EQ(fileBytes(path), damaged);
}

TEST(Database, EmptyFileIsANewDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile(path).open(QIODevice::WriteOnly);
    auto db = Database::open(path, notesSchema(2));
    ASSERT_TRUE(db) << db.error().detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), 2);
}

TEST(Database, TransactionCommitsOrRollsBack)
{
    auto db = Database::open(u":memory:"_s, notesSchema(1));
    ASSERT_TRUE(db);
    auto committed = db->transaction([&]() -> wk::Result<void> {
        if (auto done = db->exec(u"INSERT INTO notes (body) VALUES ('one')"_s); !done)
            return std::unexpected(done.error());
        return {};
    });
    EXPECT_TRUE(committed);

    auto failed = db->transaction([&]() -> wk::Result<void> {
        if (auto done = db->exec(u"INSERT INTO notes (body) VALUES ('two')"_s); !done)
            return std::unexpected(done.error());
        if (auto done = db->exec(u"INSERT INTO notes (body) VALUES (NULL)"_s); !done)
            return std::unexpected(done.error());
        return {};
    });
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().detail.contains(u"NOT NULL"_s)) << failed.error().detail.toStdString();
    EXPECT_EQ(single(*db, u"SELECT group_concat(body) FROM notes"_s).toString(), u"one"_s);
}

TEST(Database, NestedTransactionRollsBackOnlyItsOwnPart)
{
    auto db = Database::open(u":memory:"_s, notesSchema(1));
    ASSERT_TRUE(db);
    auto outer = db->transaction([&]() -> wk::Result<void> {
        if (auto done = db->exec(u"INSERT INTO notes (body) VALUES ('outer')"_s); !done)
            return std::unexpected(done.error());
        auto inner = db->transaction([&]() -> wk::Result<void> {
            if (auto done = db->exec(u"INSERT INTO notes (body) VALUES ('inner')"_s); !done)
                return std::unexpected(done.error());
            return wk::makeError(wk::ErrorCode::Io, u"changed my mind"_s);
        });
        EXPECT_FALSE(inner);
        return {};
    });
    EXPECT_TRUE(outer);
    EXPECT_EQ(single(*db, u"SELECT group_concat(body) FROM notes"_s).toString(), u"outer"_s);
}

TEST(Database, IntegrityCheckOfAHealthyFile)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), notesSchema(5));
    ASSERT_TRUE(db);
    auto ok = db->integrityCheck();
    ASSERT_TRUE(ok);
    EXPECT_TRUE(*ok);
}

TEST(Database, MovedDatabaseKeepsWorking)
{
    auto opened = Database::open(u":memory:"_s, notesSchema(1));
    ASSERT_TRUE(opened);
    Database db = std::move(*opened);
    EXPECT_TRUE(db.exec(u"INSERT INTO notes (body) VALUES ('x')"_s));
    Database other = std::move(db);
    EXPECT_EQ(single(other, u"SELECT count(*) FROM notes"_s).toInt(), 1);
}

TEST(Database, DefaultDataFolderHonoursOverrideAndIsPrivate)
{
    QTemporaryDir dir;
    const QString wanted = dir.filePath(u"deep/data"_s);
    const QByteArray previous = qgetenv("WATCHKEEPER_DATA_DIR");
    qputenv("WATCHKEEPER_DATA_DIR", wanted.toUtf8());
    const QString folder = wk::store::defaultDataFolder();
    if (previous.isNull())
        qunsetenv("WATCHKEEPER_DATA_DIR");
    else
        qputenv("WATCHKEEPER_DATA_DIR", previous);
    EXPECT_EQ(folder, wanted);
    ASSERT_TRUE(QFileInfo(folder).isDir());
    const QFileDevice::Permissions permissions = QFileInfo(folder).permissions();
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_FALSE(permissions & others);
}
