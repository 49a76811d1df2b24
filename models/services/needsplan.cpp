// NeedsAssessment's support plan (برنامه کمکی): proposing a draft from the rules' suggestions,
// reading the current plan, and the manager's approval, which gives the household's worker a
// follow-up task for each accepted service. The worker's edits of a draft: needsplanitems.cpp.
#include "needsassessment.h"

#include "domain/followuptask.h"
#include "needsinternal.h"
#include "referralservice.h"
#include "session.h"
#include "storage/writetransaction.h"
#include "taskservice.h"

#include <QUuid>

namespace pluslife::services {

using namespace needs_internal;
using storage::StoreError;
using storage::StoreErrorCode;

namespace {

// Inside approvePlan's transaction: a follow-up task for each accepted service of the plan, for
// the household's worker (the signed-in manager when the file has none), due by the default
// referral due date. A service that still has an open task from an earlier plan gets no other.
StoreError createFollowUps(Session &session, const domain::ServiceCatalog &catalog, qint64 planId,
                           qint64 householdId)
{
    QSqlDatabase db = session.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(worker_id, 0) FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return saveFailed(q.lastError());
    const qint64 workerId = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "SELECT i.id, i.service_id FROM support_plan_items i "
        "WHERE i.plan_id = ? AND i.status = 'accepted' AND NOT EXISTS ("
        "SELECT 1 FROM followup_tasks t JOIN support_plan_items o ON o.id = t.origin_id "
        "WHERE t.origin = 'support-plan' AND t.status = 'open' AND t.household_id = ? "
        "AND o.service_id = i.service_id) ORDER BY i.id"));
    q.addBindValue(planId);
    q.addBindValue(householdId);
    QSqlError sqlError;
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    QList<QPair<qint64, QString>> items;
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    const QDate due = ReferralService(session).defaultDueDate();
    TaskService tasks(session);
    for (const auto &[itemId, serviceId] : std::as_const(items)) {
        domain::FollowUpTask task;
        task.householdId = householdId;
        task.workerId = workerId;
        task.title = NeedsAssessment::tr("Arrange: %1").arg(catalog.displayName(serviceId));
        task.dueDate = due;
        task.origin = QStringLiteral("support-plan");
        task.originId = itemId;
        if (StoreError error = tasks.create(&task); !error.ok())
            return error;
    }
    return StoreError::success();
}

} // namespace

StoreError NeedsAssessment::proposePlan(qint64 householdId, Plan *planOut)
{
    if (StoreError error = canAssess(householdId, true); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    Result result;
    qint64 scoreId = 0;
    if (StoreError error = storeLocked(householdId, &result, &scoreId); !error.ok())
        return error;
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'superseded' "
                             "WHERE household_id = ? AND status = 'draft'"));
    q.addBindValue(householdId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("INSERT INTO support_plans (uuid, household_id, needs_score_id, "
                             "rule_version, status, proposed_utc, proposed_by) "
                             "VALUES (?, ?, ?, ?, 'draft', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(householdId);
    q.addBindValue(scoreId);
    q.addBindValue(result.ruleVersion);
    q.addBindValue(isoUtc(now));
    q.addBindValue(me);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    const qint64 planId = q.lastInsertId().toLongLong();
    for (const Suggestion &s : std::as_const(result.suggestions))
        if (!insertItem(db, planId, s.serviceId, s.ruleKey, QStringLiteral("proposed"), {}, me, now,
                        nullptr, &sqlError))
            return saveFailed(sqlError);
    if (!addPlanEvent(m_session, householdId, QStringLiteral("plan.proposed"),
                      {{QStringLiteral("plan"), planId},
                       {QStringLiteral("items"), int(result.suggestions.size())}},
                      &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.propose"), planId,
                                     {{QStringLiteral("household"), householdId}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (planOut)
        *planOut = *readPlan(db, QStringLiteral("id = ?"), {planId});
    return StoreError::success();
}

std::optional<NeedsAssessment::Plan> NeedsAssessment::currentPlan(qint64 householdId) const
{
    if (!canAssess(householdId, false).ok())
        return std::nullopt;
    if (auto draft =
            readPlan(m_session.database(), QStringLiteral("household_id = ? AND status = 'draft'"),
                     {householdId}))
        return draft;
    return readPlan(m_session.database(),
                    QStringLiteral("household_id = ? AND status = 'approved'"), {householdId});
}

StoreError NeedsAssessment::approvePlan(qint64 planId)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (!m_session.worker().isManager())
        return StoreError::make(StoreErrorCode::NotPermitted,
                                tr("Only the center manager approves a support plan."));
    qint64 householdId = 0;
    if (StoreError error = draftOf(planId, &householdId); !error.ok())
        return error;
    QSqlDatabase db = m_session.database();
    storage::WriteTransaction transaction(db);
    const QString now = isoUtc(m_session.clock().nowUtc());
    const qint64 me = m_session.worker().id;
    QSqlError sqlError;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE support_plan_items SET status = 'accepted', changed_utc = ?, "
                             "changed_by = ? WHERE plan_id = ? AND status = 'proposed'"));
    q.addBindValue(now);
    q.addBindValue(me);
    q.addBindValue(planId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'superseded' "
                             "WHERE household_id = ? AND status = 'approved'"));
    q.addBindValue(householdId);
    if (!exec(q, &sqlError))
        return saveFailed(sqlError);
    q.prepare(QStringLiteral("UPDATE support_plans SET status = 'approved', approved_utc = ?, "
                             "approved_by = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(me);
    q.addBindValue(planId);
    if (!exec(q, &sqlError) ||
        !addPlanEvent(m_session, householdId, QStringLiteral("plan.approved"),
                      {{QStringLiteral("plan"), planId}}, &sqlError))
        return saveFailed(sqlError);
    if (StoreError error = createFollowUps(m_session, catalog(), planId, householdId); !error.ok())
        return error;
    if (StoreError error = auditPlan(m_session, QStringLiteral("plan.approve"), planId);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

} // namespace pluslife::services
