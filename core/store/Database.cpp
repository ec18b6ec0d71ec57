#include "store/Database.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStorageInfo>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace wk::store {

namespace {

const QString memoryPath = u":memory:"_s;

std::shared_ptr<spdlog::logger> storeLog()
{
    return logging::get("store");
}

QString uniqueConnectionName(const QString& schemaName)
{
    static std::atomic<quint64> counter{0};
    return u"wk-store-%1-%2"_s.arg(schemaName).arg(++counter);
}

// Migrations must be 1, 2, ..., n: a gap would leave a database at a version nobody can build on.
Result<QList<Migration>> orderedMigrations(const Schema& schema)
{
    QList<Migration> ordered = schema.migrations;
    std::ranges::sort(ordered, {}, &Migration::version);
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i).version != i + 1)
            return makeError(ErrorCode::Io,
                u"schema %1 is malformed: migration %2 is not version %3"_s.arg(
                    schema.name, QString::number(ordered.at(i).version), QString::number(i + 1)));
    }
    return ordered;
}

// Reads the header ourselves, so that a file that is not a database never reaches SQLite (which could create a
// journal beside it). An empty file is a new database to SQLite, so it is one to us too.
Result<void> checkHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return makeError(ErrorCode::Io, u"%1 is a folder, not a SQLite database"_s.arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    static constexpr char magic[] = "SQLite format 3"; // 15 characters and the terminating zero: 16 bytes
    const QByteArray head = file.read(sizeof(magic));
    if (head.isEmpty() || head == QByteArray(magic, sizeof(magic)))
        return {};
    return makeError(ErrorCode::Io, u"%1 is not a SQLite database; it was left untouched"_s.arg(path));
}

} // namespace

Database::Database(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{ }

Database::Database(Database&& other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
    , m_path(std::move(other.m_path))
    , m_version(other.m_version)
    , m_transactionDepth(other.m_transactionDepth)
{ }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
        m_path = std::move(other.m_path);
        m_version = other.m_version;
        m_transactionDepth = other.m_transactionDepth;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Result<Database> Database::open(const QString& path, const Schema& schema)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Io, u"no database file given for %1"_s.arg(schema.name));
    auto migrations = orderedMigrations(schema);
    if (!migrations)
        return std::unexpected(migrations.error());
    const int known = static_cast<int>(migrations->size());
    const bool inMemory = path == memoryPath;
    if (!inMemory) {
        if (auto header = checkHeader(path); !header)
            return std::unexpected(header.error());
    }

    Database db(uniqueConnectionName(schema.name), path);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, db.m_connection);
        if (!connection.isValid())
            return makeError(ErrorCode::Io, u"the Qt SQLite driver (QSQLITE) is missing; cannot open %1"_s.arg(path));
        connection.setDatabaseName(path);
        if (!connection.open())
            return makeError(ErrorCode::Io, u"cannot open %1: %2"_s.arg(path, connection.lastError().text()));
    }

    // Only reads until the version is known to be one this build understands.
    if (auto busy = db.exec(u"PRAGMA busy_timeout = 5000"_s); !busy)
        return std::unexpected(busy.error());
    auto version = db.exec(u"PRAGMA user_version"_s);
    if (!version || !version->next()) {
        const QString why = version ? u"no schema version"_s : version.error().detail;
        // Even reading needs room for SQLite's side files (-wal, -shm); on a full disk it says only "disk I/O error",
        // which must not read as a damaged file.
        if (!inMemory && QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() == 0)
            return makeError(
                ErrorCode::Io, u"cannot open %1 because the disk is full (%2); it was left untouched"_s.arg(path, why));
        return makeError(
            ErrorCode::Io, u"cannot read %1 as a SQLite database (%2); it was left untouched"_s.arg(path, why));
    }
    db.m_version = version->value(0).toInt();
    version = QSqlQuery();
    if (db.m_version > known)
        return makeError(ErrorCode::Io,
            u"%1 was written by a newer Watchkeeper (schema %2, this build knows %3); it was left untouched"_s.arg(
                path, QString::number(db.m_version), QString::number(known)));

    // A damaged file (cut short, pages overwritten) opens like a whole one and then fails at every step, or worse,
    // takes writes: find out now, before anything is written to it.
    if (!inMemory && db.m_version > 0) {
        auto check = db.exec(u"PRAGMA quick_check(1)"_s);
        const QString verdict
            = !check ? check.error().detail : (check->next() ? check->value(0).toString() : u"no verdict"_s);
        check = QSqlQuery();
        if (verdict != u"ok"_s)
            return makeError(ErrorCode::Io, u"%1 is damaged (%2); it was left untouched"_s.arg(path, verdict));
    }

    const QString wantedJournal = inMemory ? u"memory"_s : u"wal"_s;
    auto journal = db.exec(u"PRAGMA journal_mode = WAL"_s);
    if (!journal)
        return std::unexpected(journal.error());
    const QString journalMode = journal->next() ? journal->value(0).toString() : QString();
    journal = QSqlQuery();
    if (journalMode != wantedJournal)
        return makeError(
            ErrorCode::Io, u"%1: SQLite refused write-ahead logging (journal mode is \"%2\")"_s.arg(path, journalMode));
    for (const QString& pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto set = db.exec(pragma); !set)
            return std::unexpected(set.error());
    }

    const int found = db.m_version;
    for (const Migration& migration : *migrations) {
        if (migration.version <= db.m_version)
            continue;
        auto applied = db.transaction([&]() -> Result<void> {
            for (const QString& statement : migration.statements) {
                if (auto done = db.exec(statement); !done)
                    return std::unexpected(done.error());
            }
            if (auto done = db.exec(u"PRAGMA user_version = "_s + QString::number(migration.version)); !done)
                return std::unexpected(done.error());
            return {};
        });
        if (!applied)
            return makeError(ErrorCode::Io,
                u"%1: migration of %2 to schema %3 failed and was rolled back: %4"_s.arg(
                    path, schema.name, QString::number(migration.version), applied.error().detail));
        db.m_version = migration.version;
    }
    if (found > 0 && found < db.m_version)
        storeLog()->info("{}: upgraded the {} schema from version {} to {}", path, schema.name, found, db.m_version);
    else
        storeLog()->debug("opened {} ({} schema {})", path, schema.name, db.m_version);
    return db;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid())
        return makeError(ErrorCode::Io, u"%1 is closed or was opened on another thread"_s.arg(m_path));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return makeError(ErrorCode::Io, u"%1: cannot prepare \"%2\": %3"_s.arg(m_path, sql, query.lastError().text()));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Io, u"%1: \"%2\" failed: %3"_s.arg(m_path, sql, query.lastError().text()));
    return query;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    const bool outer = m_transactionDepth == 0;
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy_timeout) instead of failing midway.
    const QString savepoint = u"wk_savepoint_"_s + QString::number(m_transactionDepth);
    if (auto begun = exec(outer ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepoint); !begun)
        return std::unexpected(begun.error());
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (result) {
        auto committed = exec(outer ? u"COMMIT"_s : u"RELEASE "_s + savepoint);
        if (committed)
            return {};
        result = std::unexpected(committed.error());
    }
    const QStringList undo
        = outer ? QStringList{u"ROLLBACK"_s} : QStringList{u"ROLLBACK TO "_s + savepoint, u"RELEASE "_s + savepoint};
    for (const QString& statement : undo) {
        // SQLite may already have rolled back on its own (a full disk, say); then this fails harmlessly.
        if (auto undone = exec(statement); !undone)
            storeLog()->debug("{}", undone.error().detail);
    }
    return result;
}

Result<bool> Database::integrityCheck() const
{
    auto check = exec(u"PRAGMA integrity_check"_s);
    if (!check)
        return std::unexpected(check.error());
    QStringList problems;
    while (check->next())
        problems.append(check->value(0).toString());
    if (problems == QStringList{u"ok"_s})
        return true;
    storeLog()->warn("{} failed its integrity check: {}", m_path, problems.mid(0, 5).join(u"; "_s));
    return false;
}

} // namespace wk::store
