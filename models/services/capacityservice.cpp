#include "capacityservice.h"

#include "domain/accesspolicy.h"
#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

const QString kActive = QStringLiteral("status = 'active' AND merged_into IS NULL");

int scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

CapacityService::CapacityService(Session &session)
    : m_session(session)
{}

CapacityService::Usage CapacityService::centerUsage() const
{
    if (m_session.isLocked())
        return {};
    return {scalar(m_session.database(),
                   QStringLiteral("SELECT count(*) FROM households WHERE ") + kActive),
            m_session.center().licensedCapacity};
}

CapacityService::Usage CapacityService::workerUsage(qint64 workerId) const
{
    if (m_session.isLocked())
        return {};
    const QSqlDatabase db = m_session.database();
    return {
        scalar(db,
               QStringLiteral("SELECT count(*) FROM households WHERE worker_id = ? AND ") + kActive,
               {workerId}),
        scalar(db, QStringLiteral("SELECT caseload_limit FROM workers WHERE id = ?"), {workerId})};
}

CapacityService::Report CapacityService::report() const
{
    Report report;
    if (!m_session.requireManager().ok())
        return report;
    const QSqlDatabase db = m_session.database();
    const QString today = m_session.clock().nowUtc().date().toString(Qt::ISODate);
    report.center = centerUsage();
    report.unassigned =
        scalar(db, QStringLiteral("SELECT count(*) FROM households WHERE worker_id IS NULL AND ") +
                       kActive);
    report.overdueVisits = scalar(
        db,
        QStringLiteral("SELECT count(*) FROM visits WHERE status = 'planned' AND planned_date < ?"),
        {today});
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT w.id, w.display_name, w.caseload_limit, "
                             "(SELECT count(*) FROM households h WHERE h.worker_id = w.id AND "
                             "h.status = 'active' AND h.merged_into IS NULL), "
                             "(SELECT count(*) FROM visits v WHERE v.worker_id = w.id AND v.status "
                             "= 'planned' AND v.planned_date < ?) "
                             "FROM workers w WHERE w.active = 1 AND w.role IN ('social-worker', "
                             "'manager') ORDER BY w.display_name"));
    q.addBindValue(today);
    if (q.exec())
        while (q.next())
            report.workers.append({q.value(0).toLongLong(),
                                   q.value(1).toString(),
                                   {q.value(3).toInt(), q.value(2).toInt()},
                                   q.value(4).toInt()});
    return report;
}

StoreError CapacityService::checkCenter(int count, const QString &overrideReason,
                                        QStringList *warnings) const
{
    Usage usage = centerUsage();
    usage.used += count;
    if (usage.used > usage.limit) {
        if (overrideReason.trimmed().isEmpty() || !m_session.worker().isManager())
            return StoreError::make(
                StoreErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "CapacityService",
                    "The center would hold %1 active files, above its licensed "
                    "capacity of %2. Only the manager may go beyond it, with a reason.")
                    .arg(usage.used)
                    .arg(usage.limit));
        m_session.audit().append(m_session.worker().id, QStringLiteral("capacity.override"),
                                 QStringLiteral("center"), m_session.center().code,
                                 {{QStringLiteral("used"), usage.used},
                                  {QStringLiteral("limit"), usage.limit},
                                  {QStringLiteral("reason"), overrideReason.trimmed()}});
    } else if (usage.nearlyFull() && warnings) {
        warnings->append(QCoreApplication::translate(
                             "CapacityService", "The center is at %1 of its %2 licensed files.")
                             .arg(usage.used)
                             .arg(usage.limit));
    }
    return StoreError::success();
}

StoreError CapacityService::assign(const QList<qint64> &householdIds, qint64 workerId,
                                   const QString &overrideReason, QStringList *warnings)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!domain::allows(m_session.worker().role, domain::Capability::AssignFiles))
        return notPermittedError();
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    storage::HouseholdRepository repo(db);
    int adding = 0;
    for (qint64 id : householdIds) {
        auto household = repo.household(id);
        if (!household)
            return StoreError::make(
                StoreErrorCode::InvalidInput,
                QCoreApplication::translate("CapacityService", "There is no such household file."));
        if (household->workerId == workerId)
            continue;
        if (household->status == QLatin1String("active"))
            ++adding;
        const qint64 from = household->workerId;
        household->workerId = workerId;
        if (!repo.updateHousehold(*household, m_session.clock().nowUtc()) ||
            !repo.addTimelineEvent(
                id, m_session.worker().id, QStringLiteral("file.assigned"),
                {{QStringLiteral("from"), from}, {QStringLiteral("to"), workerId}},
                m_session.clock().nowUtc()))
            return StoreError::make(StoreErrorCode::Database,
                                    QCoreApplication::translate(
                                        "CapacityService", "The assignment could not be saved."),
                                    repo.lastError().databaseText());
    }
    if (workerId > 0) {
        const auto worker =
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM workers WHERE id = ? AND active = 1 AND "
                                  "role IN ('social-worker', 'manager')"),
                   {workerId});
        if (worker != 1)
            return StoreError::make(StoreErrorCode::InvalidInput,
                                    QCoreApplication::translate(
                                        "CapacityService", "Files go to an active social worker."));
        const Usage usage = workerUsage(workerId); // already counts this transaction's changes
        if (usage.used > usage.limit) {
            if (overrideReason.trimmed().isEmpty())
                return StoreError::make(
                    StoreErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "CapacityService",
                        "This would give the worker %1 active files, above the limit of %2. "
                        "Give a reason to go beyond it.")
                        .arg(usage.used)
                        .arg(usage.limit));
            m_session.audit().append(m_session.worker().id, QStringLiteral("capacity.override"),
                                     QStringLiteral("worker"), QString::number(workerId),
                                     {{QStringLiteral("used"), usage.used},
                                      {QStringLiteral("limit"), usage.limit},
                                      {QStringLiteral("reason"), overrideReason.trimmed()}});
        } else if (usage.nearlyFull() && warnings) {
            warnings->append(QCoreApplication::translate("CapacityService",
                                                         "The worker now carries %1 of %2 files.")
                                 .arg(usage.used)
                                 .arg(usage.limit));
        }
    }
    m_session.audit().append(m_session.worker().id, QStringLiteral("household.assign"),
                             QStringLiteral("worker"), QString::number(workerId),
                             {{QStringLiteral("files"), int(householdIds.size())},
                              {QStringLiteral("active_added"), adding}});
    return transaction.commit()
               ? StoreError::success()
               : StoreError::make(StoreErrorCode::Database,
                                  QCoreApplication::translate("CapacityService",
                                                              "The assignment could not be saved."),
                                  transaction.error().databaseText());
}

StoreError CapacityService::setWorkerLimit(qint64 workerId, int limit)
{
    if (StoreError error = m_session.requireManager(); !error.ok())
        return error;
    if (limit < 1 || limit > 1000)
        return StoreError::make(
            StoreErrorCode::InvalidInput,
            QCoreApplication::translate("CapacityService", "A worker's limit is 1 to 1000 files."));
    storage::WriteTransaction transaction(m_session.database());
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("UPDATE workers SET caseload_limit = ? WHERE id = ?"));
    q.addBindValue(limit);
    q.addBindValue(workerId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return StoreError::make(
            StoreErrorCode::InvalidInput,
            QCoreApplication::translate("CapacityService", "There is no such worker."));
    m_session.audit().append(m_session.worker().id, QStringLiteral("worker.limit"),
                             QStringLiteral("worker"), QString::number(workerId),
                             {{QStringLiteral("limit"), limit}});
    return transaction.commit()
               ? StoreError::success()
               : StoreError::make(StoreErrorCode::Database,
                                  QCoreApplication::translate("CapacityService",
                                                              "The change could not be saved."));
}

} // namespace pluslife::services
