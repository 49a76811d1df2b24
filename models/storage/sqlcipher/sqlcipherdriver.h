#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>
#include <QVariantMap>

struct sqlite3;

namespace pluslife::storage {

class SqlCipherResult;

// A Qt SQL driver ("QSQLCIPHER") over SQLCipher, written on the public QSqlDriver/QSqlResult API.
//
// Usage (see DESIGN.md §2):
//   registerSqlCipherDriver();
//   QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), connectionName);
//   db.setDatabaseName(path);
//   db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_BUSY_TIMEOUT=2000"));
//   static_cast<SqlCipherDriver *>(db.driver())->setKey(rawKey32);   // before every open()
//   db.open();
//
// Connect options (semicolon-separated): QSQLCIPHER_CREATE (a missing file may be created;
// without it a missing file is an error and nothing is created), QSQLCIPHER_READONLY,
// QSQLCIPHER_BUSY_TIMEOUT=<ms> (default 5000). Unknown options fail the open.
//
// One connection per thread (SQLITE_OPEN_NOMUTEX, SQLITE_OPEN_PRIVATECACHE): use a driver, its
// database and its queries from the thread that opened it only.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT
public:
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    static constexpr int kCipherPageSize = 4096;
    static constexpr int kRawKeySize = 32;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The 32-byte raw data key for the next open(). It is handed to SQLCipher as the raw-key form
    // x'<64 hex>' (never as a passphrase), and every copy is wiped right after that open attempt,
    // whether it succeeded or not. Once a key has been set, every later open() needs a fresh
    // setKey() (an open without one fails rather than falling back to an unkeyed file).
    // A key of the wrong size is remembered as invalid and makes the next open() fail.
    void setKey(const QByteArray &rawKey32);

    // What open() applied, read back from the pragmas: cipher_version, cipher_page_size,
    // cipher_compatibility (empty below SQLCipher 4), page_size, journal_mode, foreign_keys,
    // temp_store, busy_timeout_ms, keyed. Empty while closed.
    QVariantMap appliedSettings() const;

    // Runs several ';'-separated statements (migrations). Returns false and fills `error` (if
    // given) on the first failing statement; statements before it stay applied unless the caller
    // wrapped the script in a transaction.
    bool executeScript(const QString &sql, QSqlError *error);

    // SQLCipher's `PRAGMA cipher_version` answer is acceptable: not empty and major version >= 3.
    // Plain SQLite answers nothing, and we refuse to run on it.
    static bool isCipherVersionAcceptable(const QString &cipherVersion);
    // The major version in a cipher_version answer ("4.5.6 community" → 4), or -1.
    static int cipherMajorVersion(const QString &cipherVersion);

    // QSqlDriver
    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override; // the sqlite3* (type name "sqlite3*")
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    // For SqlCipherResult.
    sqlite3 *connection() const { return m_db; }
    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;

private:
    enum class KeyState { None, Pending, Invalid, Consumed };

    struct Options {
        bool create = false;
        bool readOnly = false;
        int busyTimeoutMs = kDefaultBusyTimeoutMs;
    };

    bool parseOptions(const QString &connOpts, Options *options);
    bool applyKeyAndCipherSettings(int cipherMajor);
    bool verifyReadable(bool keyed);
    bool applyConnectionSettings(const Options &options);
    void readBackSettings(bool keyed, const QString &cipherVersion, int cipherMajor);
    bool failOpen(const QSqlError &error);
    void closeHandle();
    bool execSimple(const char *sql, const QString &driverText, QSqlError::ErrorType type);
    void wipeKey();

    sqlite3 *m_db = nullptr;
    QByteArray m_key;
    KeyState m_keyState = KeyState::None;
    QVariantMap m_settings;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace pluslife::storage
