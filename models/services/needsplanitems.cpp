// NeedsAssessment's support plan, the worker's edits of a draft: adding a catalog service,
// accepting a proposed one, removing one with a note.
#include "needsassessment.h"

#include "needsinternal.h"
#include "session.h"
#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

namespace pluslife::services {

using namespace needs_internal;
using storage::StoreError;

namespace {

StoreError noSuchPlan()
{
    return StoreError::invalidInput(NeedsAssessment::tr("There is no such support plan."));
}

StoreError notDraft()
{
    return StoreError::invalidInput(NeedsAssessment::tr(
        "This support plan is already approved or replaced; propose a new plan to change it."));
}

StoreError changeItem(Session &session, qint64 itemId, qint64 planId, qint64 householdId,
                      const QString &status, const QString &note, const QString &kind,
                      const QString &action)
{
    QSqlDatabase db = session.database();
    storage::WriteTransaction transaction(db);
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plan_items SET status = ?, "
                             "note = CASE WHEN ? = '' THEN note ELSE ? END, "
                             "changed_utc = ?, changed_by = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(storage::textValue(note));
    q.addBindValue(storage::textValue(note));
    q.addBindValue(isoUtc(session.clock().nowUtc()));
    q.addBindValue(session.worker().id);
    q.addBindValue(itemId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    QSqlQuery service(db);
    service.prepare(QStringLiteral("SELECT service_id FROM support_plan_items WHERE id = ?"));
    service.addBindValue(itemId);
    const QString serviceId =
        service.exec() && service.next() ? service.value(0).toString() : QString();
    if (!addPlanEvent(session, householdId, kind,
                      {{QStringLiteral("plan"), planId}, {QStringLiteral("service"), serviceId}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(session, action, planId, {{QStringLiteral("item"), itemId}});
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace

StoreError NeedsAssessment::draftOf(qint64 planId, qint64 *householdId) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto plan = readPlan(m_session.database(), QStringLiteral("id = ?"), {planId});
    if (!plan)
        return noSuchPlan();
    if (StoreError error = canAssess(plan->householdId, true); !error.ok())
        return error;
    if (plan->status != QLatin1String("draft"))
        return notDraft();
    *householdId = plan->householdId;
    return StoreError::success();
}

StoreError NeedsAssessment::itemOf(qint64 itemId, qint64 *planId, qint64 *householdId,
                                   QString *status) const
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT plan_id, status FROM support_plan_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return StoreError::invalidInput(tr("There is no such service in the support plan."));
    *planId = q.value(0).toLongLong();
    *status = q.value(1).toString();
    return draftOf(*planId, householdId);
}

StoreError NeedsAssessment::addPlanItem(qint64 planId, const QString &serviceId,
                                        const QString &note, qint64 *itemId)
{
    qint64 householdId = 0;
    if (StoreError error = draftOf(planId, &householdId); !error.ok())
        return error;
    if (!catalog().contains(serviceId))
        return StoreError::invalidInput(tr("Choose a service of the Behzisti service catalog."));
    QSqlDatabase db = m_session.database();
    QSqlQuery dup(db);
    dup.prepare(QStringLiteral("SELECT 1 FROM support_plan_items WHERE plan_id = ? AND "
                               "service_id = ? AND status <> 'removed'"));
    dup.addBindValue(planId);
    dup.addBindValue(serviceId);
    if (dup.exec() && dup.next())
        return StoreError::invalidInput(tr("This service is already in the support plan."));
    storage::WriteTransaction transaction(db);
    QSqlError sqlError;
    qint64 id = 0;
    if (!insertItem(db, planId, serviceId, {}, QStringLiteral("accepted"), note.trimmed(),
                    m_session.worker().id, m_session.clock().nowUtc(), &id, &sqlError) ||
        !addPlanEvent(m_session, householdId, QStringLiteral("plan.item_added"),
                      {{QStringLiteral("plan"), planId}, {QStringLiteral("service"), serviceId}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.item_add"), planId,
                                     {{QStringLiteral("item"), id}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (itemId)
        *itemId = id;
    return StoreError::success();
}

StoreError NeedsAssessment::acceptPlanItem(qint64 itemId, const QString &note)
{
    qint64 planId = 0, householdId = 0;
    QString status;
    if (StoreError error = itemOf(itemId, &planId, &householdId, &status); !error.ok())
        return error;
    if (status != QLatin1String("proposed"))
        return StoreError::invalidInput(tr("Only a proposed service can be accepted."));
    return changeItem(m_session, itemId, planId, householdId, QStringLiteral("accepted"),
                      note.trimmed(), QStringLiteral("plan.item_accepted"),
                      QStringLiteral("plan.item_accept"));
}

StoreError NeedsAssessment::removePlanItem(qint64 itemId, const QString &note)
{
    qint64 planId = 0, householdId = 0;
    QString status;
    if (StoreError error = itemOf(itemId, &planId, &householdId, &status); !error.ok())
        return error;
    if (status == QLatin1String("removed"))
        return StoreError::invalidInput(tr("This service is already removed from the plan."));
    if (note.trimmed().isEmpty())
        return StoreError::invalidInput(
            tr("Say why the service is removed from the support plan."));
    return changeItem(m_session, itemId, planId, householdId, QStringLiteral("removed"),
                      note.trimmed(), QStringLiteral("plan.item_removed"),
                      QStringLiteral("plan.item_remove"));
}

} // namespace pluslife::services
