// SqlCipherResult: reading rows (forward-only stepping or the scrollable cache) and metadata.

#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"
#include "sqlcipherinternal.h"

#include <QSqlField>
#include <QSqlRecord>

namespace pluslife::storage {

void SqlCipherResult::captureRow(QVariantList *row) const
{
    row->clear();
    row->reserve(m_columnCount);
    const bool int32 = int32Policy();
    for (int c = 0; c < m_columnCount; ++c)
        row->append(detail::columnValue(m_stmt, c, m_declaredTypes.at(c), int32));
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnCount)
        return QVariant();
    if (m_forwardOnly) {
        if (m_useBuffer)
            return m_buffer.value(column);
        if (!m_onRow)
            return QVariant();
        return detail::columnValue(m_stmt, column, m_declaredTypes.at(column), int32Policy());
    }
    const int row = at();
    if (row < 0 || row >= m_rows.size())
        return QVariant();
    return m_rows.at(row).at(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_columnCount)
        return true;
    if (m_forwardOnly && !m_useBuffer)
        return !m_onRow || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return data(column).isNull();
}

bool SqlCipherResult::stepForward()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        setAt(at() + 1);
        return true;
    }
    m_onRow = false;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    return failStep(rc);
}

bool SqlCipherResult::fetchNext()
{
    if (!m_forwardOnly)
        return fetch(at() + 1);
    if (m_useBuffer)
        return false;
    if (m_pendingFirst) {
        m_pendingFirst = false;
        m_onRow = true;
        setAt(0);
        return true;
    }
    if (!m_onRow)
        return false;
    return stepForward();
}

bool SqlCipherResult::fetch(int row)
{
    if (!m_forwardOnly) {
        if (row < 0 || row >= m_rows.size())
            return false;
        setAt(row);
        return true;
    }
    if (row < 0 || (at() >= 0 && row < at()))
        return false;
    if (row == at())
        return m_onRow || m_useBuffer;
    while (at() < row) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (!m_forwardOnly)
        return fetch(0);
    if (at() != QSql::BeforeFirstRow)
        return false;
    return fetchNext();
}

bool SqlCipherResult::fetchLast()
{
    if (!m_forwardOnly)
        return fetch(int(m_rows.size()) - 1);
    if (m_useBuffer)
        return true;
    if (m_pendingFirst && !fetchNext())
        return false;
    if (!m_onRow)
        return false;
    int row = at();
    for (;;) {
        captureRow(&m_buffer);
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            ++row;
            continue;
        }
        m_onRow = false;
        if (rc != SQLITE_DONE)
            return failStep(rc);
        sqlite3_reset(m_stmt);
        break;
    }
    m_useBuffer = true;
    setAt(row);
    return true;
}

int SqlCipherResult::size()
{
    return -1; // QuerySize is not a feature: SQLite cannot know before stepping
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord result;
    if (!m_stmt)
        return result;
    for (int c = 0; c < m_columnCount; ++c) {
        QMetaType type = m_declaredTypes.at(c);
        if (!type.isValid()) {
            // An expression column: take the type of the value at hand, if any.
            if (m_forwardOnly && m_onRow)
                type = detail::metaTypeFromStorageClass(sqlite3_column_type(m_stmt, c));
            else if (m_forwardOnly && m_useBuffer)
                type = m_buffer.value(c).metaType();
            else if (!m_forwardOnly && !m_rows.isEmpty())
                type = m_rows.at(at() >= 0 && at() < m_rows.size() ? at() : 0).at(c).metaType();
        }
        result.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, c)), type));
    }
    return result;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt); // ends the statement's read transaction
    clearRows();
}

} // namespace pluslife::storage
