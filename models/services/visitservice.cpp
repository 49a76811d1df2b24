#include "visitservice.h"

#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/visitrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::make(
        StoreErrorCode::Database,
        QCoreApplication::translate("VisitService", "The visit could not be saved."),
        error.databaseText());
}

// The visit row, its timeline entry and audit entry: one transaction.
StoreError saveWithHistory(Session &session, domain::Visit *visit, bool isNew, const QString &kind)
{
    storage::WriteTransaction transaction(session.database());
    storage::VisitRepository visits(session.database());
    storage::HouseholdRepository households(session.database());
    if (!(isNew ? visits.insert(visit) : visits.update(*visit)))
        return saveFailed(visits.lastError());
    if (!households.addTimelineEvent(
            visit->householdId, session.worker().id, kind,
            {{QStringLiteral("visit"), visit->id},
             {QStringLiteral("date"), visit->plannedDate.toString(Qt::ISODate)}},
            session.clock().nowUtc()))
        return saveFailed(households.lastError());
    if (StoreError error = session.audit().append(
            session.worker().id, kind, QStringLiteral("visit"), QString::number(visit->id));
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace

VisitService::VisitService(Session &session)
    : m_session(session)
{}

qint64 VisitService::resolveWorker(qint64 workerId) const
{
    return workerId > 0 ? workerId : m_session.worker().id;
}

StoreError VisitService::load(qint64 visitId, domain::Visit *visit) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto found = storage::VisitRepository(m_session.database()).visit(visitId);
    if (!found)
        return StoreError::invalidInput(
            QCoreApplication::translate("VisitService", "There is no such visit."));
    if (StoreError error = checkHouseholdAccess(m_session, found->householdId, true); !error.ok())
        return error;
    if (found->status != QLatin1String("planned"))
        return StoreError::invalidInput(QCoreApplication::translate(
            "VisitService", "This visit is already done or cancelled."));
    *visit = *found;
    return StoreError::success();
}

StoreError VisitService::schedule(domain::Visit *visit)
{
    if (StoreError error = checkHouseholdAccess(m_session, visit->householdId, true); !error.ok())
        return error;
    if (!visit->plannedDate.isValid())
        return StoreError::invalidInput(
            QCoreApplication::translate("VisitService", "Choose the day of the visit."));
    if (visit->plannedDate < m_session.clock().nowUtc().date())
        return StoreError::invalidInput(
            QCoreApplication::translate("VisitService", "A visit cannot be planned in the past."));
    visit->workerId = resolveWorker(visit->workerId);
    visit->status = QStringLiteral("planned");
    return saveWithHistory(m_session, visit, true, QStringLiteral("visit.planned"));
}

StoreError VisitService::reschedule(qint64 visitId, const QDate &date, const QTime &time,
                                    const QString &reason, domain::Visit *replacement)
{
    domain::Visit old;
    if (StoreError error = load(visitId, &old); !error.ok())
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("VisitService", "Give the reason for moving the visit."));
    if (!date.isValid() || date < m_session.clock().nowUtc().date())
        return StoreError::invalidInput(
            QCoreApplication::translate("VisitService", "A visit cannot be planned in the past."));
    storage::WriteTransaction transaction(m_session.database());
    old.status = QStringLiteral("cancelled");
    old.rescheduleReason = reason.trimmed();
    if (StoreError error =
            saveWithHistory(m_session, &old, false, QStringLiteral("visit.rescheduled"));
        !error.ok())
        return error;
    domain::Visit fresh = old;
    fresh.id = 0;
    fresh.uuid.clear();
    fresh.plannedDate = date;
    fresh.plannedTime = time;
    fresh.status = QStringLiteral("planned");
    fresh.rescheduledFrom = old.id;
    if (StoreError error =
            saveWithHistory(m_session, &fresh, true, QStringLiteral("visit.planned"));
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (replacement)
        *replacement = fresh;
    return StoreError::success();
}

StoreError VisitService::cancel(qint64 visitId, const QString &reason)
{
    domain::Visit visit;
    if (StoreError error = load(visitId, &visit); !error.ok())
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "VisitService", "Give the reason for cancelling the visit."));
    visit.status = QStringLiteral("cancelled");
    visit.rescheduleReason = reason.trimmed();
    return saveWithHistory(m_session, &visit, false, QStringLiteral("visit.cancelled"));
}

StoreError VisitService::recordDone(qint64 visitId, const QVariantMap &note)
{
    domain::Visit visit;
    if (StoreError error = load(visitId, &visit); !error.ok())
        return error;
    if (note.value(QStringLiteral("observations")).toString().trimmed().isEmpty())
        return StoreError::invalidInput(QCoreApplication::translate(
            "VisitService", "Write down what was observed during the visit."));
    visit.status = QStringLiteral("done");
    visit.doneUtc = m_session.clock().nowUtc();
    visit.note = note;
    return saveWithHistory(m_session, &visit, false, QStringLiteral("visit.done"));
}

QList<domain::Visit> VisitService::dueAndOverdue(qint64 workerId, int daysAhead) const
{
    if (m_session.isLocked())
        return {};
    const qint64 worker = resolveWorker(workerId);
    if (worker != m_session.worker().id && !m_session.worker().isManager())
        return {};
    return storage::VisitRepository(m_session.database())
        .plannedUntil(worker, m_session.clock().nowUtc().date().addDays(daysAhead));
}

QList<domain::Visit> VisitService::week(const QDate &saturday, qint64 workerId) const
{
    if (m_session.isLocked())
        return {};
    const qint64 worker = resolveWorker(workerId);
    if (worker != m_session.worker().id && !m_session.worker().isManager())
        return {};
    return storage::VisitRepository(m_session.database())
        .between(worker, saturday, saturday.addDays(6));
}

QList<domain::Visit> VisitService::ofHousehold(qint64 householdId) const
{
    if (!checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::VisitRepository(m_session.database()).ofHousehold(householdId);
}

} // namespace pluslife::services
