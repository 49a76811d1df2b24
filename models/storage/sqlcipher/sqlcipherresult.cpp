#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"
#include "sqlcipherinternal.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace pluslife::storage {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalizeForClose()
{
    finalizeStatement();
    clearRows();
    m_columnCount = 0;
    m_declaredTypes.clear();
    m_paramIndexes.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::detachDriver()
{
    finalizeForClose();
    m_driver = nullptr;
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void SqlCipherResult::clearRows()
{
    m_pendingFirst = false;
    m_onRow = false;
    m_useBuffer = false;
    m_buffer.clear();
    m_rows.clear();
}

bool SqlCipherResult::int32Policy() const
{
    return numericalPrecisionPolicy() == QSql::LowPrecisionInt32;
}

bool SqlCipherResult::fail(const QString &driverText, int rc, QSqlError::ErrorType type)
{
    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    setLastError(detail::sqliteError(db, rc, driverText, type));
    return false;
}

bool SqlCipherResult::failStep(int rc)
{
    // Read the error before sqlite3_reset(), which would report it a second time.
    fail(QCoreApplication::translate("SqlCipherResult", "Unable to execute statement."), rc,
         QSqlError::StatementError);
    sqlite3_reset(m_stmt);
    clearRows();
    return false;
}

bool SqlCipherResult::prepare(const QString &query)
{
    return prepareStatement(query);
}

bool SqlCipherResult::prepareStatement(const QString &query)
{
    finalizeStatement();
    clearRows();
    m_columnCount = 0;
    m_declaredTypes.clear();
    m_paramIndexes.clear();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    if (!db) {
        setLastError(detail::driverError(
            QCoreApplication::translate("SqlCipherResult", "The database is not open."), {},
            QSqlError::ConnectionError, SQLITE_MISUSE));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char *tail = nullptr;
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        finalizeStatement();
        return fail(QCoreApplication::translate("SqlCipherResult", "Unable to prepare statement."),
                    rc, QSqlError::StatementError);
    }
    if (!m_stmt) {
        setLastError(detail::driverError(
            QCoreApplication::translate("SqlCipherResult", "The query is empty."), {},
            QSqlError::StatementError, SQLITE_MISUSE));
        return false;
    }
    // One statement per query: anything but whitespace/comments after it is refused.
    const char *end = utf8.constData() + utf8.size();
    if (tail && tail < end) {
        sqlite3_stmt *extra = nullptr;
        rc = sqlite3_prepare_v2(db, tail, int(end - tail), &extra, nullptr);
        const bool more = rc != SQLITE_OK || extra != nullptr;
        sqlite3_finalize(extra);
        if (more) {
            finalizeStatement();
            setLastError(detail::driverError(
                QCoreApplication::translate("SqlCipherResult",
                                            "Only one statement per query; use executeScript() "
                                            "for several."),
                {}, QSqlError::StatementError, SQLITE_MISUSE));
            return false;
        }
    }
    m_columnCount = sqlite3_column_count(m_stmt);
    m_declaredTypes.reserve(m_columnCount);
    for (int c = 0; c < m_columnCount; ++c)
        m_declaredTypes.append(detail::metaTypeFromDeclType(sqlite3_column_decltype(m_stmt, c)));
    return true;
}

bool SqlCipherResult::bindAll()
{
    const int paramCount = sqlite3_bind_parameter_count(m_stmt);
    const QList<QVariant> &values = boundValues();
    const auto mismatch = [this] {
        setLastError(detail::driverError(
            QCoreApplication::translate("SqlCipherResult", "Parameter count mismatch."), {},
            QSqlError::StatementError, SQLITE_RANGE));
        return false;
    };
    if (values.size() != m_paramIndexes.size()) {
        // Map each Qt value to an SQLite parameter. By name when the statement kept names (ours
        // or Qt's generated ones for '?'), which also covers one name used twice; by position
        // when Qt already rewrote names to '?' or the statement uses anonymous parameters.
        m_paramIndexes.clear();
        QList<bool> covered(paramCount + 1, false);
        QList<int> byName;
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QByteArray name = boundValueName(int(j)).toUtf8();
            const int index = name.isEmpty() ? 0 : sqlite3_bind_parameter_index(m_stmt, name);
            if (index == 0)
                break;
            byName.append(index);
            covered[index] = true;
        }
        const bool allCovered =
            std::all_of(covered.cbegin() + 1, covered.cend(), [](bool c) { return c; });
        if (byName.size() == values.size() && allCovered) {
            m_paramIndexes = byName;
        } else if (values.size() == paramCount) {
            for (int i = 1; i <= paramCount; ++i)
                m_paramIndexes.append(i);
        } else {
            return mismatch();
        }
    }
    for (qsizetype j = 0; j < values.size(); ++j) {
        const int rc = detail::bindVariant(m_stmt, m_paramIndexes.at(j), values.at(j));
        if (rc == SQLITE_OK)
            continue;
        if (rc == SQLITE_MISMATCH || rc == SQLITE_RANGE) {
            setLastError(detail::driverError(
                QCoreApplication::translate("SqlCipherResult",
                                            "Cannot store a value of type %1 (parameter %2).")
                    .arg(QString::fromLatin1(values.at(j).typeName()))
                    .arg(j + 1),
                {}, QSqlError::StatementError, rc));
            return false;
        }
        return fail(QCoreApplication::translate("SqlCipherResult", "Unable to bind value."), rc,
                    QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt || !m_driver || !m_driver->connection()) {
        setLastError(detail::driverError(
            QCoreApplication::translate("SqlCipherResult", "No prepared statement to execute."), {},
            QSqlError::StatementError, SQLITE_MISUSE));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!bindAll())
        return false;
    return run();
}

bool SqlCipherResult::reset(const QString &query)
{
    // A query without bindings (QSqlQuery::exec(QString)): parameters, if any, stay NULL.
    if (!prepareStatement(query))
        return false;
    return run();
}

bool SqlCipherResult::run()
{
    sqlite3 *db = m_driver->connection();
    m_forwardOnly = isForwardOnly();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    const int totalBefore = sqlite3_total_changes(db);
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (m_forwardOnly) {
            m_pendingFirst = true;
        } else {
            do {
                QVariantList row;
                captureRow(&row);
                m_rows.append(std::move(row));
            } while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW);
            if (rc != SQLITE_DONE)
                return failStep(rc);
            sqlite3_reset(m_stmt); // rows are cached: release the read transaction now
        }
    } else if (rc == SQLITE_DONE) {
        const bool changed = sqlite3_total_changes(db) != totalBefore;
        if (m_columnCount == 0)
            m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        if (changed && !sqlite3_stmt_readonly(m_stmt))
            m_lastInsertId = QVariant(qlonglong(sqlite3_last_insert_rowid(db)));
        sqlite3_reset(m_stmt);
    } else {
        return failStep(rc);
    }
    setSelect(m_columnCount > 0);
    setActive(true);
    return true;
}

} // namespace pluslife::storage
