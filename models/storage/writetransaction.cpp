#include "writetransaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlcipher/sqlite3.h>

namespace pluslife::storage {
namespace {

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (insideTransaction(m_db)) {
        m_active = true;
        return;
    }
    QSqlQuery begin(m_db);
    m_active = m_owner = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError();
}

WriteTransaction::~WriteTransaction()
{
    if (m_owner && m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_owner)
        return true;
    QSqlQuery commitQuery(m_db);
    if (commitQuery.exec(QStringLiteral("COMMIT")))
        return true;
    m_error = commitQuery.lastError();
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace pluslife::storage
