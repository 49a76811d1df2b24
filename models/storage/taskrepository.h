#pragma once

#include "domain/followuptask.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

// SQL for follow-up tasks. No permissions and no audit: TaskService (and ReferralService for
// the tasks a referral makes) decide who may call what and wrap calls in transactions.
class TaskRepository {
public:
    explicit TaskRepository(QSqlDatabase db);

    bool insert(domain::FollowUpTask *task);
    // Status, due date, done time and note (the rest never changes).
    bool update(const domain::FollowUpTask &task);
    std::optional<domain::FollowUpTask> task(qint64 id) const;
    // Open tasks of a worker (every worker when workerId is 0) due in [from, to]; an invalid
    // `from` means no lower bound. Due date order.
    QList<domain::FollowUpTask> openDue(qint64 workerId, const QDate &from, const QDate &to) const;
    QList<domain::FollowUpTask> open(qint64 workerId) const;
    // Open tasks made by a record (origin "referral" and the referral's id, …).
    QList<domain::FollowUpTask> openFromOrigin(const QString &origin, qint64 originId) const;
    // Open first, then by due date.
    QList<domain::FollowUpTask> ofHousehold(qint64 householdId) const;
    QSqlError lastError() const { return m_lastError; }

private:
    QList<domain::FollowUpTask> select(const QString &where, const QVariantList &binds,
                                       const QString &order) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
