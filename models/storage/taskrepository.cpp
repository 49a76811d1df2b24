#include "taskrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {
namespace {

QVariant timeValue(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

const QString kDueOrder = QStringLiteral("t.due_date, t.id");

} // namespace

TaskRepository::TaskRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool TaskRepository::insert(domain::FollowUpTask *task)
{
    if (task->uuid.isEmpty())
        task->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO followup_tasks (uuid, household_id, person_id, worker_id, title, details, "
        "due_date, origin, origin_id, status, done_utc, done_note, created_by, created_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task->uuid);
    q.addBindValue(task->householdId);
    q.addBindValue(idValue(task->personId));
    q.addBindValue(task->workerId);
    q.addBindValue(textValue(task->title));
    q.addBindValue(textValue(task->details));
    q.addBindValue(task->dueDate.toString(Qt::ISODate));
    q.addBindValue(task->origin);
    q.addBindValue(idValue(task->originId));
    q.addBindValue(task->status);
    q.addBindValue(timeValue(task->doneUtc));
    q.addBindValue(textValue(task->doneNote));
    q.addBindValue(task->createdBy);
    q.addBindValue(task->createdUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    task->id = q.lastInsertId().toLongLong();
    return true;
}

bool TaskRepository::update(const domain::FollowUpTask &task)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE followup_tasks SET status = ?, due_date = ?, done_utc = ?, "
                             "done_note = ? WHERE id = ?"));
    q.addBindValue(task.status);
    q.addBindValue(task.dueDate.toString(Qt::ISODate));
    q.addBindValue(timeValue(task.doneUtc));
    q.addBindValue(textValue(task.doneNote));
    q.addBindValue(task.id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

QList<domain::FollowUpTask> TaskRepository::select(const QString &where, const QVariantList &binds,
                                                   const QString &order) const
{
    QList<domain::FollowUpTask> tasks;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.uuid, t.household_id, coalesce(t.person_id, 0), t.worker_id, "
                  "t.title, t.details, t.due_date, t.origin, coalesce(t.origin_id, 0), t.status, "
                  "coalesce(t.done_utc, ''), t.done_note, t.created_by, t.created_utc, "
                  "h.file_number FROM followup_tasks t JOIN households h ON h.id = t.household_id "
                  "WHERE %1 ORDER BY %2")
                  .arg(where, order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return tasks;
    }
    while (q.next()) {
        domain::FollowUpTask t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.householdId = q.value(2).toLongLong();
        t.personId = q.value(3).toLongLong();
        t.workerId = q.value(4).toLongLong();
        t.title = q.value(5).toString();
        t.details = q.value(6).toString();
        t.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        t.origin = q.value(8).toString();
        t.originId = q.value(9).toLongLong();
        t.status = q.value(10).toString();
        t.doneUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        t.doneNote = q.value(12).toString();
        t.createdBy = q.value(13).toLongLong();
        t.createdUtc = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        t.fileNumber = q.value(15).toString();
        tasks.append(t);
    }
    return tasks;
}

std::optional<domain::FollowUpTask> TaskRepository::task(qint64 id) const
{
    const auto found = select(QStringLiteral("t.id = ?"), {id}, QStringLiteral("t.id"));
    return found.isEmpty() ? std::nullopt : std::optional<domain::FollowUpTask>(found.first());
}

QList<domain::FollowUpTask> TaskRepository::openDue(qint64 workerId, const QDate &from,
                                                    const QDate &to) const
{
    QString where = QStringLiteral("t.status = 'open' AND t.due_date <= ?");
    QVariantList binds{to.toString(Qt::ISODate)};
    if (from.isValid()) {
        where += QStringLiteral(" AND t.due_date >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (workerId > 0) {
        where += QStringLiteral(" AND t.worker_id = ?");
        binds << workerId;
    }
    return select(where, binds, kDueOrder);
}

QList<domain::FollowUpTask> TaskRepository::open(qint64 workerId) const
{
    if (workerId > 0)
        return select(QStringLiteral("t.status = 'open' AND t.worker_id = ?"), {workerId},
                      kDueOrder);
    return select(QStringLiteral("t.status = 'open'"), {}, kDueOrder);
}

QList<domain::FollowUpTask> TaskRepository::openFromOrigin(const QString &origin,
                                                           qint64 originId) const
{
    return select(QStringLiteral("t.status = 'open' AND t.origin = ? AND t.origin_id = ?"),
                  {origin, originId}, kDueOrder);
}

QList<domain::FollowUpTask> TaskRepository::ofHousehold(qint64 householdId) const
{
    return select(QStringLiteral("t.household_id = ?"), {householdId},
                  QStringLiteral("t.status <> 'open', t.due_date, t.id"));
}

} // namespace pluslife::storage
