#pragma once

#include "domain/documentchecklist.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

// SQL for the `documents` table (with the size and type of each one's attachment and the names
// of the workers who added, checked and verified it). No permissions and no audit:
// DocumentService decides who may call what and wraps calls in transactions.
class DocumentRepository {
public:
    explicit DocumentRepository(QSqlDatabase db);

    bool insert(domain::Document *document);
    // Stamps the step with the worker and time; false when the row is not in the step before.
    bool markChecked(qint64 documentId, qint64 workerId, const QDateTime &nowUtc);
    bool markVerified(qint64 documentId, qint64 workerId, const QDateTime &nowUtc);

    std::optional<domain::Document> document(qint64 id) const;
    // Oldest first.
    QList<domain::Document> ofHousehold(qint64 householdId) const;
    // The household already has a document with this content.
    bool holdsAttachment(qint64 householdId, const QString &address) const;

    QSqlError lastError() const { return m_lastError; }

private:
    QList<domain::Document> select(const QString &where, const QVariant &bind) const;
    bool stamp(const QString &sql, qint64 documentId, qint64 workerId, const QDateTime &nowUtc);

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
