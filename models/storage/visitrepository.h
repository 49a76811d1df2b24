#pragma once

#include "domain/visit.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

class VisitRepository {
public:
    explicit VisitRepository(QSqlDatabase db);

    bool insert(domain::Visit *visit);
    bool update(const domain::Visit &visit);
    std::optional<domain::Visit> visit(qint64 id) const;
    // Planned visits of a worker (or all workers when workerId is 0) up to `until`, oldest first;
    // overdue ones come first by nature.
    QList<domain::Visit> plannedUntil(qint64 workerId, const QDate &until) const;
    QList<domain::Visit> between(qint64 workerId, const QDate &from, const QDate &to) const;
    QList<domain::Visit> ofHousehold(qint64 householdId) const;
    QSqlError lastError() const { return m_lastError; }

private:
    QList<domain::Visit> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
