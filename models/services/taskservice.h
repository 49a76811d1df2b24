#pragma once

#include "domain/followuptask.h"
#include "storage/storeerror.h"

#include <QList>

namespace pluslife::services {

class Session;

// Follow-up tasks (activity 8, plan side). Each write is one transaction with a household
// timeline entry ("task.created", "task.done", "task.cancelled") and an audit entry holding ids
// only. workerId 0 in the lists means the signed-in worker; another worker's lists are for a
// manager only.
class TaskService {
public:
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxTextLength = 2000;

    explicit TaskService(Session &session);

    // Validates (household access, title, due date); workerId 0 becomes the signed-in worker,
    // origin defaults to manual; assigns id and uuid.
    storage::StoreError create(domain::FollowUpTask *task);
    // The note is mandatory.
    storage::StoreError complete(qint64 id, const QString &note);
    // The reason is mandatory.
    storage::StoreError cancel(qint64 id, const QString &reason);

    storage::StoreError load(qint64 id, domain::FollowUpTask *task) const;
    // Open tasks due today.
    QList<domain::FollowUpTask> dueToday(qint64 workerId = 0) const;
    // Open tasks due before today, oldest first.
    QList<domain::FollowUpTask> overdue(qint64 workerId = 0) const;
    // All open tasks, due date order.
    QList<domain::FollowUpTask> openTasks(qint64 workerId = 0) const;
    // Every task of the household (open first, then by due date).
    QList<domain::FollowUpTask> ofHousehold(qint64 householdId) const;

private:
    qint64 resolveWorker(qint64 workerId) const;
    bool maySeeWorker(qint64 workerId) const;

    Session &m_session;
};

} // namespace pluslife::services
