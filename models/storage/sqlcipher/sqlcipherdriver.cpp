#include "sqlcipherdriver.h"

#include "sqlcipherinternal.h"
#include "sqlcipherresult.h"

#include <sodium.h>

#include <QCoreApplication>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace pluslife::storage {

using detail::driverError;
using detail::sqliteError;

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult *result : std::as_const(m_results))
        result->detachDriver();
    m_results.clear();
    wipeKey();
}

void SqlCipherDriver::setKey(const QByteArray &rawKey32)
{
    wipeKey();
    if (rawKey32.size() != kRawKeySize) {
        m_keyState = KeyState::Invalid;
        return;
    }
    m_key = QByteArray(rawKey32.constData(), rawKey32.size()); // our own, unshared copy
    m_keyState = KeyState::Pending;
}

void SqlCipherDriver::wipeKey()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    m_key.clear();
}

QVariantMap SqlCipherDriver::appliedSettings() const
{
    return m_settings;
}

int SqlCipherDriver::cipherMajorVersion(const QString &cipherVersion)
{
    const QString v = cipherVersion.trimmed();
    qsizetype digits = 0;
    while (digits < v.size() && v.at(digits).isDigit())
        ++digits;
    if (digits == 0 || digits > 4)
        return -1;
    return v.left(digits).toInt();
}

bool SqlCipherDriver::isCipherVersionAcceptable(const QString &cipherVersion)
{
    return cipherMajorVersion(cipherVersion) >= 3;
}

void SqlCipherDriver::closeHandle()
{
    if (m_db) {
        // Finalize every statement first so sqlite3_close_v2 closes at once (never SQLITE_BUSY).
        for (SqlCipherResult *result : std::as_const(m_results))
            result->finalizeForClose();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_settings.clear();
}

void SqlCipherDriver::close()
{
    closeHandle();
    if (isOpen())
        setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &driverText,
                                 QSqlError::ErrorType type)
{
    if (!m_db) {
        setLastError(driverError(
            driverText, QCoreApplication::translate("SqlCipherDriver", "The database is not open."),
            type, SQLITE_MISUSE));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, rc, driverText, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::executeScript(const QString &sql, QSqlError *error)
{
    const QString failed = QCoreApplication::translate("SqlCipherDriver", "The SQL script failed.");
    if (!m_db) {
        const QSqlError e = driverError(
            failed, QCoreApplication::translate("SqlCipherDriver", "The database is not open."),
            QSqlError::StatementError, SQLITE_MISUSE);
        if (error)
            *error = e;
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    const QSqlError e(failed, QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)),
                      QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db)));
    sqlite3_free(message);
    if (error)
        *error = e;
    setLastError(e);
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE on writable connections: take the write lock (waiting for the busy timeout) up
    // front, so a read-then-write transaction cannot fail halfway with SQLITE_BUSY.
    const bool readOnly = m_db && sqlite3_db_readonly(m_db, "main") == 1;
    return execSimple(
        readOnly ? "BEGIN" : "BEGIN IMMEDIATE",
        QCoreApplication::translate("SqlCipherDriver", "Unable to begin transaction."),
        QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple(
        "COMMIT", QCoreApplication::translate("SqlCipherDriver", "Unable to commit transaction."),
        QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple(
        "ROLLBACK",
        QCoreApplication::translate("SqlCipherDriver", "Unable to roll back transaction."),
        QSqlError::TransactionError);
}

} // namespace pluslife::storage
