#pragma once

#include "common/Error.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace wk::store {

// One step of a schema: the statements that take a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// What a store expects on disk. Versions start at 1 and are kept in PRAGMA user_version.
struct Schema
{
    QString name; // for connection names and messages: "outbox"
    QList<Migration> migrations;
};

// The one way the console opens a SQLite file: WAL, synchronous=FULL, foreign keys on, a 5 s busy timeout,
// and the schema brought up to date before anyone reads it.
//
// A Database owns one Qt SQL connection, and Qt SQL connections belong to the thread that made them: use a
// Database only on the thread that opened it. Open another one on another thread if needed; SQLite's own
// locking (WAL readers, one writer, busy timeout) keeps them apart.
class Database
{
public:
    // Refuses, and leaves untouched, a file that is not a SQLite database, that a newer build wrote, or that fails
    // SQLite's quick check (damaged: cut short, pages overwritten).
    // ":memory:" opens a private in-memory database.
    static Result<Database> open(const QString& path, const Schema& schema);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database(); // queries made by exec() must be gone by now

    // Prepares one statement, binds positional values (a null QString or invalid QDateTime binds NULL) and runs it.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {}) const;

    // Runs work inside a transaction (a savepoint when nested): commits if it succeeds, rolls back if it fails.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // PRAGMA integrity_check answered "ok".
    Result<bool> integrityCheck() const;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }

private:
    Database(QString connection, QString path);
    void close();

    QString m_connection;
    QString m_path;
    int m_version = 0;
    int m_transactionDepth = 0;
};

} // namespace wk::store
