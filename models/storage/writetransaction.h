#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace pluslife::storage {

// A write transaction that nests: it takes SQLite's write lock at once (BEGIN IMMEDIATE, so two
// processes never interleave a read-then-write like the audit chain's), or joins the caller's
// transaction when one is already open. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_owner = false;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace pluslife::storage
