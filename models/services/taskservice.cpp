#include "taskservice.h"

#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/taskrepository.h"
#include "storage/workerrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("TaskService", "The follow-up task could not be saved."),
        error);
}

StoreError tooLong(int limit)
{
    return StoreError::invalidInput(
        QCoreApplication::translate("TaskService", "This text can be at most %1 characters long.")
            .arg(QLocale().toString(limit)));
}

// The task row, its timeline entry and its audit entry (ids only): one transaction.
StoreError saveWithHistory(Session &session, domain::FollowUpTask *task, bool isNew,
                           const QString &kind)
{
    storage::WriteTransaction transaction(session.database());
    storage::TaskRepository tasks(session.database());
    storage::HouseholdRepository households(session.database());
    if (!(isNew ? tasks.insert(task) : tasks.update(*task)))
        return saveFailed(tasks.lastError());
    if (!households.addTimelineEvent(task->householdId, session.worker().id, kind,
                                     {{QStringLiteral("task"), task->id},
                                      {QStringLiteral("date"), task->dueDate.toString(Qt::ISODate)},
                                      {QStringLiteral("origin"), task->origin}},
                                     session.clock().nowUtc()))
        return saveFailed(households.lastError());
    QVariantMap details{{QStringLiteral("household"), task->householdId},
                        {QStringLiteral("worker"), task->workerId}};
    if (task->originId > 0)
        details.insert(QStringLiteral("origin_id"), task->originId);
    if (StoreError error = session.audit().append(session.worker().id, kind, QStringLiteral("task"),
                                                  QString::number(task->id), details);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace

TaskService::TaskService(Session &session)
    : m_session(session)
{}

qint64 TaskService::resolveWorker(qint64 workerId) const
{
    return workerId > 0 ? workerId : m_session.worker().id;
}

bool TaskService::maySeeWorker(qint64 workerId) const
{
    if (m_session.isLocked())
        return false;
    return workerId == m_session.worker().id || m_session.worker().isManager();
}

StoreError TaskService::create(domain::FollowUpTask *task)
{
    if (StoreError error = checkHouseholdAccess(m_session, task->householdId, true); !error.ok())
        return error;
    task->title = task->title.trimmed();
    task->details = task->details.trimmed();
    if (task->title.isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "Say what has to be done."));
    if (task->title.size() > MaxTitleLength)
        return tooLong(MaxTitleLength);
    if (task->details.size() > MaxTextLength)
        return tooLong(MaxTextLength);
    if (!task->dueDate.isValid())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "Choose the day the task is due."));
    if (task->origin.isEmpty())
        task->origin = QStringLiteral("manual");
    if (!domain::followUpTaskOrigins().contains(task->origin))
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "Unknown origin of a follow-up task."));
    // A hand-made task is never due in the past; one made by a record keeps that record's date.
    if (task->origin == QLatin1String("manual") &&
        task->dueDate < m_session.clock().nowUtc().date())
        return StoreError::invalidInput(QCoreApplication::translate(
            "TaskService", "A follow-up task cannot be due in the past."));
    task->workerId = resolveWorker(task->workerId);
    if (task->workerId != m_session.worker().id) {
        const auto worker =
            storage::WorkerRepository(m_session.database()).findById(task->workerId);
        if (!worker || !worker->active)
            return StoreError::invalidInput(
                QCoreApplication::translate("TaskService", "There is no such worker."));
        if (!m_session.worker().isManager())
            return StoreError::make(
                StoreErrorCode::NotPermitted,
                QCoreApplication::translate(
                    "TaskService", "Only the center manager gives tasks to other workers."));
    }
    task->status = QStringLiteral("open");
    task->doneUtc = {};
    task->doneNote.clear();
    task->createdBy = m_session.worker().id;
    task->createdUtc = m_session.clock().nowUtc();
    task->id = 0;
    return saveWithHistory(m_session, task, true, QStringLiteral("task.created"));
}

StoreError TaskService::load(qint64 id, domain::FollowUpTask *task) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::TaskRepository(m_session.database()).task(id);
    if (!found)
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "There is no such follow-up task."));
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, false); !error.ok())
        return error;
    *task = *found;
    return StoreError::success();
}

StoreError TaskService::complete(qint64 id, const QString &note)
{
    domain::FollowUpTask task;
    if (StoreError error = load(id, &task); !error.ok())
        return error;
    if (StoreError error = checkHouseholdAccess(m_session, task.householdId, true); !error.ok())
        return error;
    if (!task.isOpen())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "This task is already done or cancelled."));
    if (note.trimmed().isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "Write a note on what was done."));
    if (note.trimmed().size() > MaxTextLength)
        return tooLong(MaxTextLength);
    task.status = QStringLiteral("done");
    task.doneUtc = m_session.clock().nowUtc();
    task.doneNote = note.trimmed();
    return saveWithHistory(m_session, &task, false, QStringLiteral("task.done"));
}

StoreError TaskService::cancel(qint64 id, const QString &reason)
{
    domain::FollowUpTask task;
    if (StoreError error = load(id, &task); !error.ok())
        return error;
    if (StoreError error = checkHouseholdAccess(m_session, task.householdId, true); !error.ok())
        return error;
    if (!task.isOpen())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "This task is already done or cancelled."));
    if (reason.trimmed().isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("TaskService", "Give the reason for cancelling the task."));
    if (reason.trimmed().size() > MaxTextLength)
        return tooLong(MaxTextLength);
    task.status = QStringLiteral("cancelled");
    task.doneUtc = m_session.clock().nowUtc();
    task.doneNote = reason.trimmed();
    return saveWithHistory(m_session, &task, false, QStringLiteral("task.cancelled"));
}

QList<domain::FollowUpTask> TaskService::dueToday(qint64 workerId) const
{
    const qint64 worker = resolveWorker(workerId);
    if (!maySeeWorker(worker))
        return {};
    const QDate today = m_session.clock().nowUtc().date();
    return storage::TaskRepository(m_session.database()).openDue(worker, today, today);
}

QList<domain::FollowUpTask> TaskService::overdue(qint64 workerId) const
{
    const qint64 worker = resolveWorker(workerId);
    if (!maySeeWorker(worker))
        return {};
    const QDate today = m_session.clock().nowUtc().date();
    return storage::TaskRepository(m_session.database()).openDue(worker, {}, today.addDays(-1));
}

QList<domain::FollowUpTask> TaskService::openTasks(qint64 workerId) const
{
    const qint64 worker = resolveWorker(workerId);
    if (!maySeeWorker(worker))
        return {};
    return storage::TaskRepository(m_session.database()).open(worker);
}

QList<domain::FollowUpTask> TaskService::ofHousehold(qint64 householdId) const
{
    if (!checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::TaskRepository(m_session.database()).ofHousehold(householdId);
}

} // namespace pluslife::services
