#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <stdexcept>

// PostgreSQL through Qt SQL (QPSQL): connection settings, one connection per server thread, and
// small helpers that throw DbError so a request handler can answer 500/503 in one place.
namespace pluslife::central {

struct DbSettings {
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString password;
    QString options; // other libpq keys (sslmode, connect_timeout, ...) as "k=v;k=v"
};

// Parses a libpq-style "host=... port=... dbname=... user=... [password=...]" string.
bool parseDbSettings(const QString &text, DbSettings *settings, QString *problem);
// --db, else $PLUSLIFE_CENTRAL_DB.
bool dbSettingsFrom(const QString &argument, DbSettings *settings, QString *problem);

class DbError : public std::runtime_error {
public:
    DbError(const QString &what, const QString &sqlState, bool connectionLost);
    QString sqlState() const { return m_sqlState; }
    bool connectionLost() const { return m_connectionLost; }
    bool retryable() const; // deadlock or serialization failure: run the transaction again

private:
    QString m_sqlState;
    bool m_connectionLost;
};

// A connection with a cache of prepared statements (Qt's QPSQL prepares on the server).
class Db {
public:
    explicit Db(QSqlDatabase db);
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    ~Db();

    QSqlDatabase &database() { return m_db; }
    // Runs a prepared statement (kept for the connection's lifetime) with positional binds.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    // Runs text as is (several statements allowed: migrations).
    void execScript(const QString &sql);
    void begin();
    void commit();
    void rollback();
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

private:
    [[noreturn]] void fail(const QSqlError &error, const QString &context);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_statements;
};

// Opens a new named connection (caller owns it; QSqlDatabase::removeDatabase when done).
QSqlDatabase openConnection(const DbSettings &settings, const QString &name, QString *problem);

// This thread's connection, opened on first use and reopened after a lost connection.
// Throws DbError when PostgreSQL cannot be reached.
Db &threadDb(const DbSettings &settings);
// Marks this thread's connection for reopening (after a DbError that lost it).
void dropThreadDb();
// Closes this thread's connection now (before its database is dropped, in tests).
void closeThreadDb();

} // namespace pluslife::central
